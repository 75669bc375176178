// Building blocks shared by every document schema: Sanity's slug, reference, date and Portable Text shapes.
import { z } from 'zod';

/** Document ids as Sanity accepts them (`drafts.` prefix allowed). */
export const DocumentId = z.string().regex(/^[a-z0-9_.-]+$/i, 'ids may contain only letters, digits, "_", "-" and "."');

/** Fields every stored document carries. */
export const systemFields = {
  _id: DocumentId,
  _rev: z.string().optional(),
  _createdAt: z.string().optional(),
  _updatedAt: z.string().optional(),
};

export const Key = z.string().min(1, 'array items need a _key');

export const Slug = z.object({
  _type: z.literal('slug'),
  current: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lower-case words joined by hyphens, e.g. "speech-and-language-therapy"'),
});
export type Slug = z.infer<typeof Slug>;

/** A reference; `.meta({ to })` records the document type it must point at, for integrity checks and the Studio. */
export function refTo(...to: string[]) {
  return z
    .object({
      _type: z.literal('reference'),
      _ref: DocumentId,
      _key: Key.optional(),
      _weak: z.boolean().optional(),
    })
    .meta({ to });
}
export type Reference = z.infer<ReturnType<typeof refTo>>;

/**
 * A reference from the private feedback dataset to a public document. Sanity only allows strong references within a
 * dataset, so these must be weak.
 */
export function weakRefTo(...to: string[]) {
  return z
    .object({
      _type: z.literal('reference'),
      _ref: DocumentId,
      _key: Key.optional(),
      _weak: z.literal(true, { message: 'references from feedback to published content must be weak (_weak: true)' }),
    })
    .meta({ to });
}

/** A calendar date as Sanity's `date` type stores it. */
export const IsoDate = z.iso.date({ message: 'expected a date as YYYY-MM-DD' });
/** A moment as Sanity's `datetime` type stores it. */
export const IsoDateTime = z.iso.datetime({ offset: true, message: 'expected a date and time as ISO 8601' });

export const Postcode = z
  .string()
  .regex(/^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/i, 'expected a UK postcode such as "PL1 3BJ"');

export const Geo = z.object({
  _type: z.literal('geopoint').optional(),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});

export const Address = z.object({
  line1: z.string().min(1),
  line2: z.string().optional(),
  town: z.string().min(1),
  postcode: Postcode,
});
export type Address = z.infer<typeof Address>;

const Span = z.object({
  _type: z.literal('span'),
  _key: Key,
  text: z.string(),
  marks: z.array(z.string()).default([]),
});

const LinkMark = z.object({
  _type: z.literal('link'),
  _key: Key,
  href: z.string().regex(/^(https?:\/\/|mailto:|tel:|\/)/, 'links must start with https://, mailto:, tel: or /'),
});

export const Block = z.object({
  _type: z.literal('block'),
  _key: Key,
  style: z.enum(['normal', 'h2', 'h3', 'blockquote']).default('normal'),
  listItem: z.enum(['bullet', 'number']).optional(),
  level: z.number().int().min(1).optional(),
  markDefs: z.array(LinkMark).default([]),
  children: z.array(Span).min(1),
});
export type Block = z.infer<typeof Block>;

/** Rich text as Sanity's Portable Text: paragraphs, headings, lists and links only. */
export const PortableText = z.array(Block);
export type PortableText = z.infer<typeof PortableText>;
