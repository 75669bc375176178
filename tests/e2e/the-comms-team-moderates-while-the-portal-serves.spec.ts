// The comms team moderates with `npm run moderate` while the portal is serving: the quote they approve is on the
// "You said, we did" page at the next page view, and the answer they then reject takes it down again — no restart.
import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { portFor, startOwnServer, type OwnServer } from './support/own-server.ts';

test.use({ javaScriptEnabled: false });

let server: OwnServer;
test.beforeAll(async () => {
  server = await startOwnServer({ port: portFor(10) });
});
test.afterAll(async () => server?.dispose());

/** `npm run moderate -- …` on the server's data folder, as a second process beside it. */
function moderate(...args: string[]): string {
  const run = spawnSync(process.execPath, ['scripts/moderate.ts', ...args], { env: { ...process.env, DATA_DIR: server.dataDir }, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

test('an approved quote appears at the next page view, and a rejection takes it down', async ({ page }) => {
  const listed = moderate('--list', '--limit', '50');
  // The first pending answer that fits on one line (so short enough to quote).
  const id = /^(response-[^\s:]+:[a-z][a-z0-9-]*)\n.*\n.*\n  “[^\n]{10,200}”$/m.exec(listed)?.[1];
  expect(id, listed).toBeDefined();

  await page.goto(`${server.url}/you-said-we-did/staying-in-school/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staying in school');
  const quotesBefore = await page.locator('blockquote').count();

  const approved = moderate('--approve', id!, '--quote-to', 'staying-in-school');
  expect(approved).toContain('The site shows these changes from the next page view');
  // The quote as published: scrubbed once more on approval, so taken from what moderate says it quoted.
  const quote = /Quoted on [^:]+: “(.+)”/.exec(approved)?.[1];
  expect(quote, approved).toBeDefined();
  await page.reload();
  await expect(page.locator('blockquote')).toHaveCount(quotesBefore + 1);
  await expect(page.locator('blockquote', { hasText: quote! })).toBeVisible();
  await expectNoAxeViolations(page);

  expect(moderate('--reject', id!)).toContain('Took its quote down from youSaidWeDid-staying-in-school.');
  await page.reload();
  await expect(page.locator('blockquote')).toHaveCount(quotesBefore);
  await expect(page.getByText(quote!)).toHaveCount(0);
});
