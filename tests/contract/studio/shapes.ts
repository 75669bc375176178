// Reduces a zod schema and a compiled Studio schema type to one comparable "shape": kinds, fields, rules that matter.
import { z } from 'zod';

export type Shape =
  | { kind: 'string'; patterns: string[]; max?: number; min?: number }
  | { kind: 'email' | 'url' | 'date' | 'datetime' | 'boolean' | 'slug' | 'geopoint' }
  | { kind: 'number'; integer: boolean; min?: number; max?: number }
  | { kind: 'enum'; values: string[] }
  | { kind: 'reference'; to: string[]; weak?: boolean }
  | { kind: 'object'; fields: Record<string, Field> }
  | { kind: 'array'; of: Shape; min?: number }
  | { kind: 'block'; styles: string[]; lists: string[]; annotations: Record<string, Record<string, Field>>; decorators?: string[] }
  | { kind: 'unknown'; detail: string };

export interface Field {
  shape: Shape;
  required: boolean;
}

// ---------------------------------------------------------------- zod

type ZodDef = { type: string; [key: string]: unknown };
type ZodCheckDef = { check: string; format?: string; pattern?: RegExp; minimum?: number; maximum?: number; value?: number };

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
const checksOf = (schema: z.ZodType) =>
  ((defOf(schema).checks as { _zod: { def: ZodCheckDef } }[] | undefined) ?? []).map((c) => c._zod.def);

/** Strip optional/default wrappers, noting whether any made the value optional. */
function unwrapZod(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let inner = schema;
  let optional = false;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') {
      optional = true;
      inner = def.innerType as z.ZodType;
    } else if (def.type === 'nullable' || def.type === 'readonly') {
      inner = def.innerType as z.ZodType;
    } else if (def.type === 'pipe') {
      inner = def.in as z.ZodType;
    } else return { inner, optional };
  }
}

function literalOf(schema: z.ZodType | undefined): string | undefined {
  if (!schema) return undefined;
  const def = defOf(unwrapZod(schema).inner);
  return def.type === 'literal' ? String((def.values as unknown[])[0]) : undefined;
}

function zodFields(shape: Record<string, z.ZodType>): Record<string, Field> {
  const fields: Record<string, Field> = {};
  for (const [name, schema] of Object.entries(shape)) {
    if (name.startsWith('_')) continue; // _id, _key, _type… are Sanity's system fields, not editor fields
    const { inner, optional } = unwrapZod(schema);
    fields[name] = { shape: describeZod(inner), required: !optional };
  }
  return fields;
}

function enumValues(schema: z.ZodType): string[] {
  const def = defOf(unwrapZod(schema).inner);
  return def.type === 'enum' ? Object.values(def.entries as Record<string, string>) : [];
}

