import { describe, expect, it } from 'vitest';
import { CorrectionForm, isLikelyBot, toCorrectionReport } from '../../../src/feedback/correction.ts';
import { parseDocument } from '../../../src/model/index.ts';

const valid = { subject: 'service-portage', whatIsWrong: 'The phone number has changed.' };

function errorsOf(input: unknown): Record<string, string> {
  const result = CorrectionForm.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe('the "Is this information correct?" form', () => {
  it('accepts a report with no contact details', () => {
    expect(CorrectionForm.parse({ ...valid, email: '' })).toMatchObject({ whatIsWrong: 'The phone number has changed.', email: undefined, consent: false });
  });

  it('accepts the empty optional fields as Astro hands them over (null)', () => {
    expect(CorrectionForm.parse({ ...valid, email: null, website: null })).toMatchObject({ email: undefined, consent: false });
  });

  it.each([
    [{ ...valid, whatIsWrong: '   ' }, 'whatIsWrong', 'Tell us what is wrong'],
    [{ subject: valid.subject }, 'whatIsWrong', 'Tell us what is wrong'],
    [{ ...valid, whatIsWrong: 'x'.repeat(2001) }, 'whatIsWrong', 'What is wrong must be 2000 characters or fewer'],
    [{ ...valid, email: 'not an email' }, 'email', 'Enter an email address in the correct format, like name@example.com'],
    [{ ...valid, email: 'jo@example.com' }, 'consent', 'Tick the box if we can contact you about your report, or remove your email address'],
    [{ ...valid, subject: '../../etc/passwd' }, 'subject', 'The page you are reporting could not be found'],
  ])('explains what to fix: %#', (input, field, message) => {
    expect(errorsOf(input)[field]).toBe(message);
  });

  it('keeps the email address only with consent, and the report is a valid document', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    const withConsent = toCorrectionReport(CorrectionForm.parse({ ...valid, email: 'jo@example.com', consent: true }), 'Portage', now, 'correctionReport-a');
    expect(withConsent).toMatchObject({ email: 'jo@example.com', consentToContact: true, status: 'new', subjectTitle: 'Portage' });
    expect(parseDocument(withConsent)).toEqual(withConsent);
    const anonymous = toCorrectionReport(CorrectionForm.parse(valid), 'Portage', now, 'correctionReport-b');
    expect(anonymous).not.toHaveProperty('email');
    expect(parseDocument(anonymous)._id).toBe('correctionReport-b');
  });

  it('spots the honeypot', () => {
    expect(isLikelyBot({ website: 'http://spam' })).toBe(true);
    expect(isLikelyBot({ website: '' })).toBe(false);
  });
});
