// What one email is (the EmailMessage schema) and the key that makes sending it idempotent.
import { z } from 'zod';

/** No CR or LF: a value that becomes a header line must not be able to start another header. */
const oneLine = /^[^\r\n]*$/;

export const EmailAddress = z.email('must be an email address such as name@example.com');

/** "Local Offer <localoffer@example.gov.uk>" or a bare address: the sender, fixed when the email is queued. */
export const FromAddress = z
  .string()
  .regex(/^(?:[^<>\r\n]+<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, 'must be an address such as "Local Offer <localoffer@example.gov.uk>"');

const Addresses = z
  .union([EmailAddress, z.array(EmailAddress).min(1, 'needs at least one address').max(50, 'Resend takes at most 50 recipients')])
  .transform((v) => (Array.isArray(v) ? v : [v]));

/**
 * The key that names one logical email, such as `correction-report:<id>:comms`. The same key is never sent twice, even
 * across restarts: the mailer records it before sending and Resend honours it (as `Idempotency-Key`) for 24 hours.
 */
export const IdempotencyKey = z
  .string()
  .regex(/^[\x21-\x7e]{1,256}$/, 'must be 1 to 256 printable ASCII characters with no spaces, such as "correction-report:abc:comms"');
export type IdempotencyKey = z.infer<typeof IdempotencyKey>;

/** Resend's rule for tag names and values. */
const TagText = z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, 'must be letters, digits, "_" or "-" (at most 256)');

export const EmailMessage = z.object({
  to: Addresses,
  subject: z.string().trim().min(1, 'must not be empty').max(998).regex(oneLine, 'must be one line'),
  /** The plain-text body: every email has one, for people whose mail shows text only. */
  text: z.string().min(1, 'must not be empty'),
  html: z.string().min(1, 'must not be empty'),
  replyTo: Addresses.optional(),
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post for newsletters. */
  headers: z
    .record(
      z.string().regex(/^[A-Za-z0-9-]{1,76}$/, 'must be a header name such as List-Unsubscribe'),
      z.string().max(2000).regex(oneLine, 'must be one line'),
    )
    .optional(),
  tags: z.array(z.object({ name: TagText, value: TagText })).max(20).optional(),
});
/** A parsed message: `to` and `replyTo` are always arrays. */
export type EmailMessage = z.infer<typeof EmailMessage>;
/** What a caller may pass: one address or several. */
export type EmailMessageInput = z.input<typeof EmailMessage>;

/** A rendered template: everything but the envelope. */
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}
