// A parent reads how to ask for an EHC needs assessment and follows a linked term to the jargon buster.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './support/axe.ts';

test.use({ viewport: { width: 320, height: 800 } });

test('guides link jargon to its plain-English meaning', async ({ page }) => {
  await page.goto('/guides/');
  await expectNoAxeViolations(page);
  const guide = page.locator('.app-service-card a', { hasText: /assessment/i }).first();
  await guide.click();
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  const term = page.locator('a.app-glossary-term').first();
  await expect(term).toBeVisible();
  const href = await term.getAttribute('href');
  await term.click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[#/]/g, '\\$&')}$`));
  await expect(page.locator(href!.slice(href!.indexOf('#')))).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the coverage report shows what schedule 2 asks for and what covers it', async ({ page }) => {
  await page.goto('/local-offer/coverage/');
  await expect(page.getByRole('table', { name: 'Topics' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /Travel arrangements/ })).toBeVisible();
  await expectNoAxeViolations(page);
});
