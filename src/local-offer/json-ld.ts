// schema.org JSON-LD for a service page, so search engines can show the service, who runs it and where.
import type { ServicePage } from '../queries/local-offer.ts';

export function serviceJsonLd(service: ServicePage, pageUrl: string): Record<string, unknown> {
  const contact = service.contacts[0];
  return {
    '@context': 'https://schema.org',
    '@type': 'Service',
    name: service.title,
    description: service.summary,
    url: pageUrl,
    serviceType: service.categories.map((c) => c.title),
    provider: {
      '@type': 'Organization',
      name: service.provider.name,
      ...(service.provider.website ? { url: service.provider.website } : {}),
    },
    audience: {
      '@type': 'PeopleAudience',
      suggestedMinAge: service.ageRange.min,
      suggestedMaxAge: service.ageRange.max,
    },
    isAccessibleForFree: service.cost.kind === 'free',
    ...(contact?.phone || contact?.email
      ? { availableChannel: { '@type': 'ServiceChannel', servicePhone: contact.phone, ...(contact.email ? { serviceUrl: `mailto:${contact.email}` } : {}) } }
      : {}),
    ...(service.locations.length
      ? {
          areaServed: service.locations.map((l) => ({
            '@type': 'Place',
            name: l.name,
            address: {
              '@type': 'PostalAddress',
              streetAddress: [l.address.line1, l.address.line2].filter(Boolean).join(', '),
              addressLocality: l.address.town,
              postalCode: l.address.postcode,
              addressCountry: 'GB',
            },
            geo: { '@type': 'GeoCoordinates', latitude: l.geo.lat, longitude: l.geo.lng },
          })),
        }
      : {}),
    dateModified: service.lastReviewed,
  };
}

/** JSON safe to place inside a <script> element: no "</script>" or HTML comment can close it early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
