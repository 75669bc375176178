// A venue where a service is delivered, with its map position and accessibility.
import { defineArrayMember, defineField, defineType } from 'sanity';

interface GeoValue {
  lat?: unknown;
  lng?: unknown;
}

const inRange = (n: unknown, limit: number) => typeof n === 'number' && n >= -limit && n <= limit;

export const location = defineType({
  name: 'location',
  title: 'Location',
  type: 'object',
  fields: [
    defineField({
      name: 'name',
      title: 'Venue name',
      type: 'string',
      description: 'What families will see on the sign, e.g. "Tamar Children\'s Centre".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'address',
      title: 'Address',
      type: 'address',
      description: 'The postal address of the venue.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'geo',
      title: 'Map position',
      type: 'geopoint',
      description: 'Used for "near me" searches and the map. Pick the entrance if you can.',
      validation: (rule) =>
        rule.required().custom((geo: GeoValue | undefined) =>
          !geo || (inRange(geo.lat, 90) && inRange(geo.lng, 180)) ? true : 'Set both latitude and longitude',
        ),
    }),
    defineField({
      name: 'area',
      title: 'Area',
      type: 'string',
      description: 'The locality families filter by, e.g. "Plympton". Use the same spelling everywhere.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'accessibility',
      title: 'Venue accessibility',
      type: 'array',
      description: 'One feature per line, e.g. "Step-free access", "Accessible toilet", "Hearing loop", "Quiet room".',
      of: [defineArrayMember({ type: 'string' })],
    }),
  ],
  preview: {
    select: { title: 'name', town: 'address.town', area: 'area' },
    prepare: ({ title, town, area }) => ({ title, subtitle: [area, town].filter(Boolean).join(' · ') }),
  },
});
