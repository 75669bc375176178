// Validation rules that need more than the field itself: today's date, the glossary, the age phases. The decisions
// are pure functions in studio/lib; this file only fetches what they need through the Studio's client.
import type { Reference, ValidationContext, ValidationError } from 'sanity';
import { londonDate } from '../../src/text/dates.ts';
import { coverageWarning, phaseFitError, type AgeRange, type PhaseRange } from '../lib/age-phases.ts';
import { findJargon, type GlossarySurface, type TextField } from '../lib/jargon.ts';
import { reviewWarning } from '../lib/review.ts';
import { apiVersion } from '../env.ts';

/** Today on the UK calendar, when the rule runs. */
export const today = () => londonDate(new Date());

type Client = ReturnType<ValidationContext['getClient']>;
const CACHE_MS = 30_000;
const cache = new Map<string, { at: number; value: Promise<unknown> }>();

/** Lists every rule needs (the glossary, the phases), fetched at most every 30 s per dataset while editors type. */
function cachedFetch<T>(client: Client, name: string, query: string): Promise<T> {
  const { projectId, dataset } = client.config();
  const key = `${projectId}/${dataset}/${name}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.value as Promise<T>;
  const value = client.fetch<T>(query);
  value.catch(() => cache.delete(key));
  cache.set(key, { at: Date.now(), value });
  return value;
}

const PUBLISHED = '!(_id in path("drafts.**")) && !(_id in path("versions.**"))';

export function fetchGlossary(context: ValidationContext): Promise<GlossarySurface[]> {
  return cachedFetch(context.getClient({ apiVersion }), 'glossary', `*[_type == "glossaryTerm" && ${PUBLISHED}]{ term, "aliases": coalesce(aliases, []) }`);
}

export function fetchPhases(context: ValidationContext): Promise<PhaseRange[]> {
  return cachedFetch(context.getClient({ apiVersion }), 'phases', `*[_type == "agePhase" && ${PUBLISHED}]{ _id, title, minAge, maxAge }`);
}

/** A document-level warning rule: each text field using unexplained abbreviations gets its own marker. */
export function jargonRule(fieldsOf: (doc: Record<string, unknown>) => TextField[]) {
  return async (doc: unknown, context: ValidationContext): Promise<true | ValidationError[]> => {
    if (!doc || typeof doc !== 'object') return true;
    const fields = fieldsOf(doc as Record<string, unknown>);
    if (!fields.length) return true;
    const problems = findJargon(fields, await fetchGlossary(context));
    return problems.length ? problems.map((p) => ({ message: p.message, path: p.path })) : true;
  };
}

/** "Last reviewed" more than 12 months ago (the site's own rule) or in the future. */
export function reviewRule(what: string) {
  return (date: string | undefined) => reviewWarning(date, today(), what);
}

/** A date that describes something already done must not be in the future. */
export function notInFuture(message: string) {
  return (date: string | undefined) => (!date || date <= today() ? true : message);
}

const chosenPhases = (refs: Reference[] | undefined, all: PhaseRange[]) =>
  (refs ?? []).flatMap((r) => all.filter((p) => p._id === r._ref.replace(/^drafts\./, '')));

const agesOf = (context: ValidationContext) => (context.document as { ageRange?: AgeRange } | undefined)?.ageRange;

/** Error: a chosen phase shares no age with the service. */
export async function phasesFitAges(refs: Reference[] | undefined, context: ValidationContext): Promise<true | string> {
  if (!refs?.length) return true;
  return phaseFitError(agesOf(context), chosenPhases(refs, await fetchPhases(context)));
}

/** Warning: some of the service's ages are in none of its phases. */
export async function agesCoveredByPhases(refs: Reference[] | undefined, context: ValidationContext): Promise<true | string> {
  if (!refs?.length) return true;
  const all = await fetchPhases(context);
  return coverageWarning(agesOf(context), chosenPhases(refs, all), all);
}
