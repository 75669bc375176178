// The Studio schema and the zod model agree: same fields and rules, and the same documents pass and fail both.
import { defineField, defineType } from 'sanity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  DOCUMENT_TYPES,
  PRIVATE_TYPES,
  IsoDate,
  documentSchemas,
  formatPath,
  refTo,
  parseDocument,
  type AnyDocument,
} from '../../src/model/index.ts';
import { checkIntegrity } from '../../src/model/integrity.ts';
import { schemaTypes } from '../../studio/schemaTypes/index.ts';
import { brokenCases } from './studio/broken-documents.ts';
import { compareFields } from './studio/compare-shapes.ts';
import { DATASET_FILES, readNdjson, type RawDoc } from './studio/datasets.ts';
import { feedbackFixtures, publicFixtures } from './studio/fixtures.ts';
import { describeStudio, studioDocumentFields, zodDocumentFields, type StudioType } from './studio/shapes.ts';
import { compileStudioSchema, compileTypes, studioType, workspaceSchemas } from './studio/studio-schema.ts';
import { describeMarker, markerPath, startStudioValidator, type StudioValidator } from './studio/studio-validator.ts';
import { strongWhereWeak } from './studio/weak-references.ts';

const { schema, problems } = compileStudioSchema();

/** Studio schema types that are documents (singletons included). */
const studioDocumentTypes = schemaTypes.filter((t) => t.type === 'document').map((t) => t.name);

describe('the Studio schema', () => {
  it('compiles without errors or warnings', () => {
    expect(problems.filter((p) => p.severity !== 'info').map((p) => `${p.path}: ${p.message}`)).toEqual([]);
  });

  it('is the same in every workspace', () => {
    expect(workspaceSchemas.length).toBeGreaterThan(0);
    for (const w of workspaceSchemas) expect(w.types, `workspace ${w.name}`).toBe(workspaceSchemas[0]!.types);
  });

  it('has a document type for every document type of the model, and no others', () => {
    expect([...studioDocumentTypes].sort()).toEqual([...DOCUMENT_TYPES].sort());
  });
});

describe('fields agree between zod and the Studio', () => {
  it.each(DOCUMENT_TYPES)('%s', (type) => {
    const studio = studioType(schema, type);
    expect(studio, `no Studio schema type "${type}"`).toBeDefined();
    const zodFields = zodDocumentFields(documentSchemas[type] as z.ZodType);
    const disagreements = compareFields('', zodFields, studioDocumentFields(studio!));
    expect(disagreements.map((d) => `${type}.${d.path}: ${d.message}`)).toEqual([]);
  });

  it('rich text offers exactly the strong and em decorators the site renders', () => {
    const body = describeStudio(studioType(schema, 'guide')!.fields!.find((f) => f.name === 'body')!.type);
    expect(body.kind === 'array' && body.of.kind === 'block' ? body.of.decorators : undefined).toEqual(['strong', 'em']);
  });

  it('references from the private feedback dataset to public documents are weak', () => {
    const strong: string[] = [];
    const visit = (type: StudioType, path: string, seen: Set<StudioType>) => {
      if (seen.has(type)) return;
      seen.add(type);
      const shape = describeStudio(type);
      if (shape.kind === 'reference') {
        if (shape.to.some((t) => !PRIVATE_TYPES.has(t as never)) && !shape.weak) strong.push(path);
        return;
      }
      for (const f of type.fields ?? []) visit(f.type, `${path}.${f.name}`, seen);
      for (const m of type.of ?? []) visit(m, `${path}[]`, seen);
    };
    for (const type of PRIVATE_TYPES) visit(studioType(schema, type)!, type, new Set());
    expect(strong).toEqual([]);
  });
});

