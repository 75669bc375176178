// How an email leaves: through Resend when RESEND_API_KEY is set, into the on-disk outbox otherwise.
import { Resend } from 'resend';
import { z } from 'zod';
import type { EmailMessage } from './message.ts';
import { createOutboxTransport, type OutboxTransportOptions } from './outbox.ts';

export interface OutgoingEmail {
  key: string;
  from: string;
  message: EmailMessage;
}

export type DeliveryResult =
  | { ok: true; providerId: string }
  | {
      ok: false;
      /** True when sending the same request again cannot succeed (it is malformed); false when a retry may. */
      permanent: boolean;
      /** The HTTP status, or null when there was no answer (network, timeout). */
      status: number | null;
      error: string;
      /** How long the provider asked us to wait (Retry-After). */
      retryAfterMs?: number;
    };

export interface EmailTransport {
  readonly name: 'resend' | 'outbox';
  deliver(email: OutgoingEmail): Promise<DeliveryResult>;
}

// ---- Resend ---------------------------------------------------------------------------------------------------

/** Resend's error body, as its docs describe it and as the SDK hands it back (it never throws). */
export const ResendError = z.looseObject({
  name: z.string(),
  message: z.string(),
  statusCode: z.number().int().nullable(),
});
export type ResendError = z.infer<typeof ResendError>;

/** What `resend.emails.send` resolves to: `{ data: { id } }` or `{ error }`, one of them null. */
export const ResendSendReply = z.union([
  z.object({ data: z.looseObject({ id: z.string().min(1) }), error: z.null() }),
  z.object({ data: z.null(), error: ResendError }),
]);

/**
 * Errors where the request itself is wrong, so the same request can never succeed: 400 (validation_error,
 * invalid_idempotency_key), 413, 422 (missing_required_field, invalid_attachment…) and 409 invalid_idempotent_request.
 * Everything else is worth retrying: no answer, 429 (rate limit or quota), 5xx, 409 concurrent_idempotent_requests,
 * and 401/403/404, which mean a wrong key, an unverified domain or a wrong base URL: a person fixes the
 * configuration and the queued emails then go, rather than being given up on.
 */
export function isPermanentError(error: Pick<ResendError, 'name' | 'statusCode'>): boolean {
  if (error.statusCode === 409) return error.name === 'invalid_idempotent_request';
  return error.statusCode === 400 || error.statusCode === 413 || error.statusCode === 422;
}

/** Retry-After in seconds or as an HTTP date, in milliseconds from `now`. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export interface ResendTransportOptions {
  apiKey: string;
  /** Where Resend answers; the SDK's default (or RESEND_BASE_URL) when unset. */
  baseUrl?: string;
  /** Give up on one request after this long and retry later (default 30 s); the idempotency key makes that safe. */
  timeoutMs?: number;
}

export function createResendTransport(options: ResendTransportOptions): EmailTransport {
  // The SDK joins base and path as plain strings, so a trailing slash would make `//emails`.
  const baseUrl = options.baseUrl?.replace(/\/+$/, '');
  const resend = new Resend(options.apiKey, baseUrl ? { baseUrl } : undefined);
  const timeoutMs = options.timeoutMs ?? 30_000;
  return {
    name: 'resend',
    async deliver({ key, from, message }) {
      let reply: unknown;
      let headers: Record<string, string> | null = null;
      try {
        const response = await resend.emails.send(
          {
            from,
            to: message.to,
            subject: message.subject,
            text: message.text,
            html: message.html,
            ...(message.replyTo ? { replyTo: message.replyTo } : {}),
            ...(message.headers ? { headers: message.headers } : {}),
            ...(message.tags ? { tags: message.tags } : {}),
          },
          { idempotencyKey: key, signal: AbortSignal.timeout(timeoutMs) },
        );
        headers = response.headers;
        reply = { data: response.data, error: response.error };
      } catch (error) {
        // The SDK promises not to throw; if it ever does, treat it like no answer.
        return { ok: false, permanent: false, status: null, error: `resend SDK threw: ${error instanceof Error ? error.message : String(error)}` };
      }
      const parsed = ResendSendReply.safeParse(reply);
      if (!parsed.success) {
        return { ok: false, permanent: false, status: null, error: `unreadable reply from Resend: ${JSON.stringify(reply).slice(0, 300)}` };
      }
      if (parsed.data.data) return { ok: true, providerId: parsed.data.data.id };
      const error = parsed.data.error;
      const retryAfterMs = parseRetryAfter(headers?.['retry-after'], Date.now());
      return {
        ok: false,
        permanent: isPermanentError(error),
        status: error.statusCode,
        error: `${error.name}${error.statusCode === null ? '' : ` (${error.statusCode})`}: ${error.message}`,
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      };
    },
  };
}

// ---- Outbox ---------------------------------------------------------------------------------------------------

export { createOutboxTransport, type OutboxTransportOptions };
