// The one query behind the Open Referral UK API: every service, provider and taxonomy term, fetched in bulk.
import { z } from 'zod';
import { defineQuery } from './define.ts';

/**
 * Whole documents, joined in memory (groq-js scans every document per `->`): the ORUK mapping parses each one against
 * the model itself, so a single invalid document is reported and left out instead of failing the whole API.
 */
const Documents = z.array(z.looseObject({ _id: z.string(), _type: z.string() }));

export const orukSourceQuery = defineQuery(
  'orukSource',
  `{
    "services": *[_type == "service"],
    "providers": *[_type == "provider"],
    "terms": *[_type in ["agePhase", "category", "need"]],
    "areaName": *[_type == "siteSettings" && _id == "siteSettings"][0].areaName
  }`,
  z.object({
    services: Documents,
    providers: Documents,
    terms: Documents,
    areaName: z.string().optional(),
  }),
);

/**
 * A fingerprint of what the directory is built from, a few bytes against the full query's megabytes: how many
 * documents there are (catches deletions) and the latest change (catches edits and additions).
 */
export const orukVersionQuery = defineQuery(
  'orukVersion',
  `{
    "count": count(*[_type in ["service", "provider", "agePhase", "category", "need", "siteSettings"]]),
    "latest": *[_type in ["service", "provider", "agePhase", "category", "need", "siteSettings"]] | order(_updatedAt desc)[0]._updatedAt
  }`,
  z.object({ count: z.number().int(), latest: z.string().optional() }),
);
