// Stable ORUK ids: a name-based UUID (version 5, RFC 9562) from each Sanity `_id`, so ids never change between builds.
import { createHash } from 'node:crypto';

/** This portal's own namespace: fixed forever, so the same `_id` always gives the same ORUK id. */
export const ORUK_NAMESPACE = '4e91ede8-599f-472c-a241-f768d5dd28de';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

function uuidBytes(uuid: string): Buffer {
  if (!isUuid(uuid)) throw new Error(`"${uuid}" is not a UUID`);
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

/** UUID version 5: SHA-1 of the namespace's 16 bytes and the name's UTF-8, with the version and variant bits set. */
export function uuidV5(name: string, namespace: string): string {
  const hash = createHash('sha1').update(uuidBytes(namespace)).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The ORUK id of a document (`orukId("service-x")`) or of a part of one (`orukId("service-x", "location", key)`).
 * Parts are joined with "#", which a Sanity id cannot contain, so a part never collides with a document.
 */
export function orukId(documentId: string, ...part: string[]): string {
  const published = documentId.startsWith('drafts.') ? documentId.slice('drafts.'.length) : documentId;
  return uuidV5(part.length ? `${published}#${part.join(':')}` : published, ORUK_NAMESPACE);
}
