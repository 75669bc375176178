// Publishing to the site: Sanity's signed webhooks, what a change affects, cache drops, rebuild requests and preview.
export { SIGNATURE_HEADER, MAX_AGE_MS, signBody, signatureHeader, verifySignature, type SignatureCheck } from './signature.ts';
export { ReplayGuard } from './replay.ts';
export { WebhookPayload, affectedBy, mergeEffects, CACHE_NAMES, type CacheName, type Effect } from './payload.ts';
export { registerCache, invalidateCaches, type InvalidationReport } from './invalidation.ts';
export { requestRebuild, readRebuildRequest, takeRebuildRequest, finishRebuild, markerPath, MARKER_NAME, type RebuildRequest } from './rebuild.ts';
export { createSanityWebhookHandler, type WebhookDeps } from './handler.ts';
export { checkPreviewAccess, previewCookie, previewSecretFrom, pickDraft, PreviewId, PREVIEW_COOKIE, sessionToken } from './preview.ts';
export { loadPreview, previewQuery, isPreviewKind, type PreviewKind } from './preview-source.ts';
