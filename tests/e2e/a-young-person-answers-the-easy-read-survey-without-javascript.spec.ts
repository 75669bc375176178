// A young person on a phone with JavaScript off answers the easy read survey: goes back without losing answers, sees
// a question appear because of an answer, fixes a mistake, changes an answer, saves and comes back, sends, and
// deletes the answers again with the receipt code.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { receiptCodeOn } from './support/surveys.ts';

test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 700 } });

const continueOn = (page: Page) => page.getByRole('button', { name: 'Continue' }).click();

test('the easy read survey works as plain forms, with back, change, save and delete', async ({ page, context }) => {
  const first = await page.goto('/have-your-say/young-people/');
  expect(first?.headers()['cache-control']).toBe('no-store');
  await expect(page.getByRole('heading', { name: 'Your privacy' })).toBeVisible();
  await expect(page.getByText('There is no time limit. Take as long as you like.')).toBeVisible();
  // The read-aloud button needs the browser's speech, so it is never there without JavaScript.
  await expect(page.getByRole('button', { name: 'Read this page aloud' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start' }).click();

  await expect(page.getByText('Question 1 of 8')).toBeVisible();
  await expect(page.getByText('You need to answer this question.')).toBeVisible();
  await page.getByLabel('16 to 25').check();
  await continueOn(page);

  await page.getByRole('radio', { name: 'Happy', exact: true }).check();
  await continueOn(page);

  await expect(page.getByText('Question 3 of 8')).toBeVisible();
  await page.getByRole('radio', { name: 'Always' }).check();
  // Back keeps what was chosen on both pages.
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.getByText('Question 2 of 8')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Happy', exact: true })).toBeChecked();
  await continueOn(page);
  await expect(page.getByRole('radio', { name: 'Always' })).toBeChecked();
  await continueOn(page);

  await expect(page.getByText('Question 4 of 8')).toBeVisible();
  await continueOn(page);

  await page.getByRole('radio', { name: 'No', exact: true }).check();
  await continueOn(page);
  await expect(page.getByText('Question 6 of 9')).toBeVisible();
  await page.getByLabel('What would you like to do?').fill('Climbing');
  await continueOn(page);

  await page.getByRole('checkbox', { name: 'Music' }).check();
  await page.getByRole('checkbox', { name: 'Art and making things' }).check();
  await continueOn(page);

  await page.getByRole('radio', { name: 'Don’t know' }).check();
  await continueOn(page);

  // Too much text: the error says how much is allowed and what was typed is kept.
  await expect(page.getByText('Question 9 of 9')).toBeVisible();
  const tooLong = 'I would like more clubs. '.repeat(21);
  await page.getByLabel('What one thing would make things better for you?').fill(tooLong);
  const refused = page.waitForResponse((r) => r.request().method() === 'POST' && !r.url().includes('/_actions/'));
  await continueOn(page);
  expect((await refused).status()).toBe(400);
  await expect(page.getByRole('alert')).toContainText('Your answer must be 500 characters or fewer');
  await expect(page.getByLabel('What one thing would make things better for you?')).toHaveValue(tooLong);
  await expectNoAxeViolations(page);
  await page.getByLabel('What one thing would make things better for you?').fill('More clubs near me.');
  await continueOn(page);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  const row = (question: string) => page.locator('.govuk-summary-list__row', { hasText: question });
  await expect(row('How old are you?')).toContainText('16 to 25');
  await expect(row('How do you feel about what comes next for you?')).toContainText('Not answered');
  await expect(row('What would you like to do?')).toContainText('Climbing');
  await expect(row('What do you like doing?')).toContainText('Music');
  await expect(row('Who helps you most?')).toContainText('Don’t know');
  await expectNoAxeViolations(page);

  // Changing "No" to "Yes" takes the question it revealed away again.
  await page.getByRole('button', { name: 'Change your answer to “Are there enough fun things to do after school and in the holidays?”' }).click();
  await expect(page.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await page.getByRole('radio', { name: 'Yes', exact: true }).check();
  await continueOn(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  await expect(row('Are there enough fun things')).toContainText('Yes');
  await expect(row('What would you like to do?')).toHaveCount(0);

  // Save and come back later: a link that brings the answers back, with nothing kept on the server.
  await page.getByRole('button', { name: 'Save and come back later' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your answers are saved');
  await expect(page.getByText('Anyone with this link can see your answers. Keep it private.')).toBeVisible();
  await expectNoAxeViolations(page);
  const link = await page.locator('.app-resume-link a').getAttribute('href');
  expect(link).toMatch(/\/have-your-say\/young-people\/\?resume=r1\./);

  const later = await context.newPage();
  await later.goto(link!);
  // The first question not answered yet, with every answer still there.
  await expect(later.getByText('Question 4 of 8')).toBeVisible();
  await later.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(later.getByRole('radio', { name: 'Always' })).toBeChecked();
  await later.getByRole('button', { name: 'Continue' }).click();
  await later.getByRole('radio', { name: 'Ready', exact: true }).check();
  for (let i = 0; i < 5 && (await later.getByRole('heading', { level: 1 }).innerText()) !== 'Check your answers'; i++) {
    await later.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(later.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  await expect(later.locator('.govuk-summary-list__row', { hasText: 'What do you like doing?' })).toContainText('Art and making things');
  await later.getByRole('button', { name: 'Send your answers' }).click();

  await expect(later.getByRole('heading', { level: 1 })).toHaveText('Thank you. We got your answers');
  const code = await receiptCodeOn(later);
  await expectNoAxeViolations(later);

  // The saved link, opened again after sending (a copy in another tab, a bookmark): it cannot send the answers twice.
  const replay = await context.newPage();
  const replayed = await replay.goto(link!);
  expect(replayed?.status()).toBe(409);
  await expect(replay.getByRole('alert')).toContainText('These answers were already sent, so this link to them no longer works');
  await expect(replay.getByRole('button', { name: 'Start' })).toBeVisible();
  await expectNoAxeViolations(replay);

  // Changing your mind: the receipt code deletes the answers, and only once.
  await later.getByRole('link', { name: 'Delete my answers' }).click();
  await expect(later.getByRole('heading', { level: 1 })).toHaveText('Delete your answers');
  await expectNoAxeViolations(later);
  await later.getByLabel('Receipt code').fill(code.toLowerCase().replaceAll('-', ' '));
  await later.getByRole('button', { name: 'Delete my answers' }).click();
  await expect(later.getByRole('heading', { level: 1 })).toHaveText('Your answers have been deleted');
  await expectNoAxeViolations(later);

  await later.goto('/have-your-say/delete/');
  await later.getByLabel('Receipt code').fill(code);
  const again = later.waitForResponse((r) => r.request().method() === 'POST' && !r.url().includes('/_actions/'));
  await later.getByRole('button', { name: 'Delete my answers' }).click();
  expect((await again).status()).toBe(404);
  await expect(later.getByRole('alert')).toContainText('We could not find any answers with that receipt code');
  await expect(later.getByLabel('Receipt code')).toHaveValue(code);
  await expectNoAxeViolations(later);
});

test('a saved-answers link that has been changed says so and offers to start again', async ({ page }) => {
  const response = await page.goto('/have-your-say/young-people/?resume=r1.bm90LWEtcmVhbC1jb2Rl');
  expect(response?.status()).toBe(400);
  await expect(page.getByRole('alert')).toContainText('This link to your saved answers does not work');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a receipt code with a typing mistake is caught before anything is looked up', async ({ page }) => {
  await page.goto('/have-your-say/delete/');
  await page.getByRole('button', { name: 'Delete my answers' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter your receipt code');
  await expectNoAxeViolations(page);
  await page.getByLabel('Receipt code').fill('ABCD-EFGH-JKMN');
  await page.getByRole('button', { name: 'Delete my answers' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter the receipt code exactly as it was shown, like K7QM-3XVA-9D2P');
  await page.getByRole('alert').getByRole('link').click();
  await expect(page.getByLabel('Receipt code')).toBeFocused();
});