describe('the field comparison itself', () => {
  // A tiny model and Studio type that disagree in every way the contract must catch.
  const model = z.object({
    _id: z.string(),
    _type: z.literal('thing'),
    onlyInZod: z.string(),
    title: z.string().min(1).max(80),
    code: z.string().regex(/^[a-z]+$/),
    count: z.number().int().min(0).max(10),
    colour: z.enum(['red', 'green']),
    owner: refTo('provider'),
    tags: z.array(z.string()).min(1),
    when: IsoDate.optional(),
  });
  const { schema: tiny } = compileTypes([
    defineType({
      name: 'thing',
      type: 'document',
      fields: [
        defineField({ name: 'onlyInStudio', type: 'string' }),
        defineField({ name: 'title', type: 'string', validation: (r) => r.max(60) }),
        defineField({ name: 'code', type: 'string', validation: (r) => r.required().regex(/^[a-z0-9]+$/) }),
        defineField({ name: 'count', type: 'number', validation: (r) => r.required().min(0) }),
        defineField({ name: 'colour', type: 'string', options: { list: ['red', 'blue'] }, validation: (r) => r.required() }),
        defineField({ name: 'owner', type: 'reference', to: [{ type: 'need' }], validation: (r) => r.required() }),
        defineField({ name: 'tags', type: 'array', of: [{ type: 'string' }], validation: (r) => r.required() }),
        defineField({ name: 'when', type: 'datetime' }),
      ],
    }),
    defineType({ name: 'provider', type: 'document', fields: [defineField({ name: 'name', type: 'string' })] }),
    defineType({ name: 'need', type: 'document', fields: [defineField({ name: 'name', type: 'string' })] }),
  ]);
  const found = compareFields('thing', zodDocumentFields(model), studioDocumentFields(studioType(tiny, 'thing')!)).map(
    (d) => `${d.path}: ${d.message}`,
  );

  it.each([
    ['a field only in zod', 'thing.onlyInZod: only in the zod model'],
    ['a field only in the Studio', 'thing.onlyInStudio: only in the Studio schema'],
    ['required-ness', 'thing.title: required in zod but optional in the Studio'],
    ['a length limit', 'thing.title: most characters: zod says 80, the Studio says 60'],
    ['a pattern', 'thing.code: patterns differ'],
    ['integer-ness', 'thing.count: an integer in zod, any number in the Studio'],
    ['a maximum', 'thing.count: maximum: zod says 10, the Studio says none'],
    ['enum options', 'thing.colour: options differ: only in zod [green], only in the Studio [blue]'],
    ['reference targets', 'thing.owner: reference targets differ: zod provider, the Studio need'],
    ['array minimum', 'thing.tags: fewest items: zod says 1, the Studio says none'],
    ['a type', 'thing.when: zod says date, the Studio says datetime'],
  ])('notices %s', (_what, expected) => {
    expect(found.some((line) => line.startsWith(expected)), found.join('\n')).toBe(true);
  });
});

describe('every field has a description for editors', () => {
  type Def = { name?: string; description?: unknown; fields?: Def[]; of?: Def[]; marks?: { annotations?: Def[] } };
  const missing: string[] = [];
  const walk = (def: Def, path: string) => {
    for (const f of def.fields ?? []) {
      const at = `${path}.${f.name}`;
      if (typeof f.description !== 'string' || !f.description.trim()) missing.push(at);
      walk(f, at);
    }
    for (const m of def.of ?? []) walk(m, `${path}[]`);
    for (const a of def.marks?.annotations ?? []) walk(a, `${path}.${a.name}`);
  };
  for (const t of schemaTypes) walk(t as Def, t.name);
  it('in every document and object type', () => expect(missing).toEqual([]));
});

/** zod issues of a document as `path: message` lines, paths written with `[]` for array items. */
function zodProblems(doc: unknown): { path: string; message: string }[] {
  const type = (doc as { _type?: string })._type as keyof typeof documentSchemas;
  const result = (documentSchemas[type] as z.ZodType).safeParse(doc);
  return result.success ? [] : result.error.issues.map((i) => ({ path: formatPath(i.path).replace(/\[\d+\]/g, '[]'), message: i.message }));
}

const isFailure = (m: { level: string; code: string }) => m.level === 'error' || m.code === 'object.unknown-field';

