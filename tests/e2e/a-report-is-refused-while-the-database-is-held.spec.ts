// When the embedded store cannot write (here another process holds its write lock past the 5-second wait, as a stuck
// command or a full disk would leave it), a parent's report gets a clear 503 that keeps what they typed and stores
// nothing; once the database is free the same form goes through.
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { openStoreAt, portFor, startOwnServer, type OwnServer } from './support/own-server.ts';

test.use({ javaScriptEnabled: false });

let server: OwnServer;
test.beforeAll(async () => {
  server = await startOwnServer({ port: portFor(15) });
});
test.afterAll(async () => server?.dispose());

const reports = async () => {
  const store = await openStoreAt(server.dataDir);
  try {
    return await store.query<number>('count(*[_type == "correctionReport"])', {}, { dataset: 'feedback' });
  } finally {
    await store.close();
  }
};

test('a report sent while the database is held is refused with 503, keeps the text, and goes through once it is free', async ({ page }) => {
  await page.goto(`${server.url}/services/speech-and-language-therapy/`);
  const before = await reports();
  const held = new DatabaseSync(join(server.dataDir, 'portal.db'));
  try {
    held.exec('BEGIN IMMEDIATE');
    await page.getByLabel('What is wrong?').fill('The phone number on this page no longer works.');
    const answered = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Send report' }).click();
    const refused = await answered;
    expect(refused.status()).toBe(503);
    expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
    await expect(page.getByRole('alert')).toContainText('Your report could not be saved just now. Nothing was lost: wait a minute and try again.');
    await expect(page.getByLabel('What is wrong?')).toHaveValue('The phone number on this page no longer works.');
    await expectNoAxeViolations(page);
  } finally {
    if (held.isTransaction) held.exec('ROLLBACK');
    held.close();
  }
  expect(await reports()).toBe(before);
  // The server says in its log which file it could not write, and what to check.
  expect(server.output()).toContain(`Could not save to ${join(server.dataDir, 'portal.db')}: another process has held it for more than 5 seconds`);

  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report sent');
  expect(await reports()).toBe(before + 1);
});
