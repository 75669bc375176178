// The committed sample local area: valid, complete enough for every page, and exactly what the generator makes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentValidationError, SCHEDULE2_QUESTIONS, SCHOOL_OR_SETTING_KINDS, STATUTORY_TOPICS } from '../../../src/model/index.ts';
import { checkIntegrity } from '../../../src/model/integrity.ts';
import { sampleFileContents, SAMPLE_FILES } from '../../../content/write-sample.ts';
import { ofType, readNdjson, sample, TODAY } from './load-sample.ts';

function countByType(docs: readonly { _type: string }[]) {
  const counts: Record<string, number> = {};
  for (const d of docs) counts[d._type] = (counts[d._type] ?? 0) + 1;
  return counts;
}

/** Every array of objects anywhere in a document, with where it is. */
function arraysIn(value: unknown, path: string, out: [string, unknown[]][] = []): [string, unknown[]][] {
  if (Array.isArray(value)) {
    out.push([path, value]);
    value.forEach((v, i) => arraysIn(v, `${path}[${i}]`, out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) arraysIn(v, path ? `${path}.${k}` : k, out);
  }
  return out;
}

describe('the committed sample dataset', () => {
  it('is exactly what the generator makes with the sample seed, so nobody edits it by hand out of step', () => {
    const fresh = sampleFileContents();
    for (const key of Object.keys(SAMPLE_FILES) as (keyof typeof SAMPLE_FILES)[]) {
      expect(readFileSync(SAMPLE_FILES[key], 'utf8'), `${SAMPLE_FILES[key]} is out of date: run node scripts/node24.mjs content/write-sample.ts`).toBe(fresh[key]);
    }
  });

  it('parses with the zod model, every document in both datasets', () => {
    for (const file of ['sample.ndjson', 'feedback.ndjson']) {
      const raw = readNdjson(file);
      expect(raw.length).toBeGreaterThan(0);
      expect(() => sample()).not.toThrow(DocumentValidationError);
    }
  });

  it('has references that resolve to the right types and unique slugs, in each dataset and together', () => {
    const { content, feedback } = sample();
    expect(checkIntegrity(content)).toEqual([]);
    expect(checkIntegrity(feedback)).toEqual([]);
    expect(checkIntegrity([...content, ...feedback])).toEqual([]);
  });

  it('keeps families’ feedback out of the public dataset, and points at content only with weak references', () => {
    const { content, feedback } = sample();
    expect(content.filter((d) => ['surveyResponse', 'correctionReport', 'pageFeedback'].includes(d._type))).toEqual([]);
    expect(feedback.every((d) => ['surveyResponse', 'correctionReport', 'pageFeedback'].includes(d._type))).toBe(true);
    const refs = feedback.flatMap((d) => JSON.stringify(d).match(/"_ref":"[^"]+"(,"_key":"[^"]+")?(,"_weak":true)?/g) ?? []);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((r) => !r.endsWith('"_weak":true'))).toEqual([]);
  });

  it('has the numbers of each kind of document the brief asks for', () => {
    const counts = countByType(sample().content);
    expect(counts).toMatchObject({ siteSettings: 1, agePhase: 4, plan: 1, priorityArea: 9, survey: 2 });
    expect(counts.category).toBeGreaterThanOrEqual(8);
    expect(counts.need).toBeGreaterThanOrEqual(8);
    expect(counts.provider).toBeGreaterThanOrEqual(20);
    expect(counts.service).toBeGreaterThanOrEqual(150);
    expect(counts.action).toBeGreaterThanOrEqual(25);
    expect(counts.impactMeasure).toBeGreaterThanOrEqual(12);
    expect(counts.guide).toBeGreaterThanOrEqual(10);
    expect(counts.glossaryTerm).toBeGreaterThanOrEqual(40);
    expect(counts.feedbackTheme).toBeGreaterThanOrEqual(6);
    expect(counts.youSaidWeDid).toBeGreaterThanOrEqual(6);
    const feedback = countByType(sample().feedback);
    expect(feedback.surveyResponse).toBeGreaterThanOrEqual(300);
    expect(feedback.correctionReport).toBeGreaterThanOrEqual(3);
    expect(feedback.pageFeedback).toBeGreaterThanOrEqual(3);
  });

  it('is in a stable order, by type and then id, one document a line', () => {
    for (const file of ['sample.ndjson', 'feedback.ndjson']) {
      const docs = readNdjson(file) as { _type: string; _id: string }[];
      const keys = docs.map((d) => `${d._type}\u0000${d._id}`);
      expect(keys).toEqual(keys.slice().sort());
    }
  });

  it('gives every array item a _key, unique within its array, as Sanity needs', () => {
    for (const doc of [...sample().content, ...sample().feedback]) {
      for (const [path, items] of arraysIn(doc, '')) {
        const objects = items.filter((i): i is Record<string, unknown> => !!i && typeof i === 'object');
        if (objects.length === 0) continue;
        const keys = objects.map((o) => o._key);
        expect(keys.every((k) => typeof k === 'string' && k !== ''), `${doc._id} ${path}`).toBe(true);
        expect(new Set(keys).size, `${doc._id} ${path} has duplicate _keys`).toBe(keys.length);
      }
    }
  });

  it('says it is sample content and how to get the Local Offer without the internet', () => {
    const [settings] = ofType(sample().content, 'siteSettings');
    expect(settings).toMatchObject({ _id: 'siteSettings', isSampleContent: true, areaName: 'Westmoor', retentionDays: 365 });
    expect(settings!.offlineCopy).toMatch(/phone|call/i);
    expect(settings!.offlineCopy).toMatch(/post|write/i);
    expect(settings!.accessibilityStatement.length).toBeGreaterThan(0);
    expect(settings!.privacyNotice.length).toBeGreaterThan(0);
  });
});