describe('documents pass both zod and the Studio', () => {
  let validator: StudioValidator;
  let samples: { file: string; dataset: 'production' | 'feedback'; docs: RawDoc[] }[] = [];
  let loadError: Error | undefined;

  beforeAll(async () => {
    try {
      samples = DATASET_FILES.map((f) => ({ file: f.relative, dataset: f.dataset, docs: readNdjson(f) }));
    } catch (error) {
      loadError = error as Error;
    }
    const byDataset = (name: string) => samples.filter((s) => s.dataset === name).flatMap((s) => s.docs);
    validator = await startStudioValidator(schema, {
      production: byDataset('production'),
      feedback: byDataset('feedback'),
      'fixtures-production': publicFixtures,
      'fixtures-feedback': feedbackFixtures,
    });
  });
  afterAll(() => validator?.close());

  async function failures(docs: RawDoc[], dataset: string, label: string): Promise<string[]> {
    const out: string[] = [];
    const concurrency = 16;
    for (let i = 0; i < docs.length; i += concurrency) {
      await Promise.all(
        docs.slice(i, i + concurrency).map(async (doc) => {
          const name = `${label} ${doc._id} (${doc._type})`;
          try {
            parseDocument(doc);
          } catch (error) {
            out.push(`${name} fails zod: ${(error as Error).message}`);
          }
          for (const m of (await validator.validate(doc, dataset)).filter(isFailure)) out.push(`${name} fails the Studio: ${describeMarker(m)}`);
          const type = studioType(schema, doc._type);
          for (const path of type ? strongWhereWeak(type, doc) : []) out.push(`${name}: ${path} must be a weak reference (_weak: true)`);
        }),
      );
    }
    return out;
  }

  it('the test fixtures (the base of the broken documents)', async () => {
    const out = [
      ...(await failures(publicFixtures, 'fixtures-production', 'fixture')),
      ...(await failures(feedbackFixtures, 'fixtures-feedback', 'fixture')),
      ...checkIntegrity([...publicFixtures, ...feedbackFixtures].map((d) => parseDocument(d))).map((p) => `${p.documentId} ${p.path}: ${p.message}`),
    ];
    expect(out).toEqual([]);
  });

  it('the sample dataset: content/sample.ndjson and content/feedback.ndjson', { timeout: 300_000 }, async () => {
    if (loadError) throw loadError;
    const out: string[] = [];
    for (const { file, dataset, docs } of samples) {
      expect(docs.length, `${file} has no documents`).toBeGreaterThan(0);
      // Feedback lives only in the private dataset, and nothing else does.
      for (const doc of docs) {
        if (PRIVATE_TYPES.has(doc._type as never) !== (dataset === 'feedback')) out.push(`${file} ${doc._id}: a ${doc._type} does not belong in the ${dataset} dataset`);
      }
      out.push(...(await failures(docs, dataset, file)));
    }
    const all = samples.flatMap((s) => s.docs).flatMap((d) => {
      try {
        return [parseDocument(d)];
      } catch {
        return [] as AnyDocument[];
      }
    });
    out.push(...checkIntegrity(all).map((p) => `${p.documentId} ${p.path}: ${p.message}`));
    expect(out).toEqual([]);
  });

  describe('broken documents fail both', () => {
    it.each(brokenCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      // Only the broken field may fail: anything else would mean the rule under test did not decide the outcome.
      const markers = (await validator.validate(c.document, `fixtures-${c.dataset}`)).filter((m) => m.level === 'error');
      expect([...new Set(markers.map(markerPath))], `Studio errors: ${markers.map(describeMarker).join('; ') || 'none'}`).toEqual([c.path]);

      const fixtures = c.dataset === 'production' ? publicFixtures : feedbackFixtures;
      if (c.zodSide === 'integrity') {
        const docs = [...fixtures.filter((d) => d._id !== c.document._id), c.document].map((d) => parseDocument(d));
        const problems = checkIntegrity(docs).filter((p) => p.documentId === c.document._id);
        expect(problems.map((p) => p.path), problems.map((p) => p.message).join('; ')).toEqual([c.path]);
      } else {
        const issues = zodProblems(c.document);
        const paths = [...new Set(issues.map((i) => i.path))];
        expect(paths, `zod issues: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ') || 'none'}`).toEqual([c.zodPath ?? c.path]);
      }
    });
  });
});
