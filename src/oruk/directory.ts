// The directory the ORUK API serves, built once from the store's documents and held in memory between reloads.
import { z } from 'zod';
import { AgePhase, Category, Need, Provider, Service, formatPath } from '../model/index.ts';
import type { PostcodeDistrict } from '../local-offer/postcode.ts';
import { tokenize } from '../search/tokenize.ts';
import {
  TAXONOMY_KINDS,
  taxonomyId,
  toService,
  toServiceAtLocationSummary,
  toServiceSummary,
  toTaxonomy,
  toTaxonomyTerm,
  type ServiceContext,
  type SiteContext,
  type TaxonomyKind,
  type TermDocument,
} from './map.ts';
import type { OrukService, OrukServiceAtLocationSummary, OrukServiceSummary, OrukTaxonomy, OrukTaxonomyTerm } from './types.ts';
import { orukId } from './uuid.ts';

/** What the store gives: raw documents, each checked against the model here so one bad document hides only itself. */
export interface DirectorySource {
  services: readonly unknown[];
  providers: readonly unknown[];
  /** Age phases, categories and needs. */
  terms: readonly unknown[];
}

export interface DirectoryIssue {
  documentId: string;
  message: string;
}

export interface IndexedVenue {
  lat: number;
  lng: number;
}

export interface IndexedService {
  id: string;
  name: string;
  service: Service;
  context: ServiceContext;
  summary: OrukServiceSummary;
  /** Search words (see src/search/tokenize.ts) of the name and of the whole description. */
  nameWords: ReadonlySet<string>;
  words: readonly string[];
  termIds: ReadonlySet<string>;
  taxonomyIds: ReadonlySet<string>;
  organizationId?: string;
  lastModified: number;
  venues: readonly IndexedVenue[];
  serviceAreas: ReadonlySet<string>;
  openingTimes: Service['openingTimes'];
  serviceAtLocations: readonly IndexedServiceAtLocation[];
}

export interface IndexedServiceAtLocation {
  id: string;
  owner: IndexedService;
  location: Service['locations'][number];
  summary: OrukServiceAtLocationSummary;
}

export interface Directory {
  site: SiteContext;
  districts: readonly PostcodeDistrict[];
  /** In name order. */
  services: readonly IndexedService[];
  servicesById: ReadonlyMap<string, IndexedService>;
  /** In service name order, then venue name. */
  serviceAtLocations: readonly IndexedServiceAtLocation[];
  serviceAtLocationsById: ReadonlyMap<string, IndexedServiceAtLocation>;
  /** Taxonomies without their terms, as lists show them. */
  taxonomies: readonly OrukTaxonomy[];
  taxonomiesById: ReadonlyMap<string, OrukTaxonomy>;
  /** Age phases, then categories, then needs. */
  terms: readonly OrukTaxonomyTerm[];
  termsById: ReadonlyMap<string, OrukTaxonomyTerm>;
  issues: readonly DirectoryIssue[];
}

/** Parse documents one by one; a generator, so a long build can pause between documents (see buildDirectoryGradually). */
function* parseEach<T extends { _id: string }>(
  raw: readonly unknown[],
  schema: z.ZodType<T>,
  issues: DirectoryIssue[],
): Generator<void, T[]> {
  const out: T[] = [];
  for (const doc of raw) {
    yield;
    const parsed = schema.safeParse(doc);
    if (parsed.success) out.push(parsed.data);
    else {
      const id = (doc as { _id?: unknown } | null)?._id;
      issues.push({
        documentId: typeof id === 'string' ? id : '(no _id)',
        message: parsed.error.issues.map((i) => `${formatPath(i.path) || '(document)'}: ${i.message}`).join('; '),
      });
    }
  }
  return out;
}

export const collator = new Intl.Collator('en-GB');
const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
const ofType = (docs: readonly unknown[], type: string) => docs.filter((d) => (d as { _type?: unknown } | null)?._type === type);

