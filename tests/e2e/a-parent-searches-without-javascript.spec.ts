// A parent on an old phone with JavaScript off searches the Local Offer.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';

test.use({ javaScriptEnabled: false });

test('search finds ranked services and guides, with counts by kind', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Search' }).first().click();
  await page.getByLabel('Search services and information').fill('speech therapy');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=speech\+therapy/);
  const count = page.getByRole('heading', { level: 2, name: /\d+ results? for “speech therapy”/ });
  await expect(count).toBeVisible();
  const first = page.locator('.app-service-card h3 a').first();
  await expect(first).toContainText(/speech/i);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: /^Information and advice \(\d+\)$/ }).click();
  await expect(page.locator('.app-service-card').first()).toContainText('Information and advice');
});

test('a search that finds nothing suggests what to do next and is counted without personal data', async ({ page }) => {
  await page.goto('/search/?q=trampoline+parkour');
  await expect(page.getByText('We could not find anything for “trampoline parkour”.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'browse services by age group' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a search that is too long is refused with a clear message', async ({ page }) => {
  const response = await page.goto(`/search/?q=${'a'.repeat(201)}`);
  expect(response?.status()).toBe(400);
  await expect(page.getByRole('alert')).toContainText('Search for 200 characters or fewer');
  await expectNoAxeViolations(page);
});
