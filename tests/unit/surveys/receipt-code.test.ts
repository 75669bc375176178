// Receipt codes: the same code for a retried submission, easy to type back, and never stored.
import { describe, expect, it } from 'vitest';
import { normaliseReceiptCode, receiptCodeFor, receiptHash } from '../../../src/surveys/index.ts';
import { SECRET, SUBMISSION_ID } from './fixtures.ts';

const CODE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

describe('a receipt code', () => {
  it('looks like "K7QM-3XVA-9D2P": three groups of four, without letters that look like numbers', () => {
    expect(receiptCodeFor(SUBMISSION_ID, SECRET)).toMatch(CODE);
  });

  it('is the same every time for one submission, whatever the case of its id', () => {
    expect(receiptCodeFor(SUBMISSION_ID, SECRET)).toBe(receiptCodeFor(SUBMISSION_ID.toUpperCase(), SECRET));
  });

  it('differs between submissions and between servers with different secrets', () => {
    const codes = new Set(Array.from({ length: 2000 }, (_, i) => receiptCodeFor(`${i}-${SUBMISSION_ID}`, SECRET)));
    expect(codes.size).toBe(2000);
    expect(receiptCodeFor(SUBMISSION_ID, Buffer.from('another secret that is long enough, 0123456789'))).not.toBe(
      receiptCodeFor(SUBMISSION_ID, SECRET),
    );
  });

  it('can be typed back in lower case, with spaces or without dashes, and with O for 0 and I or L for 1', () => {
    const code = receiptCodeFor(SUBMISSION_ID, SECRET);
    const sloppy = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(normaliseReceiptCode(sloppy)).toBe(code);
    expect(normaliseReceiptCode(code.replace(/-/g, ''))).toBe(code);
    expect(normaliseReceiptCode(` ${code} `)).toBe(code);
    expect(normaliseReceiptCode(code.replace(/-/g, '–'))).toBe(code);
  });

  it('is refused when a character is wrong, missing or extra', () => {
    const code = receiptCodeFor(SUBMISSION_ID, SECRET);
    const chars = code.replace(/-/g, '');
    for (let i = 0; i < chars.length; i++) {
      const other = chars[i] === 'A' ? 'B' : 'A';
      expect(normaliseReceiptCode(chars.slice(0, i) + other + chars.slice(i + 1)), `changed character ${i}`).toBeUndefined();
    }
    expect(normaliseReceiptCode(chars.slice(1))).toBeUndefined();
    expect(normaliseReceiptCode(chars + '7')).toBeUndefined();
    expect(normaliseReceiptCode('')).toBeUndefined();
    expect(normaliseReceiptCode('not a code!!')).toBeUndefined();
  });

  it('is kept only as a SHA-256 hash', () => {
    expect(receiptHash('ABCD-EFGH-JKMN')).toMatch(/^[a-f0-9]{64}$/);
    expect(receiptHash('ABCD-EFGH-JKMN')).not.toContain('ABCD');
  });
});
