// POST /api/webhooks/sanity as a plain Request → Response function: verify the signature, refuse replays, then drop the
// caches the change affects and ask for a rebuild of the static pages. The Astro route only supplies the dependencies.
import { affectedBy, WebhookPayload, type Effect } from './payload.ts';
import type { InvalidationReport } from './invalidation.ts';
import type { ReplayGuard } from './replay.ts';
import { SIGNATURE_HEADER, verifySignature } from './signature.ts';

export interface WebhookDeps {
  /** SANITY_WEBHOOK_SECRET; without it every request is refused. */
  secret: string | undefined;
  replay: ReplayGuard;
  invalidate: (caches: Effect['caches']) => InvalidationReport;
  /** Record that prerendered pages must be rebuilt (see rebuild.ts); undefined when there is nowhere to record it. */
  requestRebuild?: (effect: Effect, documentId: string) => Promise<unknown>;
  now?: () => number;
  log?: (line: string) => void;
  /** Sanity's payloads here are a few hundred bytes (the projection); anything far bigger is not from it. */
  maxBodyBytes?: number;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });

const refuse = (status: number, error: string) => json(status, { ok: false, error });

export function createSanityWebhookHandler(deps: WebhookDeps): (request: Request) => Promise<Response> {
  const now = deps.now ?? Date.now;
  const log = deps.log ?? ((line: string) => console.info(line));
  const maxBodyBytes = deps.maxBodyBytes ?? 64 * 1024;

  return async (request) => {
    if (request.method !== 'POST') return json(405, { ok: false, error: 'use POST' }, { allow: 'POST' });
    if (!deps.secret) return refuse(503, 'webhooks are not set up on this site: set SANITY_WEBHOOK_SECRET to the secret of the Sanity webhook');

    const body = await request.text();
    if (Buffer.byteLength(body) > maxBodyBytes) return refuse(413, `the body is over ${maxBodyBytes} bytes: use the projection in docs/connect-to-sanity.md`);

    const check = verifySignature({ header: request.headers.get(SIGNATURE_HEADER), body, secret: deps.secret, now: now() });
    if (!check.ok) {
      log(`Sanity webhook refused (${check.status}): ${check.reason}`);
      return refuse(check.status, check.reason);
    }
    if (!deps.replay.claim(check.signature, check.timestamp, now())) {
      log('Sanity webhook refused (401): a replay of a request already accepted');
      return refuse(401, 'this signature was already used: a request is accepted once');
    }

    let payload: WebhookPayload;
    try {
      const parsed = WebhookPayload.safeParse(JSON.parse(body));
      if (!parsed.success) {
        deps.replay.release(check.signature);
        const fields = parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ');
        return refuse(400, `the body is not the expected projection (${fields}): see docs/connect-to-sanity.md`);
      }
      payload = parsed.data;
    } catch {
      deps.replay.release(check.signature);
      return refuse(400, 'the body is not JSON');
    }

    try {
      const effect = affectedBy(payload);
      const caches = deps.invalidate(effect.caches);
      const rebuild = effect.rebuild && deps.requestRebuild ? (await deps.requestRebuild(effect, payload._id), true) : false;
      log(`Sanity webhook: ${payload.operation ?? 'change'} ${payload._type} ${payload._id}; caches cleared: ${caches.cleared.join(', ') || 'none'}; rebuild ${rebuild ? 'requested' : 'not needed'}`);
      return json(200, {
        ok: true,
        document: { _id: payload._id, _type: payload._type, operation: payload.operation ?? null },
        caches,
        rebuild: { requested: rebuild, paths: effect.paths },
      });
    } catch (error) {
      // Let Sanity's retry through: this request did not take effect.
      deps.replay.release(check.signature);
      log(`Sanity webhook failed: ${(error as Error).message}`);
      return refuse(500, 'the change was received but could not be applied; Sanity will retry');
    }
  };
}
