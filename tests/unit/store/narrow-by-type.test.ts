// Type-narrowed scans return exactly what a full scan returns, and only kick in where that is provable.
import { evaluate, parse } from 'groq-js';
import { describe, expect, it } from 'vitest';
import { DatasetIndex, type Doc } from '../../../src/store/local/dataset-index.ts';
import { runGroq } from '../../../src/store/local/groq-engine.ts';
import { admittedTypes, narrowByType } from '../../../src/store/local/narrow-by-type.ts';
import { contentFixtures } from './fixtures.ts';

function dataset(): { index: DatasetIndex; published: Doc[] } {
  const index = new DatasetIndex();
  const docs = contentFixtures() as unknown as Doc[];
  for (const d of docs) index.put(d);
  // Replace one early document so stored order is not simply insertion order of types.
  index.put({ ...(index.get('age-primary') as Doc), title: 'Primary school' });
  return { index, published: docs.filter((d) => !d._id.startsWith('drafts.')).map((d) => index.get(d._id)!) };
}

/** groq-js on its own: a full scan of every document, joins by scanning. */
async function reference(published: Doc[], groq: string, params: Record<string, unknown>) {
  return (await evaluate(parse(groq, { params }), { dataset: published, params })).get();
}

const queries: [string, Record<string, unknown>][] = [
  ['*[_type == "service"]', {}],
  ['*[_type == "service" && cost.kind == "paid"]{_id, title}', {}],
  ['*["service" == _type]._id', {}],
  ['*[_type == $t && ageRange.min < $age]._id', { t: 'service', age: 10 }],
  ['*[_type in ["agePhase", "provider"]]._id', {}],
  ['*[_type in $types]._id', { types: ['provider', 'agePhase', 'service'] }],
  ['*[(_type == "service") && (_type == "provider")]', {}],
  ['*[_type == "service" || _type == "guide"]._id', {}],
  ['*[!(_type == "service")]._id', {}],
  ['*[_type == "provider"]{name, "services": *[_type == "service" && references(^._id)].title}', {}],
  ['*[_type == "service"]{title, "provider": provider->name, "phases": agePhases[]->title}', {}],
  ['count(*[_type == "service"])', {}],
  ['{"phases": *[_type == "agePhase"] | order(order) .title, "all": count(*)}', {}],
  ['*[_type == "service"] | order(title desc) [0...1]._id', {}],
  ['*[_type == "nothing"]', {}],
  ['*[_id == $id][0]{title}', { id: 'service-ot' }],
  ['*[_id in ["service-ot", "age-primary", "drafts.service-speech", "missing"]]._id', {}],
  ['*[_id == "service-ot" && _type == "provider"]', {}],
  ['*[_type == "service" && _id in $ids]{_id}', { ids: ['service-speech', 'provider-nhs'] }],
  ['*[_type == "service"]{_id, "same": *[_id == ^._id][0].title}', {}],
];

describe('narrowing scans by _type', () => {
  it.each(queries)('gives the same result as a full scan: %s', async (groq, params) => {
    const { index, published } = dataset();
    expect(await runGroq(index, groq, params)).toEqual(await reference(published, groq, params));
  });

  it('narrows only filters that provably admit just some types', () => {
    const types = (groq: string, params: Record<string, unknown> = {}) => {
      const tree = parse(groq) as unknown as { type: string; expr?: { type: string } };
      return tree.type === 'Filter' ? admittedTypes(tree.expr as never, params) : 'not a filter';
    };
    expect(types('*[_type == "a"]')).toEqual(['a']);
    expect(types('*[_type == "a" && x > 1]')).toEqual(['a']);
    expect(types('*[x > 1 && (_type in ["a", "b"])]')).toEqual(['a', 'b']);
    expect(types('*[_type == $t]', { t: 'a' })).toEqual(['a']);
    expect(types('*[_type in ["a", "b"] && _type == "b"]')).toEqual(['b']);
    expect(types('*[_type == "a" || x > 1]')).toBeNull();
    expect(types('*[!(_type == "a")]')).toBeNull();
    expect(types('*[_type != "a"]')).toBeNull();
    expect(types('*[_type == $t]', { t: 3 })).toBeNull();
    expect(types('*[_type in [...$more, "a"]]')).toBeNull();
    expect(types('*[x._type == "a"]')).toBeNull();
  });

  it('rewrites sub-queries too, without changing the cached tree', () => {
    const tree = parse('*[_type == "provider"]{"n": count(*[_type == "service" && references(^._id)])}');
    const before = JSON.stringify(tree);
    const { slices } = narrowByType(tree, {});
    expect([...slices.values()]).toEqual([
      { field: '_type', values: ['provider'], where: [] },
      { field: '_type', values: ['service'], where: [] },
    ]);
    expect(JSON.stringify(tree)).toBe(before);
  });
});
