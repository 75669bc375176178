// The journal's record format: one line per transaction, `<crc32 hex> <json>\n`, so a torn or flipped record is detectable.
import { crc32 } from 'node:zlib';
import type { Doc } from './dataset-index.ts';

/** A transaction: documents to store (whole) and ids to delete, applied together or not at all. */
export type JournalOp = { put: Doc } | { del: string };

export function encodeRecord(ops: readonly JournalOp[]): Buffer {
  const json = Buffer.from(JSON.stringify(ops));
  const sum = crc32(json).toString(16).padStart(8, '0');
  return Buffer.concat([Buffer.from(`${sum} `), json, Buffer.from('\n')]);
}

const NEWLINE = 0x0a;

/** Decode one line (without its newline); null when the checksum or JSON does not hold. */
function decodeLine(line: Buffer): JournalOp[] | null {
  if (line.length < 10 || line[8] !== 0x20) return null;
  const sum = line.subarray(0, 8).toString('latin1');
  if (!/^[0-9a-f]{8}$/.test(sum)) return null;
  const json = line.subarray(9);
  if (crc32(json).toString(16).padStart(8, '0') !== sum) return null;
  try {
    const ops = JSON.parse(json.toString('utf8')) as unknown;
    return Array.isArray(ops) ? (ops as JournalOp[]) : null;
  } catch {
    return null;
  }
}

export interface DecodedJournal {
  transactions: JournalOp[][];
  /** Bytes up to the end of the last good record: where the file should end. */
  goodBytes: number;
  /** The first bad record, if any: its 1-based line, and whether any good record follows it. */
  bad?: { line: number; offset: number; goodRecordsAfter: boolean };
}

/**
 * Read records until the first bad one. A crash while appending can only damage the end of the file (one write at a
 * time, each fsynced before the next starts), so a bad record with nothing good after it is a torn tail to cut off;
 * a bad record with good ones after it is damage from elsewhere, which the caller must not silently discard.
 */
export function decodeJournal(buf: Buffer): DecodedJournal {
  const transactions: JournalOp[][] = [];
  let offset = 0;
  let line = 1;
  while (offset < buf.length) {
    const end = buf.indexOf(NEWLINE, offset);
    const ops = end === -1 ? null : decodeLine(buf.subarray(offset, end));
    if (!ops) {
      return { transactions, goodBytes: offset, bad: { line, offset, goodRecordsAfter: end !== -1 && anyGoodAfter(buf, end + 1) } };
    }
    transactions.push(ops);
    offset = end + 1;
    line++;
  }
  return { transactions, goodBytes: offset };
}

function anyGoodAfter(buf: Buffer, from: number): boolean {
  let offset = from;
  while (offset < buf.length) {
    const end = buf.indexOf(NEWLINE, offset);
    if (end === -1) return false;
    if (decodeLine(buf.subarray(offset, end))) return true;
    offset = end + 1;
  }
  return false;
}
