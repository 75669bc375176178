// TRUST_PROXY: who the client is, read from X-Forwarded-* only where a trusted proxy wrote it.
import { describe, expect, it } from 'vitest';
import { parseTrustProxy, resolveClient, TrustProxyError, type ClientView } from '../../../src/http/forwarded.ts';

const view = (remoteAddress: string, headers: ClientView['headers'] = {}): ClientView => ({ remoteAddress, encrypted: false, headers: { host: 'portal.example', ...headers } });
const client = (trust: string | undefined, v: ClientView) => resolveClient(v, parseTrustProxy(trust));

describe('TRUST_PROXY', () => {
  it.each([undefined, '', 'false', '0'])('%s is off: the connection is the client, whatever the headers say', (trust) => {
    expect(client(trust, view('198.51.100.4', { 'x-forwarded-for': '10.1.1.1', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.example' }))).toEqual({
      address: '198.51.100.4',
      scheme: 'http',
      host: 'portal.example',
      viaProxy: false,
    });
  });

  it('1: the address the one proxy saw, not what the client wrote to the left of it', () => {
    const v = view('127.0.0.1', { 'x-forwarded-for': '6.6.6.6, 203.0.113.7', 'x-forwarded-proto': 'https' });
    expect(client('1', v)).toEqual({ address: '203.0.113.7', scheme: 'https', host: 'portal.example', viaProxy: true });
  });

  it('2: two proxies in front (a CDN, then nginx)', () => {
    expect(client('2', view('127.0.0.1', { 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 10.0.0.2' })).address).toBe('203.0.113.7');
  });

  it('more hops than addresses: the left-most address there is', () => {
    expect(client('3', view('127.0.0.1', { 'x-forwarded-for': '203.0.113.7' })).address).toBe('203.0.113.7');
  });

  it('a list: walks from the right past trusted addresses to the first that is not', () => {
    const v = view('::ffff:10.0.0.5', { 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 10.0.0.9', 'x-forwarded-host': 'portal.example:8443' });
    expect(client('private', v)).toEqual({ address: '203.0.113.7', scheme: 'http', host: 'portal.example:8443', viaProxy: true });
  });

  it('a list: a peer outside it is the client, and its headers are ignored', () => {
    expect(client('10.0.0.0/8, ::1', view('203.0.113.9', { 'x-forwarded-for': '6.6.6.6', 'x-forwarded-proto': 'https' }))).toMatchObject({ address: '203.0.113.9', scheme: 'http', viaProxy: false });
  });

  it('IPv6 proxies and clients', () => {
    expect(client('loopback', view('::1', { 'x-forwarded-for': '2001:db8::7' })).address).toBe('2001:db8::7');
  });

  it('a forwarded value that is not an address, scheme or host falls back to what the connection says', () => {
    const v = view('127.0.0.1', { 'x-forwarded-for': 'unknown', 'x-forwarded-proto': 'gopher', 'x-forwarded-host': 'a b<c>' });
    expect(client('1', v)).toEqual({ address: '127.0.0.1', scheme: 'http', host: 'portal.example', viaProxy: true });
  });

  it.each([
    ['nginx', '"nginx" is not an address, a CIDR range such as 10.0.0.0/8, or one of loopback, private, linklocal'],
    ['10.0.0.0/33', '"10.0.0.0/33" has a prefix length that is not 0 to 32'],
    ['10.0.0.0/8/1', '"10.0.0.0/8/1" is not an address, a CIDR range such as 10.0.0.0/8, or one of loopback, private, linklocal'],
    ['64', '64 proxies in front is more than any real deployment has; give the number of proxies (usually 1), or their addresses'],
  ])('refuses %s with a message saying what is wrong', (value, message) => {
    expect(() => parseTrustProxy(value)).toThrow(TrustProxyError);
    expect(() => parseTrustProxy(value)).toThrow(message);
  });
});
