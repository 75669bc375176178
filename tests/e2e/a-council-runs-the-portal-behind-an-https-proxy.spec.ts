// A council deploys the portal as the README says: behind a reverse proxy that terminates TLS (Caddy, or a Node TLS
// proxy where Caddy cannot be installed), SITE_URL=https://portal.example:<port>, TRUST_PROXY=1. Through the proxy a
// parent's form posts work, HSTS and CSP are sent, and rate limits count each visitor, whatever they forge.
import { expect, test } from '@playwright/test';
import config from '../../playwright.config.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { PROXY_HOST, proxyRequest, startHttpsProxy, type HttpsProxy } from './support/https-proxy.ts';
import { portFor, startOwnServer, type OwnServer } from './support/own-server.ts';

const base = config.use?.launchOptions ?? {};
test.use({
  javaScriptEnabled: false,
  // portal.example is this machine, as a council's DNS would point it at their proxy; the certificate is a test one.
  ignoreHTTPSErrors: true,
  launchOptions: { ...base, args: [...(base.args ?? []), `--host-resolver-rules=MAP ${PROXY_HOST} 127.0.0.1`] },
});

let server: OwnServer;
let proxy: HttpsProxy;
test.beforeAll(async () => {
  const proxyPort = portFor(12);
  server = await startOwnServer({ port: portFor(11), env: { SITE_URL: `https://${PROXY_HOST}:${proxyPort}`, TRUST_PROXY: '1' } });
  proxy = await startHttpsProxy({ port: proxyPort, upstream: server.port });
  console.log(`behind ${proxy.kind}`);
});
test.afterAll(async () => {
  await proxy?.stop();
  await server?.dispose();
});

/** A correction report as the form posts it, from the site's own page. */
const report = (n: number) =>
  new URLSearchParams({ subject: 'service-westmoor-sendiass', whatIsWrong: `The opening hours have changed (${n}).` }).toString();
const formHeaders = () => ({ Origin: proxy.origin, 'Content-Type': 'application/x-www-form-urlencoded' });

test('a parent reports a mistake through the proxy, and the answers carry HSTS and the CSP', async ({ page }) => {
  const first = await page.goto(`${proxy.origin}/services/speech-and-language-therapy/`);
  expect(first?.headers()['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  expect(first?.headers()['content-security-policy']).toContain("default-src 'self'");
  await page.getByLabel('What is wrong?').fill('The phone number on this page no longer works.');
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(page).toHaveURL(`${proxy.origin}/report-a-problem/sent/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report sent');
  await expectNoAxeViolations(page);
});

test('a post from another site is refused through the proxy too', async () => {
  const answer = await proxyRequest(proxy.port, '/report-a-problem/', { headers: { ...formHeaders(), Origin: 'https://evil.example' }, body: report(0) });
  expect(answer.status).toBe(403);
  expect(answer.text).toContain('Forms on this site can only be sent from its own pages.');
  // In the site's own look: the built pages' stylesheet, which the proxy serves.
  const sheet = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)">/.exec(answer.text)?.[1];
  expect(sheet).toBeDefined();
  expect((await proxyRequest(proxy.port, sheet!, { method: 'GET' })).status).toBe(200);
});

test('rate limits count each visitor: one who sends too many is slowed, another is not, and forging X-Forwarded-For changes nothing', async () => {
  const send = (from: string, n: number, extra: Record<string, string> = {}) =>
    proxyRequest(proxy.port, '/report-a-problem/', { from, headers: { ...formHeaders(), ...extra }, body: report(n) });
  // Five reports a minute from one visitor (127.0.0.2), then the sixth is refused.
  const statuses: number[] = [];
  for (let i = 1; i <= 6; i++) statuses.push((await send('127.0.0.2', i)).status);
  expect(statuses).toEqual([303, 303, 303, 303, 303, 429]);
  // Another visitor (127.0.0.3) is not held up by the first.
  expect((await send('127.0.0.3', 7)).status).toBe(303);
  // The first, claiming to be someone else, is still the first.
  expect((await send('127.0.0.2', 8, { 'X-Forwarded-For': '198.51.100.23' })).status).toBe(429);
  // And no one can spend another visitor's allowance by claiming their address.
  for (let i = 0; i < 5; i++) await send('127.0.0.4', 9 + i, { 'X-Forwarded-For': '127.0.0.3' });
  expect((await send('127.0.0.3', 20)).status).toBe(303);
});
