// Small facts about stored documents that both adapters share: which ids are published, where a type is stored.
import { randomBytes } from 'node:crypto';
import { PRIVATE_TYPES, type AnyDocument, type DocumentType } from '../model/index.ts';
import type { DatasetName } from './port.ts';

/** Drafts and release versions are never served: the site shows published content only. */
export function isPublishedId(id: string): boolean {
  return !id.startsWith('drafts.') && !id.startsWith('versions.');
}

/** Feedback that families send lives in the private dataset; everything else is public content. */
export function datasetForType(type: string): DatasetName {
  return PRIVATE_TYPES.has(type as DocumentType) ? 'feedback' : 'content';
}

/** A random revision id, the same alphabet and length as Sanity's. */
export function newRevision(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(22);
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}

const SYSTEM_FIELDS = new Set(['_rev', '_createdAt', '_updatedAt']);

/** The document without the fields the store stamps, to compare what two writes meant to store. */
export function withoutSystemFields(doc: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([k]) => !SYSTEM_FIELDS.has(k)));
}

/** Deep equality for JSON values (key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => jsonEqual(v, bb[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Stored documents are shared with every query result, so they are frozen: a caller cannot change the store by accident. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export type StoredDocument = AnyDocument & { _rev: string; _createdAt: string; _updatedAt: string };

/** Seed documents may lack system fields: give them the ones a stored document always has, the same on every start. */
export function withSeedStamps<T extends { _id: string; _type: string }>(doc: T, stamp: string): T & { _rev: string; _createdAt: string; _updatedAt: string } {
  const d = doc as T & { _rev?: string; _createdAt?: string; _updatedAt?: string };
  return { ...doc, _rev: d._rev ?? 'seed', _createdAt: d._createdAt ?? stamp, _updatedAt: d._updatedAt ?? d._createdAt ?? stamp };
}
