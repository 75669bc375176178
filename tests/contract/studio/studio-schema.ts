// Compiles the Studio's schema the way the Studio does (createSchema) from the schema that sanity.config.ts uses.
import { createSchema, type Schema } from 'sanity';
import config from '../../../studio/sanity.config.ts';
import type { StudioType } from './shapes.ts';

export interface SchemaProblem {
  path: string;
  severity: string;
  message: string;
}

const workspaces = Array.isArray(config) ? config : [config];

/** Every workspace's schema types; the contract holds only if they all use the same ones. */
export const workspaceSchemas = workspaces.map((w) => ({ name: w.name ?? 'default', dataset: w.dataset, types: (w.schema as { types: unknown[] }).types }));

type SchemaTypes = Parameters<typeof createSchema>[0]['types'];

export function compileTypes(types: SchemaTypes): { schema: Schema; problems: SchemaProblem[] } {
  const schema = createSchema({ name: 'contract', types });
  const problems = (schema._validation ?? []).flatMap((group) =>
    group.problems.map((p) => ({
      path: group.path.map((seg) => ('name' in seg && seg.name ? seg.name : seg.kind)).join(' / '),
      severity: p.severity,
      message: p.message,
    })),
  );
  return { schema, problems };
}

export function compileStudioSchema(): { schema: Schema; problems: SchemaProblem[] } {
  return compileTypes(workspaceSchemas[0]!.types as SchemaTypes);
}

export function studioType(schema: Schema, name: string): StudioType | undefined {
  return schema.get(name) as unknown as StudioType | undefined;
}
