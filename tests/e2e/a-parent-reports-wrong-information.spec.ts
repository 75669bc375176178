// A parent notices a service's details are wrong and tells the Local Offer team, with JavaScript off.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';

test.use({ javaScriptEnabled: false });

test('the report form explains each mistake, keeps what was typed, then confirms', async ({ page }) => {
  await page.goto('/services/speech-and-language-therapy/');
  await page.getByLabel('What is wrong?').fill('The phone number on this page no longer works.');
  await page.getByLabel('Email address (optional)').fill('parent@example.com');
  await page.getByRole('button', { name: 'Send report' }).click();

  await expect(page).toHaveTitle(/^Error: Report a problem/);
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Tick the box if we can contact you about your report, or remove your email address');
  await expect(page.getByLabel('What is wrong?')).toHaveValue('The phone number on this page no longer works.');
  await expect(page.getByLabel('Email address (optional)')).toHaveValue('parent@example.com');
  await expectNoAxeViolations(page);

  await page.getByLabel('You can contact me about this report').check();
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(page).toHaveURL(/\/report-a-problem\/sent\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report sent');
  await expectNoAxeViolations(page);

  // Without a Resend key the emails land in the outbox: one to the comms team (with the address, given consent)
  // and one to the service (without it).
  const outbox = join(process.env.E2E_DATA_DIR!, 'outbox');
  await expect.poll(() => (existsSync(outbox) ? readdirSync(outbox).filter((f) => f.endsWith('.eml')).length : 0)).toBeGreaterThanOrEqual(2);
  const emails = readdirSync(outbox).filter((f) => f.endsWith('.eml')).map((f) => readFileSync(join(outbox, f), 'utf8'));
  const mentioning = emails.filter((e) => e.includes('The phone number on this page no longer works.'));
  expect(mentioning).toHaveLength(2);
  expect(mentioning.filter((e) => e.includes('parent@example.com'))).toHaveLength(1);
});

test('an empty report is refused with a 400 and nothing else happens', async ({ page }) => {
  await page.goto('/guides/');
  await page.locator('.app-service-card a').first().click();
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(page.getByRole('alert')).toContainText('Tell us what is wrong');
  await page.getByRole('alert').getByRole('link', { name: 'Tell us what is wrong' }).click();
  await expect(page.getByLabel('What is wrong?')).toBeFocused();
});

test('a post from another site is refused', async ({ request }) => {
  const response = await request.post('/report-a-problem/', {
    headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
    data: 'subject=service-speech-and-language-therapy&whatIsWrong=spam',
  });
  expect(response.status()).toBe(403);
});
