// A parent saves services to come back to, downloads the list, and prints the whole Local Offer for an age group.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';

test.use({ javaScriptEnabled: false });

test('save two services, remove one, download the rest', async ({ page }) => {
  for (const slug of ['speech-and-language-therapy', 'westmoor-sendiass']) {
    await page.goto(`/services/${slug}/`);
    await page.getByRole('button', { name: 'Save to shortlist' }).click();
    await expect(page.getByRole('alert')).toContainText('was added to your shortlist');
  }
  await expect(page.locator('.app-service-card')).toHaveCount(2);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: /Remove .*speech and language therapy.* from shortlist/i }).click();
  await expect(page.getByRole('alert')).toContainText('was removed from your shortlist');
  await expect(page.locator('.app-service-card')).toHaveCount(1);

  const download = await page.request.get('/shortlist/download.txt');
  const text = await download.text();
  expect(download.headers()['content-disposition']).toContain('attachment');
  expect(text).toContain('SENDIASS');
  expect(text).not.toMatch(/speech and language therapy/i);
});

test('an unknown service cannot be added', async ({ request }) => {
  const response = await request.post('/shortlist/', { form: { slug: 'no-such-service', action: 'add' }, headers: { Origin: `http://localhost:${process.env.E2E_PORT ?? 4399}` } });
  expect(response.status()).toBe(400);
  expect(await response.text()).toContain('That service could not be found');
});

test('the printable Local Offer lists every service for the age group with contacts', async ({ page }) => {
  await page.goto('/local-offer/early-years/');
  await page.getByRole('link', { name: /Printable list of every service/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('early years');
  const listed = await page.locator('.app-print-service').count();
  const summary = await page.getByText(/^\d+ services, printed from/).textContent();
  expect(listed).toBe(Number(summary?.match(/^(\d+)/)?.[1]));
  expect(listed).toBeGreaterThan(20);
  await expect(page.getByRole('heading', { name: 'Get this information another way' })).toBeVisible();
  await expectNoAxeViolations(page);
});
