// Draft preview for the comms team: /preview/{services|guides}/{id}?secret=… checks the preview secret, then keeps the
// session in a cookie that holds a keyed hash of the secret (never the secret itself), so the link can drop it.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

export const PREVIEW_COOKIE = 'send_preview';
/** A working day: long enough to review a batch of drafts, short enough that a shared device forgets. */
export const PREVIEW_COOKIE_SECONDS = 8 * 60 * 60;

/**
 * SANITY_PREVIEW_SECRET, validated like every other variable (at least 16 characters). Read here until src/config
 * carries it; an invalid value turns preview off rather than letting a weak secret in.
 */
export function previewSecretFrom(env: Record<string, string | undefined>): string | undefined {
  const parsed = z.string().trim().min(16).safeParse(env.SANITY_PREVIEW_SECRET ?? '');
  return parsed.success ? parsed.data : undefined;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export const sessionToken = (secret: string) => createHmac('sha256', secret).update('preview-session-v1').digest('base64url');

export type PreviewAccess = { ok: true; fromQuery: boolean } | { ok: false; status: 401 | 404; reason: string };

/** May this request see drafts? From `?secret=` (then set the cookie) or from the cookie. */
export function checkPreviewAccess(secret: string | undefined, query: string | null, cookie: string | undefined): PreviewAccess {
  if (!secret) return { ok: false, status: 404, reason: 'Preview is not set up on this site (SANITY_PREVIEW_SECRET is not set).' };
  if (query !== null && query !== '') {
    return sameText(query, secret) ? { ok: true, fromQuery: true } : { ok: false, status: 401, reason: 'That preview secret is not right.' };
  }
  if (cookie && sameText(cookie, sessionToken(secret))) return { ok: true, fromQuery: false };
  return { ok: false, status: 401, reason: 'Previews of unpublished changes need the preview secret.' };
}

export function previewCookie(secret: string, secure: boolean): string {
  return [
    `${PREVIEW_COOKIE}=${sessionToken(secret)}`,
    'Path=/preview',
    `Max-Age=${PREVIEW_COOKIE_SECONDS}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** Document ids as Sanity allows them, without the drafts prefix (the preview adds it). */
export const PreviewId = z.string().regex(/^[a-z0-9_-][a-z0-9_.-]{0,127}$/i).refine((id) => !id.startsWith('drafts.'));

/** The draft when there is one, else the published document. */
export function pickDraft<T extends { _id: string }>(docs: readonly T[], id: string): { doc: T; isDraft: boolean } | undefined {
  const draft = docs.find((d) => d._id === `drafts.${id}`);
  if (draft) return { doc: draft, isDraft: true };
  const published = docs.find((d) => d._id === id);
  return published ? { doc: published, isDraft: false } : undefined;
}
