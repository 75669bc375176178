// Deliberately broken documents: each breaks one rule, which both zod and the Studio must reject at the same field.
import { feedbackFixtures, publicFixtures, type FixtureDoc } from './fixtures.ts';

export interface BrokenCase {
  name: string;
  dataset: 'production' | 'feedback';
  document: FixtureDoc;
  /** Where both sides must report the problem, with array items written `[]`. */
  path: string;
  /** Where zod reports it, when that differs (zod looks inside a slug; the Studio marks the slug field). */
  zodPath?: string;
  /** Rules zod cannot see on one document (references, unique slugs) are checked by src/model/integrity.ts instead. */
  zodSide?: 'integrity';
}

/** A fixture with one change: by default the same document edited, so its own slug does not count as a duplicate. */
function from(id: string, change: (doc: Record<string, any>) => void, newId = id): FixtureDoc {
  const base = [...publicFixtures, ...feedbackFixtures].find((d) => d._id === id);
  if (!base) throw new Error(`no fixture "${id}"`);
  const doc = structuredClone(base) as Record<string, any>;
  change(doc);
  doc._id = newId;
  return doc as FixtureDoc;
}

export const brokenCases: BrokenCase[] = [
  {
    name: 'a service whose youngest age is above its oldest',
    dataset: 'production',
    document: from('svc-salt', (d) => (d.ageRange = { min: 12, max: 5 })),
    path: 'ageRange.max',
  },
  {
    name: 'a service summary over 300 characters',
    dataset: 'production',
    document: from('svc-salt', (d) => (d.summary = 'x'.repeat(301))),
    path: 'summary',
  },
  {
    name: 'a service with no way to contact it',
    dataset: 'production',
    document: from('svc-salt', (d) => (d.contacts = [])),
    path: 'contacts',
  },
  {
    name: 'a service with an unknown referral route',
    dataset: 'production',
    document: from('svc-salt', (d) => d.access.referralRoutes.push('carrier-pigeon')),
    path: 'access.referralRoutes[]',
  },
  {
    name: 'a service without a provider',
    dataset: 'production',
    document: from('svc-salt', (d) => delete d.provider),
    path: 'provider',
  },
  {
    name: 'a slug that is not lower-case words and hyphens',
    dataset: 'production',
    document: from('svc-salt', (d) => (d.slug = { _type: 'slug', current: 'Speech Therapy!' })),
    path: 'slug',
    zodPath: 'slug.current',
  },
  {
    name: 'a venue with a postcode that is not a UK postcode',
    dataset: 'production',
    document: from('svc-salt', (d) => (d.locations[0].address.postcode = 'NOT A CODE')),
    path: 'locations[].address.postcode',
  },
  {
    name: 'an opening time written as "9am"',
    dataset: 'production',
    document: from('svc-salt', (d) => (d.openingTimes[0].opens = '9am')),
    path: 'openingTimes[].opens',
  },
  {
    name: 'a link that is not a web, email, phone or site address',
    dataset: 'production',
    document: from('svc-salt', (d) => (d.description[0].markDefs[0].href = 'javascript:alert(1)')),
    path: 'description[].markDefs[].href',
  },
  {
    name: 'a service referring to a provider that does not exist',
    dataset: 'production',
    document: from('svc-salt', (d) => (d.provider = { _type: 'reference', _ref: 'no-such-provider' })),
    path: 'provider',
    zodSide: 'integrity',
  },
  {
    name: 'a second service with the same slug',
    dataset: 'production',
    document: from('svc-salt', () => undefined, 'svc-salt-copy'),
    path: 'slug',
    zodSide: 'integrity',
  },
  {
    name: 'an age phase whose youngest age equals its oldest',
    dataset: 'production',
    document: from('phase-primary', (d) => (d.maxAge = d.minAge)),
    path: 'maxAge',
  },
  {
    name: 'a provider of a kind the regulations do not name',
    dataset: 'production',
    document: from('prov-nhs', (d) => (d.kind = 'wizard')),
    path: 'kind',
  },
  {
    name: 'a guide with no content',
    dataset: 'production',
    document: from('guide-ehc', (d) => (d.body = [])),
    path: 'body',
  },
  {
    name: 'site settings with a brand colour that is not a hex code',
    dataset: 'production',
    document: from('siteSettings', (d) => (d.brandColour = 'blue')),
    path: 'brandColour',
  },
  {
    name: 'an action due before it starts',
    dataset: 'production',
    document: from('action-1', (d) => (d.dueDate = '2026-01-01')),
    path: 'dueDate',
  },
  {
    name: 'an action over 100% complete',
    dataset: 'production',
    document: from('action-1', (d) => (d.progress = 120)),
    path: 'progress',
  },
  {
    name: 'a lower-is-better measure whose target is above its baseline',
    dataset: 'production',
    document: from('measure-1', (d) => (d.direction = 'lower-is-better')),
    path: 'target.value',
  },
  {
    name: 'a survey-based measure with no survey questions',
    dataset: 'production',
    document: from('measure-2', (d) => (d.surveyQuestions = [])),
    path: 'surveyQuestions',
  },
  {
    name: 'a survey with two questions sharing a key',
    dataset: 'production',
    document: from('survey-parents', (d) => (d.questions[1].key = d.questions[0].key)),
    path: 'questions',
  },
  {
    name: 'a survey that closes before it opens',
    dataset: 'production',
    document: from('survey-parents', (d) => (d.closesAt = '2026-03-01T09:00:00.000Z')),
    path: 'closesAt',
  },
  {
    name: 'a survey question key with capitals and spaces',
    dataset: 'production',
    document: from('survey-parents', (d) => (d.questions[0].key = 'Listened To')),
    path: 'questions[].key',
  },
  {
    name: 'a quote over 600 characters',
    dataset: 'production',
    document: from('ysws-1', (d) => (d.quotes[0].text = 'x'.repeat(601))),
    path: 'quotes[].text',
  },
  {
    name: 'a survey response whose receipt hash is not SHA-256',
    dataset: 'feedback',
    document: from('response-1', (d) => (d.receiptHash = 'abc')),
    path: 'receiptHash',
  },
  {
    name: 'a survey response with a score of 6',
    dataset: 'feedback',
    document: from('response-1', (d) => (d.answers[0].score = 6)),
    path: 'answers[].score',
  },
  {
    name: 'a correction report keeping an email without consent',
    dataset: 'feedback',
    document: from('report-1', (d) => (d.consentToContact = false)),
    path: 'consentToContact',
  },
  {
    name: 'page feedback for a path without a leading slash',
    dataset: 'feedback',
    document: from('pagefb-1', (d) => (d.path = 'local-offer')),
    path: 'path',
  },
  {
    name: 'a search gap counted zero times',
    dataset: 'feedback',
    document: from('gap-1', (d) => (d.count = 0)),
    path: 'count',
  },
];
