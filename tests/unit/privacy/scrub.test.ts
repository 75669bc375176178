// The scrubber on what families actually write: personal details out, service names and ordinary words left alone.
import { describe, expect, it } from 'vitest';
import { scrubPersonalData } from '../../../src/privacy/scrub.ts';
import {
  MISSING_SERVICES,
  PARENT_CHANGE,
  PARENT_WORKING_WELL,
  REJECTED_COMMENTS,
  WOULD_LIKE_TO_DO,
  YOUNG_PERSON_CHANGE,
} from '../../../content/generator/comments.ts';
import { REDACTED, UNCHANGED } from './scrub-corpus.ts';

describe('personal details are removed', () => {
  it('from at least 60 realistic comments', () => {
    expect(REDACTED.length).toBeGreaterThanOrEqual(60);
  });

  it.each(REDACTED)('%s', (input, expected) => {
    expect(scrubPersonalData(input).text).toBe(expected);
  });
});

describe('ordinary words, services and dates that are not birthdays are left alone', () => {
  it.each(UNCHANGED)('%s', (input) => {
    expect(scrubPersonalData(input)).toEqual({ text: input, redactions: [] });
  });

  it('in every comment of the sample dataset, which has no personal details', () => {
    const banks = [PARENT_WORKING_WELL, PARENT_CHANGE, YOUNG_PERSON_CHANGE].flatMap((bank) => Object.values(bank).flat());
    const all = [...banks, ...MISSING_SERVICES, ...WOULD_LIKE_TO_DO, ...REJECTED_COMMENTS];
    expect(all.length).toBeGreaterThan(100);
    const changed = all.filter((text) => scrubPersonalData(text).text !== text);
    expect(changed).toEqual([]);
  });
});

describe('what the scrubber reports', () => {
  it('lists one entry per redaction, by kind, and never the removed text', () => {
    const { redactions } = scrubPersonalData('My son Jake and my daughter Mia. Call 07700 900123 or 07700 900124, WM4 2AB.');
    expect([...redactions].sort()).toEqual(['name', 'name', 'phone', 'phone', 'postcode']);
  });

  it('leaves text alone twice over: scrubbing scrubbed text changes nothing', () => {
    for (const [, expected] of REDACTED) expect(scrubPersonalData(expected).text).toBe(expected);
  });

  it('copes with empty and very long text', () => {
    expect(scrubPersonalData('')).toEqual({ text: '', redactions: [] });
    const long = 'We waited a long time. '.repeat(400);
    expect(scrubPersonalData(long).text).toBe(long);
  });
});
