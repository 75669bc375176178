// A parent of a 7-year-old with autism finds speech and language therapy near them, on a phone.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './support/axe.ts';

test.use({ viewport: { width: 320, height: 800 } });

test('from the home page to a service page in three clicks, with filters and a postcode', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Primary' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Primary');
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);

  await page.getByRole('checkbox', { name: /^Autism/ }).check();
  await page.getByRole('checkbox', { name: /^Health and therapy/ }).check();
  await page.getByLabel('Your postcode').fill('wm4 2ab');
  await page.getByRole('button', { name: 'Apply filters' }).click();

  await expect(page).toHaveURL(/need=autism/);
  await expect(page).toHaveURL(/postcode=wm4\+2ab/i);
  const results = page.getByRole('heading', { level: 2, name: /services nearest WM4 2AB first/ });
  await expect(results).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Autism/ })).toBeChecked();
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);

  const speech = page.getByRole('link', { name: /speech and language therapy/i }).first();
  await expect(speech).toBeVisible();
  await speech.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/speech and language therapy/i);
  for (const section of ['Who it is for', 'Cost', 'How to get this support', 'Contact', 'Where and when']) {
    await expect(page.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Is this information correct?' })).toBeVisible();
  await expect(page.getByText(/Last reviewed:/)).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);

  // The browser's back button returns to the same filtered list.
  await page.goBack();
  await expect(page).toHaveURL(/need=autism/);
  await expect(page.getByRole('checkbox', { name: /^Autism/ })).toBeChecked();
});

test('a filtered address can be shared: opening it shows the same filtered list', async ({ page }) => {
  await page.goto('/local-offer/primary/?need=autism&cost=free');
  await expect(page.getByRole('checkbox', { name: /^Autism/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /^Free/ })).toBeChecked();
  const heading = await page.getByRole("heading", { level: 2, name: /^\d+ services?$/ }).textContent();
  const total = Number(heading?.match(/(\d+)/)?.[1]);
  expect(total).toBeGreaterThan(0);
  const unfiltered = await (await page.request.get('/local-offer/primary/')).text();
  expect(Number(unfiltered.match(/(\d+) services<\/h2>/)?.[1])).toBeGreaterThan(total);
});

test('a postcode outside the area and unknown filters get clear errors and a 400', async ({ page }) => {
  const response = await page.goto('/local-offer/primary/?postcode=SW1A+1AA&need=not-a-need');
  expect(response?.status()).toBe(400);
  await expect(page).toHaveTitle(/^Error: /);
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await expect(summary).toContainText('SW1A is not in Westmoor');
  await expect(summary).toContainText('Choose needs from the list');
  await summary.getByRole('link', { name: /SW1A is not in Westmoor/ }).click();
  await expect(page.getByLabel('Your postcode')).toBeFocused();
  await expectNoAxeViolations(page);
});

test('when nothing matches, the page says which filter to clear', async ({ page }) => {
  await page.goto('/local-offer/early-years/?need=autism&area=Moorside&cost=paid&category=travel-and-transport');
  await expect(page.getByText('No services match all of your filters.')).toBeVisible();
  const suggestion = page.getByRole('link', { name: /^clear the .* filter$/ }).first();
  await suggestion.click();
  await expect(page.getByRole('heading', { level: 2, name: /^\d+ services?/ })).not.toHaveText(/^0 /);
  await expectNoAxeViolations(page);
});

test('an age group that does not exist is a 404', async ({ page }) => {
  const response = await page.goto('/local-offer/teenagers/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