/** Build the directory: parse, map to ORUK, and index everything the filters need. */
export function buildDirectory(source: DirectorySource, site: SiteContext, districts: readonly PostcodeDistrict[]): Directory {
  const steps = build(source, site, districts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, giving the event loop a turn every `slice` documents: 10,000 services take about two seconds to build,
 * and requests should not wait behind a background reload.
 */
export async function buildDirectoryGradually(
  source: DirectorySource,
  site: SiteContext,
  districts: readonly PostcodeDistrict[],
  slice = 200,
): Promise<Directory> {
  const steps = build(source, site, districts);
  for (let n = 1; ; n++) {
    const step = steps.next();
    if (step.done) return step.value;
    if (n % slice === 0) await new Promise((resolve) => setImmediate(resolve));
  }
}

function* build(source: DirectorySource, site: SiteContext, districts: readonly PostcodeDistrict[]): Generator<void, Directory> {
  const issues: DirectoryIssue[] = [];
  const services = yield* parseEach(source.services, Service, issues);
  const providers = new Map((yield* parseEach(source.providers, Provider, issues)).map((p) => [p._id, p]));
  const termDocs: TermDocument[] = [
    ...(yield* parseEach(ofType(source.terms, 'agePhase'), AgePhase, issues)),
    ...(yield* parseEach(ofType(source.terms, 'category'), Category, issues)),
    ...(yield* parseEach(ofType(source.terms, 'need'), Need, issues)),
  ];
  const termDocsById = new Map(termDocs.map((t) => [t._id, t]));

  const kindOf: Record<TermDocument['_type'], TaxonomyKind> = { agePhase: 'agePhase', category: 'category', need: 'need' };
  const rank = (t: TermDocument) => ('order' in t ? t.order : 0);
  const orderedTerms = TAXONOMY_KINDS.flatMap((kind) =>
    termDocs
      .filter((t) => kindOf[t._type] === kind)
      .sort((a, b) => rank(a) - rank(b) || collator.compare(a.title, b.title)),
  );
  const terms = orderedTerms.map((t) => toTaxonomyTerm(t, site));
  const termsById = new Map(terms.map((t) => [t.id, t]));
  const taxonomies = TAXONOMY_KINDS.map((kind) => toTaxonomy(kind, site));
  const taxonomiesById = new Map(
    TAXONOMY_KINDS.map((kind) => {
      const id = taxonomyId(kind);
      return [id, toTaxonomy(kind, site, terms.filter((t) => t.taxonomy_id === id))] as const;
    }),
  );

  const indexed: IndexedService[] = [];
  for (const service of services) {
    yield;
    const refs = [...service.agePhases, ...service.categories, ...service.needs];
    const serviceTerms: TermDocument[] = [];
    for (const ref of refs) {
      const doc = termDocsById.get(ref._ref);
      if (doc) serviceTerms.push(doc);
      else issues.push({ documentId: service._id, message: `refers to "${ref._ref}", which is not an age phase, category or need` });
    }
    const provider = providers.get(service.provider._ref);
    if (!provider) issues.push({ documentId: service._id, message: `its provider "${service.provider._ref}" is missing` });
    const context: ServiceContext = { ...site, ...(provider ? { provider } : {}), terms: serviceTerms };
    const summary = toServiceSummary(service, context);
    const entry: IndexedService = {
      id: summary.id,
      name: summary.name,
      service,
      context,
      summary,
      nameWords: new Set(tokenize(summary.name)),
      words: [...new Set(tokenize(`${summary.name}\n${summary.description}`))],
      termIds: new Set(serviceTerms.map((t) => orukId(t._id))),
      taxonomyIds: new Set(serviceTerms.map((t) => taxonomyId(kindOf[t._type]))),
      ...(summary.organization_id ? { organizationId: summary.organization_id } : {}),
      lastModified: Date.parse(summary.last_modified),
      venues: service.locations.map((l) => ({ lat: l.geo.lat, lng: l.geo.lng })),
      serviceAreas: new Set(service.serviceAreas),
      openingTimes: service.openingTimes,
      serviceAtLocations: [],
    };
    entry.serviceAtLocations = service.locations.map((location) => {
      const sal = toServiceAtLocationSummary(service, location, summary);
      return { id: sal.id, owner: entry, location, summary: sal };
    });
    indexed.push(entry);
  }
  indexed.sort(byName);

  const servicesById = new Map<string, IndexedService>();
  for (const s of indexed) {
    if (servicesById.has(s.id)) issues.push({ documentId: s.service._id, message: 'has the same ORUK id as another service' });
    servicesById.set(s.id, s);
  }
  const serviceAtLocations = indexed.flatMap((s) =>
    [...s.serviceAtLocations].sort((a, b) => collator.compare(a.location.name, b.location.name)),
  );
  return {
    site,
    districts,
    services: indexed,
    servicesById,
    serviceAtLocations,
    serviceAtLocationsById: new Map(serviceAtLocations.map((sal) => [sal.id, sal])),
    taxonomies,
    taxonomiesById,
    terms,
    termsById,
    issues,
  };
}

/** The fully nested service, built when asked for: one service's mapping is cheap, and most requests are lists. */
export function fullService(entry: IndexedService): OrukService {
  return toService(entry.service, entry.context, entry.summary);
}
