// Lists every disagreement between a zod shape and a Studio shape, naming the field path and what each side says.
import type { Field, Shape } from './shapes.ts';

export interface Disagreement {
  path: string;
  message: string;
}

function describe(shape: Shape): string {
  switch (shape.kind) {
    case 'enum':
      return `one of [${shape.values.join(', ')}]`;
    case 'reference':
      return `a reference to ${shape.to.join(' or ')}`;
    case 'array':
      return `an array of ${describe(shape.of)}`;
    case 'unknown':
      return shape.detail;
    default:
      return shape.kind;
  }
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
const only = (a: readonly string[], b: readonly string[]) => a.filter((x) => !b.includes(x));

/**
 * Kinds that stand for each other. A zod string may be a Studio `string` or `text` (both described as string);
 * a zod string with a pattern may be a Studio `url` whose uri rule does the checking (Portable Text link hrefs).
 */
function kindsAgree(zod: Shape, studio: Shape): boolean {
  if (zod.kind === studio.kind) return true;
  return zod.kind === 'string' && studio.kind === 'url' && zod.patterns.length > 0;
}

function compareNumbers(path: string, what: string, zod: number | undefined, studio: number | undefined, out: Disagreement[]) {
  if (zod !== studio) out.push({ path, message: `${what}: zod says ${zod ?? 'none'}, the Studio says ${studio ?? 'none'}` });
}

export function compareFields(path: string, zod: Record<string, Field>, studio: Record<string, Field>, out: Disagreement[] = []) {
  for (const name of new Set([...Object.keys(zod), ...Object.keys(studio)])) {
    const at = path ? `${path}.${name}` : name;
    const z = zod[name];
    const s = studio[name];
    if (!s) out.push({ path: at, message: 'only in the zod model' });
    else if (!z) out.push({ path: at, message: 'only in the Studio schema' });
    else {
      if (z.required !== s.required) {
        out.push({ path: at, message: z.required ? 'required in zod but optional in the Studio' : 'optional in zod but required in the Studio' });
      }
      compareShapes(at, z.shape, s.shape, out);
    }
  }
  return out;
}

export function compareShapes(path: string, zod: Shape, studio: Shape, out: Disagreement[] = []): Disagreement[] {
  if (!kindsAgree(zod, studio)) {
    out.push({ path, message: `zod says ${describe(zod)}, the Studio says ${describe(studio)}` });
    return out;
  }
  switch (zod.kind) {
    case 'string': {
      if (studio.kind !== 'string') break; // a url standing for a patterned string: the uri rule replaces the pattern
      if (!sameSet(zod.patterns, studio.patterns)) {
        out.push({ path, message: `patterns differ: zod ${zod.patterns.join(' ') || 'none'}, the Studio ${studio.patterns.join(' ') || 'none'}` });
      }
      compareNumbers(path, 'most characters', zod.max, studio.max, out);
      compareNumbers(path, 'fewest characters', zod.min, studio.min, out);
      break;
    }
    case 'number': {
      const s = studio as typeof zod;
      if (zod.integer !== s.integer) out.push({ path, message: zod.integer ? 'an integer in zod, any number in the Studio' : 'any number in zod, an integer in the Studio' });
      compareNumbers(path, 'minimum', zod.min, s.min, out);
      compareNumbers(path, 'maximum', zod.max, s.max, out);
      break;
    }
    case 'enum': {
      const s = studio as typeof zod;
      if (!sameSet(zod.values, s.values)) {
        out.push({ path, message: `options differ: only in zod [${only(zod.values, s.values).join(', ')}], only in the Studio [${only(s.values, zod.values).join(', ')}]` });
      }
      break;
    }
    case 'reference': {
      const s = studio as typeof zod;
      if (!sameSet(zod.to, s.to)) out.push({ path, message: `reference targets differ: zod ${zod.to.join(', ')}, the Studio ${s.to.join(', ')}` });
      break;
    }
    case 'array': {
      const s = studio as typeof zod;
      compareNumbers(path, 'fewest items', zod.min, s.min, out);
      compareShapes(`${path}[]`, zod.of, s.of, out);
      break;
    }
    case 'object':
      compareFields(path, zod.fields, (studio as typeof zod).fields, out);
      break;
    case 'block': {
      const s = studio as typeof zod;
      if (!sameSet(zod.styles, s.styles)) out.push({ path, message: `block styles differ: zod ${zod.styles.join(', ')}, the Studio ${s.styles.join(', ')}` });
      if (!sameSet(zod.lists, s.lists)) out.push({ path, message: `list types differ: zod ${zod.lists.join(', ')}, the Studio ${s.lists.join(', ')}` });
      for (const name of new Set([...Object.keys(zod.annotations), ...Object.keys(s.annotations)])) {
        const z = zod.annotations[name];
        const st = s.annotations[name];
        if (!z || !st) out.push({ path: `${path}.markDefs.${name}`, message: `annotation only in ${z ? 'the zod model' : 'the Studio schema'}` });
        else compareFields(`${path}.markDefs.${name}`, z, st, out);
      }
      break;
    }
    default:
      break;
  }
  return out;
}
