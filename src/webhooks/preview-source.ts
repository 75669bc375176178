// Reading a service or guide for preview: with Sanity, the draft (read with the read token) or else the published
// document; with the embedded store, the published document (it keeps no drafts). Same projection as the live pages.
import { createClient } from '@sanity/client';
import { z } from 'zod';
import type { SanityConfig } from '../config/env.ts';
import { dropNulls } from '../queries/define.ts';
import { GuidePage, guidePagesQuery } from '../queries/guides.ts';
import { ServicePage, servicePagesQuery } from '../queries/local-offer.ts';
import type { ContentStore } from '../store/port.ts';
import { pickDraft } from './preview.ts';

export const PREVIEW_KINDS = {
  services: { type: 'service', groq: servicePagesQuery.groq, result: ServicePage },
  guides: { type: 'guide', groq: guidePagesQuery.groq, result: GuidePage },
} as const;
export type PreviewKind = keyof typeof PREVIEW_KINDS;

export const isPreviewKind = (value: string | undefined): value is PreviewKind => value === 'services' || value === 'guides';

/** The page query narrowed to one document and its draft: `*[_type == "service"] {…}` → `*[… && _id in […]] {…}`. */
export function previewQuery(kind: PreviewKind): string {
  const { type, groq } = PREVIEW_KINDS[kind];
  const head = new RegExp(`^\\s*\\*\\[_type == "${type}"\\](\\s*\\|\\s*order\\([^)]*\\))?`);
  if (!head.test(groq)) throw new Error(`the ${type} page query no longer starts with *[_type == "${type}"]: update previewQuery`);
  return groq.replace(head, `*[_type == "${type}" && _id in [$id, "drafts." + $id]]`);
}

export type PreviewResult<K extends PreviewKind> = { doc: z.infer<(typeof PREVIEW_KINDS)[K]['result']>; isDraft: boolean; source: 'sanity' | 'embedded' };

export async function loadPreview<K extends PreviewKind>(
  kind: K,
  id: string,
  source: { sanity?: SanityConfig; store: () => Promise<ContentStore> },
): Promise<PreviewResult<K> | undefined> {
  const query = previewQuery(kind);
  const schema = z.array(PREVIEW_KINDS[kind].result);
  let raw: unknown;
  if (source.sanity) {
    const { projectId, dataset, apiVersion, readToken, writeToken, apiHost } = source.sanity;
    const client = createClient({
      projectId,
      dataset,
      apiVersion,
      token: readToken ?? writeToken,
      useCdn: false,
      // Raw: drafts and published documents side by side; the draft is chosen below.
      perspective: 'raw',
      ...(apiHost ? { apiHost, useProjectHostname: false } : {}),
    });
    raw = await client.fetch(query, { id });
  } else {
    raw = await (await source.store()).query(query, { id });
  }
  const docs = schema.parse(dropNulls(raw)) as z.infer<(typeof PREVIEW_KINDS)[K]['result']>[];
  const picked = pickDraft(docs, id);
  return picked ? { ...picked, source: source.sanity ? 'sanity' : 'embedded' } : undefined;
}
