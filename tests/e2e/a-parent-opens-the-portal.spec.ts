// A parent opens the portal for the first time, on a phone and on a laptop.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './support/axe.ts';

for (const width of [320, 1280]) {
  test(`the home page offers the four age phases at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(/Support for children and young people with SEND – Westmoor/);
    await expect(page.getByRole('region', { name: 'Sample content' })).toContainText('made-up local area');
    for (const [name, ages] of [
      ['Early years', 'Ages 0 to 5'],
      ['Primary', 'Ages 5 to 11'],
      ['Secondary', 'Ages 11 to 18'],
      ['Preparing for adulthood', 'Ages 16 to 25'],
    ]) {
      const link = page.getByRole('link', { name, exact: false }).first();
      await expect(link).toBeVisible();
      await expect(page.locator('.app-card', { has: link })).toContainText(ages);
    }
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  });
}

test('the skip link is the first thing a keyboard user reaches and moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main-content$/);
});

test('the footer leads to contact details, the accessibility statement and the privacy notice', async ({ page }) => {
  for (const [link, heading] of [
    ['Contact us', 'Contact the Local Offer team'],
    ['Accessibility statement', /Accessibility statement/],
    ['Privacy notice', 'Privacy notice'],
  ] as const) {
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expectNoAxeViolations(page);
  }
});

test('an address that does not exist gets a helpful 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'go to the home page' })).toHaveAttribute('href', '/');
  await expectNoAxeViolations(page);
});

test('every response carries the security headers', async ({ request }) => {
  for (const path of ['/', '/brand.css', '/no-such-page/']) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
  }
});
