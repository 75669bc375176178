import { describe, expect, it } from 'vitest';
import { PageFeedback } from '../../../src/model/index.ts';
import { receiptCodeFor } from '../../../src/surveys/index.ts';
import { PageFeedbackForm, safeReturnPath, toPageFeedback } from '../../../src/feedback/page-feedback.ts';
import { DeleteResponseForm } from '../../../src/surveys/delete-form.ts';

describe('"Is this page useful?"', () => {
  it('accepts yes or no with the empty fields as Astro hands them over', () => {
    expect(PageFeedbackForm.parse({ path: '/local-offer/', useful: 'yes', whatWasWrong: undefined, website: undefined })).toEqual({
      path: '/local-offer/',
      useful: 'yes',
    });
    expect(PageFeedbackForm.parse({ path: '/', useful: 'no', whatWasWrong: '  ' }).whatWasWrong).toBeUndefined();
  });

  it.each([
    [{ path: '/', useful: 'maybe' }, 'useful'],
    [{ path: '//evil.example/', useful: 'yes' }, 'path'],
    [{ path: 'https://evil.example/', useful: 'yes' }, 'path'],
    [{ path: '/search/?q=my+sons+name', useful: 'yes' }, 'path'],
    [{ path: '/', useful: 'no', whatWasWrong: 'x'.repeat(1001) }, 'whatWasWrong'],
  ])('refuses %j', (input, field) => {
    const result = PageFeedbackForm.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });

  it('stores no personal details: the text is scrubbed and only the path is kept', () => {
    const form = PageFeedbackForm.parse({ path: '/guides/', useful: 'no', whatWasWrong: 'Wrong number. Ring Sam Jones on 07700 900123 or sam@example.com' });
    const stored = PageFeedback.parse(toPageFeedback(form, new Date('2026-11-23T10:00:00Z'), 'pageFeedback-test'));
    expect(stored).toMatchObject({ path: '/guides/', useful: false, createdAt: '2026-11-23T10:00:00.000Z' });
    expect(stored.whatWasWrong).toContain('Wrong number.');
    expect(stored.whatWasWrong).not.toMatch(/07700|sam@example\.com/);
  });

  it('sends people back only to a page on this site', () => {
    expect(safeReturnPath('/search/?q=speech', '/')).toBe('/search/?q=speech');
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '/ok#frag', 42]) {
      expect(safeReturnPath(bad, '/fallback/')).toBe('/fallback/');
    }
  });
});

describe('deleting answers with a receipt code', () => {
  const code = receiptCodeFor('0b8f2c5e-7d1a-4c3b-9e6f-5a4d3c2b1a09', Buffer.alloc(32, 7));

  it('accepts the code however it is typed', () => {
    expect(DeleteResponseForm.parse({ receiptCode: ` ${code.toLowerCase().replaceAll('-', ' ')} ` }).receiptCode).toBe(code);
  });

  it.each([
    [null, 'Enter your receipt code'],
    ['', 'Enter your receipt code'],
    ['ABCD', 'Enter the receipt code exactly as it was shown, like K7QM-3XVA-9D2P'],
    ['x'.repeat(41), 'Enter the receipt code exactly as it was shown, like K7QM-3XVA-9D2P'],
  ])('explains what is wrong with %j', (receiptCode, message) => {
    expect(DeleteResponseForm.safeParse({ receiptCode }).error?.issues[0]?.message).toBe(message);
  });

  it('catches a mistyped character with the check character', () => {
    const typo = code.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expect(DeleteResponseForm.safeParse({ receiptCode: typo }).success).toBe(false);
  });
});
