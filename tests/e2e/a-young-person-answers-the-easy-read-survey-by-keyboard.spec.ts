// A young person on a small phone answers the easy read survey with the keyboard only (Tab, Space, Enter, and the
// arrow keys that move between radio buttons), then gets a receipt code. No mouse, no third-party requests.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './support/axe.ts';
import { receiptCodeOn, tabTo } from './support/surveys.ts';
import { E2E_TODAY } from './support/today.ts';
import { quarterOf } from '../../src/plan/quarter.ts';

test.use({ viewport: { width: 320, height: 640 } });

/** The plan's figure for "Young people who say adults listen to them" this quarter, from the measure's CSV download. */
const LISTENED_TO_CSV = '/plan/priority-action-1/measures/young-people-who-feel-listened-to.csv';
async function thisQuarter(request: APIRequestContext): Promise<{ responses: string; figure: string; note: string } | undefined> {
  const rows = (await (await request.get(LISTENED_TO_CSV)).text()).trim().split(/\r?\n/).map((r) => r.split(','));
  const col = (name: string) => rows[0]!.indexOf(name);
  const row = rows.find((r) => r[col('kind')] === 'actual' && r[col('period')] === quarterOf(E2E_TODAY).label);
  return row && { responses: row[col('responses')]!, figure: row[col('value')]!, note: row[col('note')]! };
}

test('a young person answers every question by keyboard at 320px and gets a receipt code', async ({ page, baseURL, request }) => {
  const before = await thisQuarter(request);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const press = (key: string) => page.keyboard.press(key);
  const looksRight = async () => {
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  };

  await page.goto('/have-your-say/');
  await tabTo(page, page.getByRole('link', { name: 'Tell us what it is like for you' }));
  await press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tell us what it is like for you');
  await expect(page.getByRole('heading', { name: 'Your privacy' })).toBeVisible();
  await expect(page.getByText('You do not have to give your name.', { exact: true })).toBeVisible();
  await looksRight();
  await tabTo(page, page.getByRole('button', { name: 'Start' }));
  await press('Enter');

  // Question 1 is required: continuing without an answer explains what to do, and the error links to the answer.
  await expect(page.getByText('Question 1 of 8')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How old are you?');
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await press('Enter');
  await expect(page).toHaveTitle(/^Error: How old are you\?/);
  await expect(page.getByRole('alert')).toContainText('Select how old you are');
  await looksRight();
  await tabTo(page, page.getByRole('link', { name: 'Select how old you are' }));
  await press('Enter');
  await expect(page.getByLabel('11 to 15')).toBeFocused();
  await press('ArrowDown');
  await expect(page.getByLabel('16 to 25')).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await press('Enter');

  // Symbols come with words: the radio's name is the words alone.
  await expect(page.getByText('Question 2 of 8')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How do you feel at school or college?');
  await expect(page.getByRole('radio', { name: 'Very happy', exact: true })).toBeVisible();
  await expect(page.locator('label', { hasText: 'Very happy' }).locator('[aria-hidden="true"]')).toHaveText('😀');
  await looksRight();
  await tabTo(page, page.getByRole('radio', { name: 'Very unhappy' }));
  for (let i = 0; i < 3; i++) await press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Happy', exact: true })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await press('Enter');

  await expect(page.getByText('Question 3 of 8')).toBeVisible();
  await tabTo(page, page.getByRole('radio', { name: 'Never' }));
  for (let i = 0; i < 3; i++) await press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Most of the time' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await press('Enter');

  // An optional question can be skipped.
  await expect(page.getByText('Question 4 of 8')).toBeVisible();
  await expect(page.getByText('You can skip this question.')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await press('Enter');

  // Answering "No" adds a question, and the count goes up to match.
  await expect(page.getByText('Question 5 of 8')).toBeVisible();
  await tabTo(page, page.getByRole('radio', { name: 'Yes', exact: true }));
  await press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await press('Enter');

  await expect(page.getByText('Question 6 of 9')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What would you like to do?');
  await tabTo(page, page.getByRole('textbox', { name: 'What would you like to do?' }));
  await page.keyboard.type('Go karting with my friends');
  // Enter in a text box continues (it never goes back).
  await press('Enter');

  await expect(page.getByText('Question 7 of 9')).toBeVisible();
  await looksRight();
  await tabTo(page, page.getByRole('checkbox', { name: 'Music' }));
  await press('Space');
  await tabTo(page, page.getByRole('checkbox', { name: 'Being outside' }));
  await press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await press('Enter');

  await expect(page.getByText('Question 8 of 9')).toBeVisible();
  await tabTo(page, page.getByRole('radio', { name: 'My family' }));
  await press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await press('Enter');

  await expect(page.getByText('Question 9 of 9')).toBeVisible();
  await tabTo(page, page.getByRole('textbox', { name: 'What one thing would make things better for you?' }));
  await page.keyboard.type('More clubs where people understand autism.');
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  const answers = page.locator('.govuk-summary-list');
  await expect(answers).toContainText('16 to 25');
  await expect(answers).toContainText('Go karting with my friends');
  await expect(answers).toContainText('Music');
  await expect(answers).toContainText('Being outside');
  await expect(answers.locator('.govuk-summary-list__row', { hasText: 'How do you feel about what comes next for you?' })).toContainText('Not answered');
  await looksRight();
  await tabTo(page, page.getByRole('button', { name: 'Send your answers' }));
  await press('Enter');

  await expect(page).toHaveURL(/\/have-your-say\/young-people\/sent\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you. We got your answers');
  await receiptCodeOn(page);
  await expect(page.getByRole('link', { name: 'Delete my answers' })).toBeVisible();
  await looksRight();

  const origin = new URL(baseURL!).origin;
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:')), 'requests to other sites').toEqual([]);

  // "Most of the time" to "Do adults listen to you?" counts towards the plan's measure this quarter, within a minute
  // and without a rebuild. Under 10 responses the plan shows no figure, and no count either.
  if (before?.responses) {
    await expect.poll(async () => (await thisQuarter(request))?.responses, { timeout: 60_000, intervals: [2_000] }).toBe(String(Number(before.responses) + 1));
    expect(Number((await thisQuarter(request))!.figure)).toBeGreaterThan(0);
  } else {
    await expect.poll(async () => Boolean(await thisQuarter(request)), { timeout: 60_000, intervals: [2_000] }).toBe(true);
    const after = (await thisQuarter(request))!;
    if (after.responses) expect(after.responses).toBe('10');
    else expect([after.figure, after.note]).toEqual(['', 'Fewer than 10 responses']);
  }
});
