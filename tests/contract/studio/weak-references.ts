// Finds references stored without `_weak: true` where the Studio declares the field weak (it points across datasets).
import type { StudioType } from './shapes.ts';

function names(type: StudioType | undefined): string[] {
  const out: string[] = [];
  for (let t = type; t; t = t.type) out.push(t.name);
  return out;
}

export function strongWhereWeak(type: StudioType, value: unknown, path = ''): string[] {
  if (value === null || value === undefined) return [];
  if (names(type).includes('reference')) {
    return type.weak && (value as { _weak?: unknown })._weak !== true ? [path || '(document)'] : [];
  }
  if (type.jsonType === 'array' && Array.isArray(value)) {
    return value.flatMap((item: unknown) => {
      const itemType = (item as { _type?: string })?._type;
      const member = type.of?.length === 1 ? type.of[0] : type.of?.find((t) => t.name === itemType);
      return member ? strongWhereWeak(member, item, `${path}[]`) : [];
    });
  }
  if (type.jsonType === 'object' && typeof value === 'object') {
    return (type.fields ?? []).flatMap((f) =>
      strongWhereWeak(f.type, (value as Record<string, unknown>)[f.name], path ? `${path}.${f.name}` : f.name),
    );
  }
  return [];
}
