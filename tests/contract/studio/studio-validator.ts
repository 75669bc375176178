// Runs the Studio's own validation rules (@sanity/validation) on documents, with a real @sanity/client talking to
// the loopback Sanity double for the rules that query (slug uniqueness, provider lookups).
import { createClient, type SanityClient, type SanityDocument } from '@sanity/client';
import { validateDocument, validateDocumentWithWorkspace, type DocumentValidationMarker } from '@sanity/validation';
// The English validation messages the Studio uses; the public API only builds them inside validateDocument().
import { getFallbackLocaleSource } from '@sanity/validation/_internal';
import type { Schema } from 'sanity';
import { startSanityDouble, type SanityDouble } from '../../doubles/sanity-server.ts';

export interface StudioValidator {
  /** Markers for a document validated as if it were stored in `dataset`. */
  validate(document: Record<string, unknown>, dataset: string): Promise<DocumentValidationMarker[]>;
  close(): Promise<void>;
}

const isPublishedId = (id: string) => !id.startsWith('drafts.') && !id.startsWith('versions.');

export async function startStudioValidator(schema: Schema, datasets: Record<string, readonly Record<string, unknown>[]>): Promise<StudioValidator> {
  const double: SanityDouble = await startSanityDouble({ documents: datasets });
  const clients = new Map<string, SanityClient>();
  const clientFor = (dataset: string) => {
    let client = clients.get(dataset);
    if (!client) {
      client = createClient({ projectId: 'dummy', dataset, apiHost: double.url, useProjectHostname: false, apiVersion: '2025-02-19', useCdn: false });
      clients.set(dataset, client);
    }
    return client;
  };
  // Reference checks ask "is the target published in this dataset?". Sanity's default batches calls to the doc
  // endpoint every 250 ms per document; for a whole dataset its docs suggest answering from a list of ids instead.
  const published = new Map(
    Object.entries(datasets).map(([name, docs]) => [name, new Set(docs.map((d) => String(d._id)).filter(isPublishedId))]),
  );
  return {
    async validate(document, dataset) {
      const client = clientFor(dataset);
      const getDocumentExists = async ({ id }: { id: string }) => published.get(dataset)?.has(id) ?? false;
      const doc = document as SanityDocument;
      // What editors see: the Studio environment. (validateDocument() runs as the CLI, which in sanity 6.16 turns
      // every rule on an object-valued field — slugs, objects, geopoints — into a warning.)
      const studio = await validateDocumentWithWorkspace({
        document: doc,
        workspace: { schema, getClient: ({ apiVersion }) => client.withConfig({ apiVersion }), i18n: getFallbackLocaleSource() },
        getDocumentExists,
        environment: 'studio',
      });
      // Only the CLI environment reports fields the schema does not know, so take those from it.
      const cli = await validateDocument({ document: doc, schema, client, getDocumentExists });
      return [...studio, ...cli.markers.filter((m) => m.code === 'object.unknown-field')];
    },
    close: () => double.close(),
  };
}

/** `contacts[].email` style paths: array items by position, whatever their key. */
export function markerPath(marker: DocumentValidationMarker): string {
  return marker.path.reduce<string>((acc, seg) => {
    if (typeof seg === 'string') return acc ? `${acc}.${seg}` : seg;
    return `${acc}[]`;
  }, '');
}

export function describeMarker(marker: DocumentValidationMarker): string {
  return `${markerPath(marker) || '(document)'}: ${marker.message} [${marker.level}, ${marker.code}]`;
}
