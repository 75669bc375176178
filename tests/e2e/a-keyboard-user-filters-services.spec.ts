// A parent who uses only a keyboard filters services on a phone-sized screen.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';

test.use({ viewport: { width: 320, height: 800 } });

async function tabTo(page: import('@playwright/test').Page, name: RegExp, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '';
      return (labelled || el.textContent || el.getAttribute('aria-label') || '').trim();
    });
    if (name.test(label)) return;
  }
  throw new Error(`could not reach ${name} with the Tab key`);
}

test('tick a need, choose free, apply, and open a result without a mouse', async ({ page }) => {
  await page.goto('/local-offer/primary/');
  await tabTo(page, /^ADHD/);
  await page.keyboard.press('Space');
  // Tab reaches the chosen radio in a group; the arrow keys move the choice, as in every browser.
  await tabTo(page, /^Any cost/);
  await page.keyboard.press('ArrowDown');
  await tabTo(page, /^Apply filters$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/need=adhd/);
  await expect(page).toHaveURL(/cost=free/);
  await expect(page.getByRole('checkbox', { name: /^ADHD/ })).toBeChecked();
  const firstResult = page.locator('.app-service-card a').first();
  const title = (await firstResult.textContent())!.trim();
  await firstResult.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expectNoAxeViolations(page);
});
