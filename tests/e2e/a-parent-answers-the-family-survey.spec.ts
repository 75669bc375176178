// A parent answers the survey for parents and carers: one page of questions, a follow-up question their answer
// revealed, check answers, send, and a receipt code.
import { expect, test } from '@playwright/test';
import { sampleDateTimeText } from './support/today.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { receiptCodeOn } from './support/surveys.ts';

test('a parent answers on one page, is asked one more question because of an answer, and sends', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Have your say' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Have your say');
  // The sample's parents' survey closes on 31 January 2027 in its own story; the portal moves that to the day it runs.
  await expect(page.getByText(`Open until ${sampleDateTimeText('2027-01-31T23:59:00Z')}`)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Tell us about your family’s experience of SEND support' }).click();

  await expect(page.getByRole('heading', { name: 'How we use your answers' })).toBeVisible();
  await expect(page.getByText('Questions marked “(optional)” can be left blank.')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Which part of Westmoor do you live in? (optional)' })).toBeVisible();
  // The question about annual reviews only matters to families with an EHC plan, so it is not asked yet.
  await expect(page.getByText('I was fully involved in my child’s last annual review.')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Sending nothing: each required question says what to do, in the order of the page.
  const refused = page.waitForResponse((r) => r.request().method() === 'POST' && !r.url().includes('/_actions/'));
  await page.getByRole('button', { name: 'Continue' }).click();
  expect((await refused).status()).toBe(400);
  await expect(page).toHaveTitle(/^Error: /);
  const summary = page.getByRole('alert');
  await expect(summary.getByRole('listitem')).toHaveText([
    'Select how old the child or young person is',
    'Select how much you agree that professionals listen to you and your child',
    'Select how you would describe your experience of SEND support',
  ]);
  await expectNoAxeViolations(page);

  await page.getByLabel('5 to 11 (primary)').check();
  await page.getByRole('checkbox', { name: 'Autism', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Speech, language and communication' }).check();
  await page.getByRole('group', { name: 'Professionals listen to me and my child.' }).getByLabel('Agree', { exact: true }).check();
  await page.getByRole('group', { name: /education, health and care \(EHC\) plan/ }).getByLabel('Yes', { exact: true }).check();
  await page.getByLabel('Mixed').check();
  await page.getByLabel('What one thing would make the biggest difference? (optional)').fill('Shorter waits for speech therapy. Call me on 07700 900123.');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('I was fully involved in my child’s last annual review. (optional)');
  await expectNoAxeViolations(page);
  await page.getByLabel('Strongly agree').check();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  const row = (question: string) => page.locator('.govuk-summary-list__row', { hasText: question });
  await expect(row('What are their main needs?')).toContainText('Autism');
  await expect(row('What are their main needs?')).toContainText('Speech, language and communication');
  await expect(row('I was fully involved')).toContainText('Strongly agree');
  await expect(row('Which part of Westmoor')).toContainText('Not answered');
  await expectNoAxeViolations(page);
  const sent = page.waitForResponse((r) => r.request().method() === 'POST' && !r.url().includes('/_actions/'));
  await page.getByRole('button', { name: 'Send your answers' }).click();
  expect((await sent).status()).toBe(303);

  await expect(page).toHaveURL(/\/have-your-say\/parents-and-carers\/sent\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Answers sent');
  // The code is on the page, and stays there on a reload, but is never in the address (history, logs, screenshots).
  const code = await receiptCodeOn(page);
  expect(page.url()).not.toContain(code.slice(0, 4));
  await page.reload();
  expect(await receiptCodeOn(page)).toBe(code);
  await expect(page.getByText('Keep this code safe.')).toBeVisible();
  await expectNoAxeViolations(page);
});
