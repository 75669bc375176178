import { describe, expect, it } from 'vitest';
import { isUuid, orukId, ORUK_NAMESPACE, uuidV5 } from '../../../src/oruk/uuid.ts';

describe('name-based UUIDs (version 5)', () => {
  it('matches the RFC 9562 example: "www.example.com" in the DNS namespace', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('sets the version (5) and variant (10xx) bits', () => {
    for (const name of ['a', 'service-speech', 'ü-☃', '']) {
      const id = uuidV5(name, ORUK_NAMESPACE);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('x', 'not-a-uuid')).toThrow('"not-a-uuid" is not a UUID');
  });
});

describe('ORUK ids from Sanity ids', () => {
  it('never change: the same _id gives the same id in every build', () => {
    // Pinned: if this fails, every consumer of the API would see every record as new.
    expect(ORUK_NAMESPACE).toBe('4e91ede8-599f-472c-a241-f768d5dd28de');
    expect(orukId('service-accessible-adventure-days')).toBe('ee30f369-2679-58ef-9661-10f73cfdef68');
    expect(orukId('service-accessible-adventure-days')).toBe(orukId('service-accessible-adventure-days'));
  });

  it('gives a draft the id of the published document', () => {
    expect(orukId('drafts.service-speech')).toBe(orukId('service-speech'));
  });

  it('gives each part of a document its own id, different from the document and from other parts', () => {
    const ids = [
      orukId('service-speech'),
      orukId('service-speech', 'location', 'clinic'),
      orukId('service-speech', 'service-at-location', 'clinic'),
      orukId('service-speech', 'location', 'hub'),
      orukId('service-other', 'location', 'clinic'),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('recognises UUIDs in either case', () => {
    expect(isUuid('EE30F369-2679-58EF-9661-10F73CFDEF68')).toBe(true);
    expect(isUuid('ee30f369-2679-58ef-9661-10f73cfdef6')).toBe(false);
    expect(isUuid('service-speech')).toBe(false);
  });
});
