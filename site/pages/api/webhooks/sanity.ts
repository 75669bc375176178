// POST /api/webhooks/sanity: Sanity calls this when content is published. The logic is in src/webhooks/handler.ts.
import type { APIRoute } from 'astro';
import { createSanityWebhookHandler } from '../../../../src/webhooks/handler.ts';
import { invalidateCaches } from '../../../../src/webhooks/invalidation.ts';
import { requestRebuild } from '../../../../src/webhooks/rebuild.ts';
import { ReplayGuard } from '../../../../src/webhooks/replay.ts';
import { getConfig } from '../../../lib/config.ts';

export const prerender = false;

// One guard per server process: replays reaching the same process are refused (see src/webhooks/replay.ts).
const replay = new ReplayGuard();

let handler: ((request: Request) => Promise<Response>) | undefined;

function webhookHandler() {
  handler ??= createSanityWebhookHandler({
    secret: getConfig().sanity?.webhookSecret,
    replay,
    invalidate: invalidateCaches,
    requestRebuild: (effect, documentId) => requestRebuild(getConfig().dataDir, effect, documentId, new Date()),
  });
  return handler;
}

export const POST: APIRoute = ({ request }) => webhookHandler()(request);

export const ALL: APIRoute = ({ request }) => webhookHandler()(request);
