// A parent asks for email updates without JavaScript: mistakes are explained, the emailed link confirms, and the
// unsubscribe link in every update deletes them again.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { listOutbox } from '../../src/email/index.ts';
import { SUBSCRIPTION_SECRET_FILE } from '../../src/subscriptions/secret.ts';
import { ONE_CLICK_BODY } from '../../src/subscriptions/one-click.ts';
import { unsubscribeUrl } from '../../src/subscriptions/subscriptions.ts';
import { subscriptionId } from '../../src/subscriptions/token.ts';
import { expectNoAxeViolations } from './support/axe.ts';

test.use({ javaScriptEnabled: false });

const dataDir = process.env.E2E_DATA_DIR ?? '.data/e2e';

/** The confirmation email for an address, once the mailer has delivered it to the outbox. */
async function confirmationLinkFor(email: string): Promise<string> {
  let text = '';
  await expect
    .poll(async () => {
      const found = (await listOutbox(dataDir)).find((e) => e.message.to.includes(email));
      text = found?.message.text ?? '';
      return text;
    }, { timeout: 15_000 })
    .toContain('/subscribe/confirm/?token=');
  const link = new URL(/(https?:\/\/\S+\/subscribe\/confirm\/\?token=\S+)/.exec(text)![1]!);
  return link.pathname + link.search;
}

test('signs up, confirms from the email, then unsubscribes', async ({ page }) => {
  const email = `parent.${Date.now()}@example.com`;
  await page.goto('/plan/');
  await page.getByRole('link', { name: 'Get email updates' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get email updates');

  // Nothing filled in: both problems explained, nothing sent.
  await page.getByRole('button', { name: 'Send confirmation email' }).click();
  await expect(page).toHaveTitle(/^Error: Get email updates/);
  await expect(page.getByRole('alert')).toContainText('Select what you want email updates about');
  await expect(page.getByRole('alert')).toContainText('Enter your email address');
  await expectNoAxeViolations(page);

  await page.getByLabel('New “You said, we did”').check();
  await page.getByLabel('Email address').fill('not an address');
  await page.getByRole('button', { name: 'Send confirmation email' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter an email address in the correct format, like name@example.com');
  await expect(page.getByLabel('New “You said, we did”')).toBeChecked();
  await expect(page.getByLabel('Email address')).toHaveValue('not an address');

  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Send confirmation email' }).click();
  await expect(page).toHaveURL(/\/subscribe\/check-your-email\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your email');
  await expectNoAxeViolations(page);

  // Opening the link only asks: a mail scanner following it signs nobody up.
  await page.goto(await confirmationLinkFor(email));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirm you want email updates');
  await expect(page.getByText(email)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(/\/subscribe\/confirmed\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You will get email updates');
  await expectNoAxeViolations(page);

  // The link every update email carries (and its List-Unsubscribe header points at).
  const secret = Buffer.from((await readFile(join(dataDir, SUBSCRIPTION_SECRET_FILE), 'utf8')).trim(), 'utf8');
  const leave = new URL(unsubscribeUrl('http://x', secret, subscriptionId(secret, email)));
  await page.goto(leave.pathname + leave.search);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unsubscribe from email updates');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You have unsubscribed');
  await expect(page.getByText('we have deleted your email address')).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a mail program's one-click unsubscribe (RFC 8058), posted from its own servers, deletes the address", async ({ page, playwright, baseURL }) => {
  const email = `one.click.${Date.now()}@example.com`;
  await page.goto('/subscribe/');
  await page.getByLabel('Improvement plan updates').check();
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Send confirmation email' }).click();
  await page.goto(await confirmationLinkFor(email));
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You will get email updates');

  // What Gmail or Outlook sends to the List-Unsubscribe address: no Origin of ours, no cookies, just the body.
  const secret = Buffer.from((await readFile(join(dataDir, SUBSCRIPTION_SECRET_FILE), 'utf8')).trim(), 'utf8');
  const leave = new URL(unsubscribeUrl('http://x', secret, subscriptionId(secret, email)));
  const mailProgram = await playwright.request.newContext({ baseURL });
  const response = await mailProgram.post(leave.pathname + leave.search, {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://mail.example' },
    data: ONE_CLICK_BODY,
  });
  expect(response.status()).toBe(200);
  await mailProgram.dispose();

  // The address is gone: the page's own button now finds nothing to delete.
  await page.goto(leave.pathname + leave.search);
  await page.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(page.getByText('You had already unsubscribed: we hold no email address for you')).toBeVisible();
});

test('a link that has been tampered with is refused and changes nothing', async ({ page }) => {
  const response = await page.goto('/subscribe/confirm/?token=eyJwdXJwb3NlIjoiY29uZmlybSJ9.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
  expect(response?.status()).toBe(400);
  await expect(page.getByRole('alert')).toContainText('This link is not right');
  await expect(page.getByRole('button', { name: 'Confirm' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const unsubscribe = await page.goto('/subscribe/unsubscribe/?token=nonsense');
  expect(unsubscribe?.status()).toBe(400);
  await expect(page.getByRole('button', { name: 'Unsubscribe' })).toHaveCount(0);
});

test('a sign-up posted from another site is refused', async ({ request }) => {
  const response = await request.post('/subscribe/', {
    headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
    data: 'email=victim%40example.com&topics=plan-updates',
  });
  expect(response.status()).toBe(403);
});

test('a bad sign-up is a 400 and sends nothing', async ({ request, baseURL }) => {
  const before = (await listOutbox(dataDir)).length;
  const response = await request.post('/subscribe/', {
    headers: { Origin: baseURL!, 'Content-Type': 'application/x-www-form-urlencoded' },
    data: 'email=bad.example.com&topics=everything',
  });
  expect(response.status()).toBe(400);
  expect(await response.text()).toContain('Enter an email address in the correct format');
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect((await listOutbox(dataDir)).length).toBe(before);
});
