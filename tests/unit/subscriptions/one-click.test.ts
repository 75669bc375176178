import { describe, expect, it } from 'vitest';
import { isOneClickUnsubscribe } from '../../../src/subscriptions/one-click.ts';

const site = 'https://localoffer.example';
function post(path: string, headers: Record<string, string> = {}, body = 'List-Unsubscribe=One-Click') {
  return new Request(site + path, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, body });
}

describe("a mail program's one-click unsubscribe", () => {
  it('is a form post to the unsubscribe link with its token, from no origin or another one', () => {
    expect(isOneClickUnsubscribe(post('/subscribe/unsubscribe/?token=abc'))).toBe(true);
    expect(isOneClickUnsubscribe(post('/subscribe/unsubscribe/?token=abc', { Origin: 'https://mail.example' }))).toBe(true);
  });

  it.each([
    ['our own unsubscribe button (same origin), which the page answers', post('/subscribe/unsubscribe/?token=abc', { Origin: site })],
    ['a post without a token', post('/subscribe/unsubscribe/')],
    ['a post to any other page', post('/subscribe/?token=abc')],
    ['a look-alike path', post('/subscribe/unsubscribe/x?token=abc')],
    ['a GET (link scanners follow links)', new Request(`${site}/subscribe/unsubscribe/?token=abc`)],
    ['a JSON post', post('/subscribe/unsubscribe/?token=abc', { 'Content-Type': 'application/json' }, '{}')],
  ])('is not %s', (_what, request) => {
    expect(isOneClickUnsubscribe(request)).toBe(false);
  });
});
