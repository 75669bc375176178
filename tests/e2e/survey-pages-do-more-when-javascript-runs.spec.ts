// With JavaScript on, the survey island adds what the plain forms cannot: reading a page aloud with the browser's
// speech, and keeping the answers so far in this browser tab so leaving the page by mistake loses nothing.
// (The hydration script is inline: these need the island's hashes in the Content-Security-Policy.)
import { expect, test } from '@playwright/test';
import { islandsHydrated, tabTo } from './support/surveys.ts';

test('the read-aloud button reads the question and its answers, without the symbols', async ({ page }) => {
  // The browser's own speech, recorded instead of spoken.
  await page.addInitScript(() => {
    const spoken: string[] = [];
    (window as unknown as { spoken: string[] }).spoken = spoken;
    const fake = { speak: (u: { text: string }) => spoken.push(u.text), cancel: () => undefined };
    Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
  });
  await page.goto('/have-your-say/young-people/');
  await tabTo(page, page.getByRole('button', { name: 'Start' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('radio', { name: '11 to 15' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');

  await tabTo(page, page.getByRole('button', { name: 'Read this page aloud' }));
  await page.keyboard.press('Enter');
  const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
  expect(spoken).toHaveLength(1);
  expect(spoken[0]).toContain('Question 2 of 8. How do you feel at school or college? You can skip this question.');
  expect(spoken[0]).toContain('Very unhappy. Unhappy. OK. Happy. Very happy.');
  expect(spoken[0]).not.toContain('😀');
  await expect(page.getByRole('button', { name: 'Stop reading' })).toBeVisible();
});

test('answers are kept in the tab, so going back to the start offers to carry on', async ({ page }) => {
  await page.goto('/have-your-say/parents-and-carers/');
  await islandsHydrated(page);
  const saved = page.waitForResponse((r) => r.url().includes('/_actions/saveSurveyProgress') && r.ok(), { timeout: 10_000 });
  await page.getByLabel('11 to 18 (secondary)').check();
  await saved;
  await page.goto('/have-your-say/');
  await page.getByRole('link', { name: 'Tell us about your family’s experience of SEND support' }).click();
  await expect(page.getByRole('region', { name: 'Important' })).toContainText('You started this survey earlier in this browser tab.');
  await page.getByRole('link', { name: 'Carry on where you left off' }).click();
  await expect(page.getByLabel('11 to 18 (secondary)')).toBeChecked();
});

test('long answers count down the characters left as they are typed', async ({ page }) => {
  await page.goto('/have-your-say/parents-and-carers/');
  await page.getByLabel('What is working well for your family? (optional)').fill('x'.repeat(1510));
  // What a sighted person sees at once, and what a screen reader announces a moment later (the live region waits for
  // typing to pause, so for a while both say it: each is checked on its own).
  const field = page.locator('.govuk-character-count').filter({ has: page.getByLabel('What is working well for your family? (optional)') });
  await expect(field.locator('.govuk-character-count__status')).toHaveText('You have 10 characters too many');
  await expect(field.locator('.govuk-character-count__status')).toBeVisible();
  await expect(field.locator('.govuk-character-count__sr-status')).toHaveText('You have 10 characters too many');
});
