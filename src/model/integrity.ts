// Cross-document checks zod cannot make on one document: references resolve, to the right type, and slugs are unique.
import { z } from 'zod';
import { documentSchemas, formatPath, type AnyDocument } from './index.ts';

export interface IntegrityProblem {
  documentId: string;
  path: string;
  message: string;
}

type RefSite = { path: (string | number)[]; to: string[] };

/** Walk a schema and list where references sit, with the types they may point at. */
function referenceSites(schema: z.ZodType, path: (string | number)[] = []): RefSite[] {
  const meta = z.globalRegistry.get(schema) as { to?: string[] } | undefined;
  if (meta?.to) return [{ path, to: meta.to }];
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([k, s]) => referenceSites(s, [...path, k]));
    case 'array':
      return referenceSites(def.element as z.ZodType, [...path, -1]);
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
      return referenceSites(def.innerType as z.ZodType, path);
    case 'pipe':
      return referenceSites(def.in as z.ZodType, path);
    default:
      return [];
  }
}

const sitesByType = new Map(
  Object.entries(documentSchemas).map(([type, schema]) => [type, referenceSites(schema as z.ZodType)]),
);

function valuesAt(value: unknown, path: (string | number)[], at: (string | number)[] = []): [unknown, (string | number)[]][] {
  if (path.length === 0) return value === undefined ? [] : [[value, at]];
  const [head, ...rest] = path;
  if (head === -1) {
    return Array.isArray(value) ? value.flatMap((item, i) => valuesAt(item, rest, [...at, i])) : [];
  }
  if (value && typeof value === 'object') return valuesAt((value as Record<string, unknown>)[head as string], rest, [...at, head!]);
  return [];
}

/** Every reference resolves to a document of an allowed type; slugs are unique within a type. */
export function checkIntegrity(docs: readonly AnyDocument[]): IntegrityProblem[] {
  const byId = new Map(docs.map((d) => [d._id, d]));
  const problems: IntegrityProblem[] = [];
  const slugs = new Map<string, string>();
  for (const doc of docs) {
    for (const site of sitesByType.get(doc._type) ?? []) {
      for (const [ref, at] of valuesAt(doc, site.path)) {
        const { _ref, _weak } = ref as { _ref: string; _weak?: boolean };
        const target = byId.get(_ref);
        if (!target) {
          if (!_weak) problems.push({ documentId: doc._id, path: formatPath(at), message: `refers to missing document "${_ref}"` });
        } else if (!site.to.includes(target._type)) {
          problems.push({
            documentId: doc._id,
            path: formatPath(at),
            message: `refers to a ${target._type}; expected ${site.to.join(' or ')}`,
          });
        }
      }
    }
    const slug = (doc as { slug?: { current: string } }).slug?.current;
    if (slug) {
      const key = `${doc._type}:${slug}`;
      const other = slugs.get(key);
      if (other) problems.push({ documentId: doc._id, path: 'slug', message: `slug "${slug}" is already used by "${other}"` });
      else slugs.set(key, doc._id);
    }
  }
  return problems;
}