describe('the sample Local Offer', () => {
  const services = () => ofType(sample().content, 'service');

  it('has the four age phases with the agreed ids, slugs and ages', () => {
    const phases = ofType(sample().content, 'agePhase').sort((a, b) => a.order - b.order);
    expect(phases.map((p) => [p._id, p.slug.current, p.minAge, p.maxAge])).toEqual([
      ['agePhase-early-years', 'early-years', 0, 5],
      ['agePhase-primary', 'primary', 5, 11],
      ['agePhase-secondary', 'secondary', 11, 18],
      ['agePhase-preparing-for-adulthood', 'preparing-for-adulthood', 16, 25],
    ]);
  });

  it('has services in every age phase and every category', () => {
    const { content } = sample();
    for (const phase of ofType(content, 'agePhase')) {
      expect(services().filter((s) => s.agePhases.some((r) => r._ref === phase._id)).length, phase._id).toBeGreaterThanOrEqual(20);
    }
    for (const category of ofType(content, 'category')) {
      expect(services().some((s) => s.categories.some((r) => r._ref === category._id)), category._id).toBe(true);
    }
  });

  it('has services from every kind of provider the regulations name except a few, and providers that all run something', () => {
    const { content } = sample();
    const providers = ofType(content, 'provider');
    expect(new Set(providers.map((p) => p.kind)).size).toBeGreaterThanOrEqual(10);
    for (const p of providers) expect(services().some((s) => s.provider._ref === p._id), p._id).toBe(true);
  });

  it('mixes free and paid services and every way of getting a service', () => {
    expect(new Set(services().map((s) => s.cost.kind))).toEqual(new Set(['free', 'paid', 'free-and-paid']));
    const routes = new Set(services().flatMap((s) => s.access.referralRoutes));
    expect(routes.size).toBe(7);
  });

  it('answers the schedule 2 questions for every school and setting', () => {
    const providers = new Map(ofType(sample().content, 'provider').map((p) => [p._id, p]));
    const schoolServices = services().filter((s) => SCHOOL_OR_SETTING_KINDS.has(providers.get(s.provider._ref)!.kind));
    expect(schoolServices.length).toBeGreaterThanOrEqual(15);
    for (const s of schoolServices) expect(Object.keys(s.schedule2 ?? {}).sort(), s._id).toEqual(Object.keys(SCHEDULE2_QUESTIONS).sort());
  });

  it('shows some services as overdue for review (last reviewed more than 12 months ago), about one in ten', () => {
    const yearAgo = '2025-11-23';
    const overdue = services().filter((s) => s.lastReviewed < yearAgo);
    expect(overdue.length / services().length).toBeGreaterThan(0.04);
    expect(overdue.length / services().length).toBeLessThan(0.2);
    expect(services().every((s) => s.lastReviewed <= TODAY)).toBe(true);
  });

  it('places every venue in a Westmoor locality that matches its postcode district', () => {
    const districts = JSON.parse(readFileSync(join(import.meta.dirname, '../../../content/postcode-districts.json'), 'utf8')) as { district: string; lat: number; lng: number; area: string }[];
    expect(districts.map((d) => d.district)).toEqual(['WM1', 'WM2', 'WM3', 'WM4', 'WM5', 'WM6', 'WM7', 'WM8', 'WM9']);
    const areaOf = new Map(districts.map((d) => [d.district, d.area]));
    const localities = new Set(districts.map((d) => d.area));
    expect(localities.size).toBe(6);
    const locations = services().flatMap((s) => s.locations);
    expect(locations.length).toBeGreaterThan(100);
    for (const l of locations) {
      expect(areaOf.get(l.address.postcode.split(' ')[0]!), `${l.name} ${l.address.postcode}`).toBe(l.area);
      expect(l.geo.lat).toBeGreaterThan(50.36);
      expect(l.geo.lat).toBeLessThan(50.43);
      expect(l.geo.lng).toBeGreaterThan(-4.21);
      expect(l.geo.lng).toBeLessThan(-4.04);
    }
    for (const area of services().flatMap((s) => s.serviceAreas)) expect(localities.has(area), area).toBe(true);
    expect(new Set(locations.map((l) => l.area))).toEqual(localities);
  });

  it('has guides on every statutory topic, with headings and lists, whose site links lead somewhere real', () => {
    const { content } = sample();
    const guides = ofType(content, 'guide');
    const topics = new Set(guides.flatMap((g) => g.topics));
    expect([...topics].sort()).toEqual(Object.keys(STATUTORY_TOPICS).sort());
    const slugs = {
      services: new Set(services().map((s) => s.slug.current)),
      guides: new Set(guides.map((g) => g.slug.current)),
    };
    for (const g of guides) {
      expect(g.body.some((b) => b.style === 'h2'), g._id).toBe(true);
      expect(g.body.some((b) => b.listItem), g._id).toBe(true);
      for (const href of g.body.flatMap((b) => b.markDefs.map((m) => m.href))) {
        const m = /^\/(services|guides)\/([^/]+)\/$/.exec(href);
        if (m) expect(slugs[m[1] as 'services' | 'guides'].has(m[2]!), `${g._id} links to ${href}`).toBe(true);
      }
    }
  });

  it('explains at least 40 SEND terms, each once, with their abbreviations', () => {
    const terms = ofType(sample().content, 'glossaryTerm');
    expect(terms.length).toBeGreaterThanOrEqual(40);
    const surfaces = terms.flatMap((t) => [t.term, ...t.aliases]);
    expect(new Set(surfaces).size).toBe(surfaces.length);
    expect(new Set(terms.map((t) => t.term.toLowerCase())).size).toBe(terms.length);
    for (const abbreviation of ['EHCP', 'SENCO', 'SENDIASS', 'CAMHS', 'SALT', 'OT', 'EP', 'PfA']) {
      expect(surfaces, abbreviation).toContain(abbreviation);
    }
  });
});
