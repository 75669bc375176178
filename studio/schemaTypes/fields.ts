// Field builders used by many document types: slugs, Portable Text and dates that must come in order.
import { defineArrayMember, defineField, type SlugValue, type ValidationContext } from 'sanity';
import { blockLists, blockStyles } from './lists.ts';
import { LINK_HREF, SLUG } from './patterns.ts';

/**
 * A required slug, generated from another field, unique within its type (Sanity's built-in check) and URL-safe.
 * One rule only: Sanity adds its slug checks to every rule of the field, so a second rule repeats their messages.
 */
export function slugField(source: string) {
  return defineField({
    name: 'slug',
    title: 'Web address',
    type: 'slug',
    description: 'The last part of the page address. Generate it from the title; change it only if you must, as old links will break.',
    options: { source, maxLength: 96 },
    validation: (rule) =>
      rule
        .required()
        .custom((value: SlugValue | undefined) =>
          !value?.current || SLUG.test(value.current)
            ? true
            : 'Use lower-case words joined by hyphens, e.g. "speech-and-language-therapy"',
        ),
  });
}

/** The one rich-text block the model allows: paragraphs, two heading levels, quotes, lists, strong/em and links. */
export const portableTextBlock = defineArrayMember({
  type: 'block',
  styles: blockStyles,
  lists: blockLists,
  marks: {
    decorators: [
      { title: 'Strong', value: 'strong' },
      { title: 'Emphasis', value: 'em' },
    ],
    annotations: [
      {
        name: 'link',
        type: 'object',
        title: 'Link',
        fields: [
          defineField({
            name: 'href',
            title: 'Link to',
            type: 'url',
            description: 'A full web address (https://…), an email (mailto:…), a phone number (tel:…) or a page on this site (/…).',
            validation: (rule) =>
              rule
                .required()
                .uri({ scheme: ['http', 'https', 'mailto', 'tel'], allowRelative: true })
                .custom((href: string | undefined) =>
                  !href || LINK_HREF.test(href) ? true : 'Start the link with https://, mailto:, tel: or /',
                ),
          }),
        ],
      },
    ],
  },
  // No inline objects or images: the site renders text only.
  of: [],
});

interface PortableTextFieldOptions {
  name: string;
  title: string;
  description: string;
  /** The model requires the field to be present (it may still be empty unless minBlocks is set). */
  required?: boolean;
  minBlocks?: number;
  minBlocksMessage?: string;
  group?: string;
}

export function portableTextField({ name, title, description, required, minBlocks, minBlocksMessage, group }: PortableTextFieldOptions) {
  return defineField({
    name,
    title,
    description,
    ...(group ? { group } : {}),
    type: 'array',
    of: [portableTextBlock],
    validation: (rule) =>
      minBlocks
        ? rule.required().min(minBlocks).error(minBlocksMessage ?? `Add at least ${minBlocks} paragraph(s)`)
        : required
          ? rule.required()
          : rule,
  });
}

/** The value of a sibling or document field, for rules that compare two fields. */
export function documentValue<T>(context: ValidationContext, field: string): T | undefined {
  return (context.document as Record<string, unknown> | undefined)?.[field] as T | undefined;
}

export function parentValue<T>(context: ValidationContext, field: string): T | undefined {
  return (context.parent as Record<string, unknown> | undefined)?.[field] as T | undefined;
}
