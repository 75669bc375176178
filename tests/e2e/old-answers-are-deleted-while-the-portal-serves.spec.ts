// The retention purge and an export run beside the portal while it serves, on the same DATA_DIR: answers older than
// the answer retention period are deleted, the quote taken from one is gone at the next page view, the plan keeps the
// figures of the quarters they were in, and an export taken meanwhile holds what is left. No restart.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { portFor, startOwnServer, type OwnServer } from './support/own-server.ts';

test.use({ javaScriptEnabled: false });

let server: OwnServer;
let exportDir: string;
test.beforeAll(async () => {
  server = await startOwnServer({ port: portFor(13) });
  exportDir = mkdtempSync(join(tmpdir(), 'export-while-serving-'));
});
test.afterAll(async () => {
  await server?.dispose();
  rmSync(exportDir, { recursive: true, force: true });
});

/** `npm run <script> -- …` on the server's data folder, as a second process beside it. */
function run(script: string, ...args: string[]): string {
  const child = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], { env: { ...process.env, DATA_DIR: server.dataDir }, encoding: 'utf8' });
  expect(child.status, child.stderr).toBe(0);
  return child.stdout;
}

const MEASURE = 'Parents and carers who feel listened to';

/** The rows of the measure's table of figures, as a reader sees them. */
async function figures(page: Page): Promise<string[]> {
  await page.goto(`${server.url}/plan/priority-action-1/`);
  await page.getByText(`Show the figures for ${MEASURE}`).click();
  return page.getByRole('table', { name: `Figures for ${MEASURE}` }).locator('tbody tr').allInnerTexts();
}

test('old answers go with their quote while the plan keeps its figures, and an export meanwhile has what is left', async ({ page, browser }) => {
  // The oldest written answer waiting for moderation is quoted on a "You said, we did" page.
  const id = /^(response-[^\s:]+:[a-z][a-z0-9-]*)$/m.exec(run('moderate', '--list', '--limit', '1'))?.[1];
  expect(id).toBeDefined();
  const quote = /Quoted on [^:]+: “(.+)”/.exec(run('moderate', '--approve', id!, '--quote-to', 'staying-in-school'))?.[1];
  expect(quote).toBeDefined();
  await page.goto(`${server.url}/you-said-we-did/staying-in-school/`);
  await expect(page.locator('blockquote', { hasText: quote! })).toBeVisible();
  const before = await figures(page);
  expect(before.length).toBeGreaterThan(4);

  const purged = run('purge');
  expect(purged).toMatch(/^Deleted \d+ survey answers older than 2 years \(sent before .+\)\. The figures published for their quarters stay\.$/m);
  expect(purged).toContain('Took a quote from them down from youSaidWeDid-staying-in-school.');

  // A visitor who arrives now (a new browser, so nothing comes from the first one's cache of these pages).
  const visitor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await visitor.goto(`${server.url}/you-said-we-did/staying-in-school/`);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Staying in school');
  await expect(visitor.getByText(quote!)).toHaveCount(0);
  // Every quarter's row as it was: the ended quarters were published before their answers went.
  expect(await figures(visitor)).toEqual(before);
  await expectNoAxeViolations(visitor);

  const exported = run('export', exportDir);
  expect(exported).toMatch(/^Wrote \d+ documents to .+content\.ndjson and \d+ to .+feedback\.ndjson\.$/m);
  const feedback = readFileSync(join(exportDir, 'feedback.ndjson'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { _id: string; _type: string });
  const responseId = id!.split(':')[0]!;
  expect(feedback.some((d) => d._type === 'surveyResponse')).toBe(true);
  expect(feedback.map((d) => d._id)).not.toContain(responseId);
  // The figures of the ended quarters go with it, so a Sanity dataset imported from it keeps the old chart points.
  expect(feedback.filter((d) => d._type === 'publishedQuarter').length).toBeGreaterThan(4);
});