export function describeZod(input: z.ZodType): Shape {
  const schema = unwrapZod(input).inner;
  const meta = z.globalRegistry.get(schema) as { to?: string[] } | undefined;
  if (meta?.to) return { kind: 'reference', to: [...meta.to] };
  const def = defOf(schema);
  const checks = checksOf(schema);
  switch (def.type) {
    case 'string': {
      const format = def.format as string | undefined;
      if (format === 'email' || format === 'url' || format === 'date' || format === 'datetime') return { kind: format };
      const patterns = checks.filter((c) => c.pattern).map((c) => String(c.pattern));
      if (format && def.pattern) patterns.push(String(def.pattern)); // e.g. z.uuid()
      const min = checks.find((c) => c.check === 'min_length')?.minimum;
      const max = checks.find((c) => c.check === 'max_length')?.maximum;
      return { kind: 'string', patterns, ...(max !== undefined ? { max } : {}), ...(min !== undefined && min > 1 ? { min } : {}) };
    }
    case 'number': {
      const integer = checks.some((c) => c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32'));
      const min = checks.find((c) => c.check === 'greater_than')?.value;
      const max = checks.find((c) => c.check === 'less_than')?.value;
      return { kind: 'number', integer, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'enum', values: enumValues(schema) };
    case 'array': {
      const min = checks.find((c) => c.check === 'min_length')?.minimum;
      return { kind: 'array', of: describeZod(def.element as z.ZodType), ...(min !== undefined ? { min } : {}) };
    }
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const type = literalOf(shape._type);
      if (type === 'slug') return { kind: 'slug' };
      if (type === 'geopoint') return { kind: 'geopoint' };
      if (type === 'block') {
        const markDef = unwrapZod(defOf(unwrapZod(shape.markDefs!).inner).element as z.ZodType).inner;
        const markDefs = defOf(markDef).type === 'union' ? (defOf(markDef).options as z.ZodType[]) : [markDef];
        const annotations: Record<string, Record<string, Field>> = {};
        for (const m of markDefs) annotations[literalOf((defOf(m).shape as Record<string, z.ZodType>)._type) ?? '?'] = zodFields(defOf(m).shape as Record<string, z.ZodType>);
        return { kind: 'block', styles: enumValues(shape.style!), lists: enumValues(shape.listItem!), annotations };
      }
      return { kind: 'object', fields: zodFields(shape) };
    }
    default:
      return { kind: 'unknown', detail: `zod ${def.type}` };
  }
}

/** The fields of a zod document schema, keyed by name (system fields left out). */
export function zodDocumentFields(schema: z.ZodType): Record<string, Field> {
  const shape = describeZod(schema);
  return shape.kind === 'object' ? shape.fields : {};
}

// ---------------------------------------------------------------- Studio

/** The parts of a compiled Sanity schema type this comparison reads. */
export interface StudioType {
  name: string;
  jsonType: string;
  type?: StudioType;
  fields?: { name: string; type: StudioType }[];
  of?: StudioType[];
  to?: { name: string }[];
  weak?: boolean;
  options?: { list?: ({ value: string } | string)[] };
  decorators?: { value: string }[];
  validation?: unknown;
}

interface RuleSpec {
  flag: string;
  constraint?: unknown;
}
interface CompiledRule {
  _rules: RuleSpec[];
  _level?: string;
  isRequired(): boolean;
}

function chain(type: StudioType | undefined): string[] {
  const names: string[] = [];
  for (let t = type; t; t = t.type) names.push(t.name);
  return names;
}

/** After Sanity compiles a schema, `validation` holds Rule objects (functions that take a context stay functions). */
function rulesOf(type: StudioType): CompiledRule[] {
  const v = type.validation;
  const list = Array.isArray(v) ? v : v ? [v] : [];
  return list.filter((r): r is CompiledRule => typeof r === 'object' && r !== null && '_rules' in r);
}

/** Error-level rule specs with a flag (warnings are guidance for editors, not part of the model). */
function specs(type: StudioType, flag: string): RuleSpec[] {
  return rulesOf(type)
    .filter((r) => (r._level ?? 'error') === 'error')
    .flatMap((r) => r._rules.filter((s) => s.flag === flag));
}

const firstNumber = (type: StudioType, flag: string) => specs(type, flag).map((s) => s.constraint as number)[0];

function listValues(type: StudioType): string[] | undefined {
  return type.options?.list?.map((item) => (typeof item === 'string' ? item : item.value));
}

export function isRequiredInStudio(type: StudioType): boolean {
  return rulesOf(type).some((r) => r.isRequired());
}

function studioFields(fields: { name: string; type: StudioType }[] | undefined): Record<string, Field> {
  const result: Record<string, Field> = {};
  for (const field of fields ?? []) {
    if (field.name.startsWith('_')) continue;
    result[field.name] = { shape: describeStudio(field.type), required: isRequiredInStudio(field.type) };
  }
  return result;
}

export function describeStudio(type: StudioType): Shape {
  const names = chain(type);
  const has = (name: string) => names.includes(name);
  if (has('reference')) return { kind: 'reference', to: (type.to ?? []).map((t) => t.name), weak: Boolean(type.weak) };
  for (const kind of ['slug', 'geopoint', 'email', 'url', 'date', 'datetime'] as const) if (has(kind)) return { kind };
  if (has('block')) {
    const field = (name: string) => type.fields?.find((f) => f.name === name)?.type;
    const annotations: Record<string, Record<string, Field>> = {};
    for (const a of field('markDefs')?.of ?? []) annotations[a.name] = studioFields(a.fields);
    return {
      kind: 'block',
      styles: listValues(field('style')!) ?? [],
      lists: listValues(field('listItem')!) ?? [],
      annotations,
      decorators: (field('children')?.of?.[0]?.decorators ?? []).map((d) => d.value),
    };
  }
  switch (type.jsonType) {
    case 'string': {
      const values = listValues(type);
      if (values) return { kind: 'enum', values };
      const patterns = specs(type, 'regex').map((s) => String((s.constraint as { pattern: RegExp }).pattern));
      const max = firstNumber(type, 'max');
      const min = firstNumber(type, 'min');
      return { kind: 'string', patterns, ...(max !== undefined ? { max } : {}), ...(min !== undefined && min > 1 ? { min } : {}) };
    }
    case 'number': {
      const min = firstNumber(type, 'min');
      const max = firstNumber(type, 'max');
      return { kind: 'number', integer: specs(type, 'integer').length > 0, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'array': {
      if (type.of?.length !== 1) return { kind: 'unknown', detail: `array of ${type.of?.length ?? 0} member types` };
      // An array of strings with a list is Sanity's multiple-choice field: its values are the enum.
      const values = listValues(type);
      const of = values ? ({ kind: 'enum', values } as const) : describeStudio(type.of[0]!);
      const min = firstNumber(type, 'min');
      return { kind: 'array', of, ...(min !== undefined ? { min } : {}) };
    }
    case 'object':
      return { kind: 'object', fields: studioFields(type.fields) };
    default:
      return { kind: 'unknown', detail: `Studio ${names.join(' < ')}` };
  }
}

export function studioDocumentFields(type: StudioType): Record<string, Field> {
  return studioFields(type.fields);
}
