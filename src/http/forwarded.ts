// Who is really asking, behind a reverse proxy: the client's address, scheme and host, taken from X-Forwarded-* only
// where a trusted proxy put them (TRUST_PROXY). Anything a client writes into those headers itself is ignored.
import { BlockList, isIP } from 'node:net';

/** TRUST_PROXY: off, how many proxies stand in front (hops), or which addresses are proxies. */
export type TrustProxy = { kind: 'off' } | { kind: 'hops'; hops: number } | { kind: 'addresses'; list: BlockList; described: string };

export class TrustProxyError extends Error {}

/** Names for the address ranges a proxy usually sits in, as in TRUST_PROXY=loopback,private. */
const NAMED_RANGES: Record<string, [string, number, 'ipv4' | 'ipv6'][]> = {
  loopback: [
    ['127.0.0.0', 8, 'ipv4'],
    ['::1', 128, 'ipv6'],
  ],
  private: [
    ['10.0.0.0', 8, 'ipv4'],
    ['172.16.0.0', 12, 'ipv4'],
    ['192.168.0.0', 16, 'ipv4'],
    ['fc00::', 7, 'ipv6'],
  ],
  linklocal: [
    ['169.254.0.0', 16, 'ipv4'],
    ['fe80::', 10, 'ipv6'],
  ],
};

/**
 * Read TRUST_PROXY: unset, "" or "false" is off; a whole number is that many proxies in front (1 for one nginx or
 * Caddy); otherwise a comma-separated list of addresses, CIDR ranges and the names loopback, private and linklocal.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim();
  if (text === '' || text === 'false' || text === '0') return { kind: 'off' };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10) throw new TrustProxyError(`${text} proxies in front is more than any real deployment has; give the number of proxies (usually 1), or their addresses`);
    return { kind: 'hops', hops };
  }
  const list = new BlockList();
  for (const entry of text.split(',').map((e) => e.trim()).filter(Boolean)) {
    const named = NAMED_RANGES[entry];
    if (named) {
      for (const [network, prefix, type] of named) list.addSubnet(network, prefix, type);
      continue;
    }
    const [address, prefixText, extra] = entry.split('/');
    const type = isIP(address ?? '');
    if (extra !== undefined || type === 0) {
      throw new TrustProxyError(`"${entry}" is not an address, a CIDR range such as 10.0.0.0/8, or one of loopback, private, linklocal`);
    }
    const family = type === 4 ? 'ipv4' : 'ipv6';
    const max = type === 4 ? 32 : 128;
    const prefix = prefixText === undefined ? max : Number(prefixText);
    if (!/^\d+$/.test(prefixText ?? String(max)) || prefix > max) throw new TrustProxyError(`"${entry}" has a prefix length that is not 0 to ${max}`);
    list.addSubnet(address!, prefix, family);
  }
  return { kind: 'addresses', list, described: text };
}

/** "::ffff:10.0.0.5" (an IPv4 peer on a dual-stack socket) is 10.0.0.5. */
function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

function isTrustedAddress(trust: TrustProxy & { kind: 'addresses' }, address: string): boolean {
  const type = isIP(address);
  return type !== 0 && trust.list.check(address, type === 4 ? 'ipv4' : 'ipv6');
}

export interface ClientView {
  /** The connection's peer: the client itself, or the nearest proxy. */
  remoteAddress: string | undefined;
  /** Whether the connection itself is TLS. */
  encrypted: boolean;
  headers: Record<string, string | string[] | undefined>;
}

export interface ResolvedClient {
  address: string;
  scheme: 'http' | 'https';
  /** Host (and port) the client asked for. */
  host: string;
  /** Whether a trusted proxy stood in front, so the forwarded headers were used. */
  viaProxy: boolean;
}

function listOf(value: string | string[] | undefined): string[] {
  const joined = Array.isArray(value) ? value.join(',') : (value ?? '');
  return joined.split(',').map((v) => v.trim()).filter(Boolean);
}

const HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The client as the nearest untrusted hop says, walking X-Forwarded-For from the right: each proxy appends the address
 * it saw, so the right-most values are the ones trusted proxies wrote and the left-most is whatever the client sent.
 */
export function resolveClient(view: ClientView, trust: TrustProxy): ResolvedClient {
  const peer = plainAddress(view.remoteAddress ?? '');
  const ownScheme = view.encrypted ? 'https' : 'http';
  const ownHost = typeof view.headers.host === 'string' && HOST.test(view.headers.host) ? view.headers.host : 'localhost';
  const direct: ResolvedClient = { address: peer, scheme: ownScheme, host: ownHost, viaProxy: false };
  if (trust.kind === 'off') return direct;
  // The chain of addresses, nearest last: what the proxies wrote, then the connection's own peer.
  const chain = [...listOf(view.headers['x-forwarded-for']).map(plainAddress), peer];
  let clientAt: number;
  if (trust.kind === 'hops') {
    if (trust.hops === 0) return direct;
    clientAt = Math.max(0, chain.length - 1 - trust.hops);
  } else {
    if (!isTrustedAddress(trust, peer)) return direct;
    clientAt = chain.length - 1;
    while (clientAt > 0 && isTrustedAddress(trust, chain[clientAt]!)) clientAt--;
  }
  const address = isIP(chain[clientAt]!) ? chain[clientAt]! : peer;
  // The nearest proxy's word on scheme and host: the right-most value, in case one was appended to a client's own.
  const proto = listOf(view.headers['x-forwarded-proto']).at(-1)?.toLowerCase();
  const forwardedHost = listOf(view.headers['x-forwarded-host']).at(-1);
  return {
    address,
    scheme: proto === 'https' || proto === 'http' ? proto : ownScheme,
    host: forwardedHost && HOST.test(forwardedHost) ? forwardedHost : ownHost,
    viaProxy: true,
  };
}

/** What TRUST_PROXY says, for the start-up line. */
export function describeTrustProxy(trust: TrustProxy): string {
  if (trust.kind === 'off') return 'no proxy trusted';
  if (trust.kind === 'hops') return `${trust.hops} ${trust.hops === 1 ? 'proxy' : 'proxies'} in front trusted`;
  return `proxies at ${trust.described} trusted`;
}
