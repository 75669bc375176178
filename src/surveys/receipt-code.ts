// Receipt codes: what a respondent keeps to ask for their answers to be deleted. Derived, never stored; only a hash is.
import { createHash, createHmac } from 'node:crypto';
import { purposeKey } from './server-secret.ts';

/** Crockford's base 32: no I, L, O or U, so the code survives being read aloud or written down. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DATA_CHARS = 11;
const GROUP = 4;

/**
 * "K7QM-3XVA-9D2P": 11 characters (55 bits) from an HMAC of the submission id, then a check character, so a retried
 * post gets the same code back and a mistyped code is caught before the store is asked.
 */
export function receiptCodeFor(submissionId: string, secret: Uint8Array): string {
  const mac = createHmac('sha256', purposeKey(secret, 'receipt-code')).update(submissionId.toLowerCase()).digest();
  let bits = 0n;
  for (const byte of mac.subarray(0, 8)) bits = (bits << 8n) | BigInt(byte);
  const data: number[] = [];
  for (let i = 0; i < DATA_CHARS; i++) data.push(Number((bits >> BigInt(64 - 5 * (i + 1))) & 31n));
  return format([...data, checkDigit(data)]);
}

/** Odd weights modulo 32 catch any single wrong character, and most swaps of two neighbours. */
function checkDigit(data: number[]): number {
  return data.reduce((sum, d, i) => sum + d * (2 * i + 1), 0) % 32;
}

function format(digits: number[]): string {
  const chars = digits.map((d) => ALPHABET[d]).join('');
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += GROUP) groups.push(chars.slice(i, i + GROUP));
  return groups.join('-');
}

/**
 * A receipt code as typed: any case, spaces or dashes anywhere, O for 0 and I or L for 1. Undefined when it cannot
 * be a receipt code (wrong length, other characters, or the check character does not match).
 */
export function normaliseReceiptCode(input: string): string | undefined {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== DATA_CHARS + 1) return undefined;
  const digits = [...cleaned].map((c) => ALPHABET.indexOf(c));
  if (digits.some((d) => d < 0)) return undefined;
  if (checkDigit(digits.slice(0, DATA_CHARS)) !== digits[DATA_CHARS]) return undefined;
  return format(digits);
}

/** What the response stores: the SHA-256 of the normalised code, so the code itself is never kept. */
export function receiptHash(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}
