// Someone (or something) sending report after report is slowed down with a clear page, not an error.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';

test.use({ javaScriptEnabled: false });

test('after a burst of reports the next one gets a 429 page that says how long to wait', async ({ page }) => {
  let status = 0;
  for (let i = 0; i < 10 && status !== 429; i++) {
    await page.goto('/report-a-problem/?subject=service-westmoor-sendiass');
    await page.getByLabel('What is wrong?').fill(`The opening hours have changed (${i}).`);
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Send report' }).click()]);
    status = response.status();
  }
  expect(status).toBe(429);
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByRole('alert')).toContainText(/You have sent a lot of reports in a short time\. Wait \d+ seconds and try again\./);
  await expectNoAxeViolations(page);
});
