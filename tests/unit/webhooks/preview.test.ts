// Preview access: the secret in the link once, then a cookie holding a keyed hash of it; the draft wins over published.
import { describe, expect, it } from 'vitest';
import { checkPreviewAccess, pickDraft, previewCookie, previewSecretFrom, PreviewId, sessionToken } from '../../../src/webhooks/preview.ts';

const SECRET = 'preview-secret-for-tests-0123';

describe('preview access', () => {
  it('is off (404) without a secret configured, and a short secret does not count', () => {
    expect(checkPreviewAccess(undefined, SECRET, undefined)).toMatchObject({ ok: false, status: 404 });
    expect(previewSecretFrom({ SANITY_PREVIEW_SECRET: 'short' })).toBeUndefined();
    expect(previewSecretFrom({ SANITY_PREVIEW_SECRET: ` ${SECRET} ` })).toBe(SECRET);
  });

  it('needs the secret (401) and accepts it from the link or the session cookie', () => {
    expect(checkPreviewAccess(SECRET, null, undefined)).toMatchObject({ ok: false, status: 401 });
    expect(checkPreviewAccess(SECRET, 'wrong', undefined)).toMatchObject({ ok: false, status: 401, reason: 'That preview secret is not right.' });
    expect(checkPreviewAccess(SECRET, SECRET, undefined)).toEqual({ ok: true, fromQuery: true });
    expect(checkPreviewAccess(SECRET, null, sessionToken(SECRET))).toEqual({ ok: true, fromQuery: false });
    expect(checkPreviewAccess(SECRET, null, SECRET)).toMatchObject({ ok: false });
  });

  it('sets an HttpOnly, SameSite=Strict cookie scoped to /preview that never contains the secret', () => {
    const cookie = previewCookie(SECRET, true);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/preview');
    expect(cookie).toContain('Secure');
    expect(cookie).not.toContain(SECRET);
  });
});

describe('choosing what to show', () => {
  it('prefers the draft, then the published document', () => {
    const docs = [{ _id: 'svc-1', v: 'published' }, { _id: 'drafts.svc-1', v: 'draft' }];
    expect(pickDraft(docs, 'svc-1')).toEqual({ doc: docs[1], isDraft: true });
    expect(pickDraft([docs[0]!], 'svc-1')).toEqual({ doc: docs[0], isDraft: false });
    expect(pickDraft([], 'svc-1')).toBeUndefined();
  });

  it('accepts only plain document ids', () => {
    expect(PreviewId.safeParse('service-speech-therapy').success).toBe(true);
    expect(PreviewId.safeParse('drafts.service-x').success).toBe(false);
    expect(PreviewId.safeParse('../etc').success).toBe(false);
  });
});
