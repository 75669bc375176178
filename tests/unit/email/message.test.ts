import { describe, expect, it } from 'vitest';
import { EmailMessage, IdempotencyKey } from '../../../src/email/message.ts';

const valid = { to: 'comms@example.gov.uk', subject: 'Hello', text: 'Hi', html: '<p>Hi</p>' };

describe('EmailMessage', () => {
  it('takes one address or several, and always gives a list', () => {
    expect(EmailMessage.parse(valid).to).toEqual(['comms@example.gov.uk']);
    expect(EmailMessage.parse({ ...valid, to: ['a@example.com', 'b@example.com'] }).to).toHaveLength(2);
  });

  it.each([
    [{ ...valid, to: [] }, 'to'],
    [{ ...valid, to: 'not an address' }, 'to'],
    [{ ...valid, subject: 'Hello\r\nBcc: everyone@example.com' }, 'subject'],
    [{ ...valid, text: '' }, 'text'],
    [{ ...valid, headers: { 'List-Unsubscribe': '<https://x>\r\nBcc: y' } }, 'headers'],
    [{ ...valid, headers: { 'Bad Header': 'x' } }, 'headers'],
    [{ ...valid, tags: [{ name: 'has space', value: 'x' }] }, 'tags'],
  ])('refuses what cannot be sent safely: %#', (input, field) => {
    const result = EmailMessage.safeParse(input);
    expect(result.success).toBe(false);
    expect(String(result.error?.issues[0]?.path[0])).toBe(field);
  });

  it('carries List-Unsubscribe headers for newsletters', () => {
    const headers = { 'List-Unsubscribe': '<https://example.gov.uk/unsubscribe?t=abc>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
    expect(EmailMessage.parse({ ...valid, headers }).headers).toEqual(headers);
  });
});

describe('IdempotencyKey', () => {
  it('takes keys Resend accepts (1 to 256 characters) and nothing that could break a header', () => {
    expect(IdempotencyKey.safeParse('correction-report:correctionReport-abc:comms').success).toBe(true);
    for (const bad of ['', 'x'.repeat(257), 'has space', 'line\nbreak']) expect(IdempotencyKey.safeParse(bad).success).toBe(false);
  });
});
