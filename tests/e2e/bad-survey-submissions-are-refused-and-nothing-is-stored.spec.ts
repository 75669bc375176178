// Answers that do not fit the survey are refused with a 4xx and nothing is written; a retried post is stored once.
// These run against a private server with its own data folder (and two extra surveys: one closed, one not yet open),
// so "nothing written" is checked exactly: the private dataset's change table gains no row.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { receiptFromCookie } from './support/receipt.ts';
import { startPrivateServer, type PrivateServer } from './support/surveys.ts';

let server: PrivateServer;
test.beforeAll(async () => {
  server = await startPrivateServer();
});
test.afterAll(async () => {
  await server?.stop();
});

const SUBMISSION_ID = '0b8f2c5e-7d1a-4c3b-9e6f-5a4d3c2b1a09';

/** What the parents' survey check page posts when "Send your answers" is pressed, with every required answer. */
function goodAnswers(): [string, string][] {
  return [
    ['survey', 'parents-and-carers'],
    ['submissionId', crypto.randomUUID()],
    ['step', 'check'],
    ['nav', 'submit'],
    ['answers.age-phase', 'primary'],
    ['answers.listened-to', '4'],
    ['answers.overall-experience', 'good'],
  ];
}

const withAnswer = (key: string, ...values: string[]) => [...goodAnswers().filter(([k]) => k !== `answers.${key}`), ...values.map((v) => [`answers.${key}`, v] as [string, string])];
const without = (name: string) => goodAnswers().filter(([k]) => k !== name);

const BAD: { what: string; path?: string; fields: [string, string][]; status: number; says: string; origin?: string }[] = [
  { what: 'an unknown question', fields: [...goodAnswers(), ['answers.favourite-colour', 'blue']], status: 400, says: 'This question is not part of this survey' },
  { what: 'a choice that is not offered', fields: withAnswer('overall-experience', 'amazing'), status: 400, says: 'Select one of the answers shown' },
  { what: 'two answers to a one-answer question', fields: withAnswer('listened-to', '4', '5'), status: 400, says: 'Select one answer only' },
  { what: 'a scale point out of range', fields: withAnswer('listened-to', '7'), status: 400, says: 'Select one of the answers shown' },
  { what: 'text longer than the limit', fields: withAnswer('what-works', 'x'.repeat(1501)), status: 400, says: 'Your answer must be 1,500 characters or fewer' },
  { what: 'a required question left out', fields: without('answers.age-phase'), status: 400, says: 'Select how old the child or young person is' },
  { what: '"none of these" with another answer', fields: withAnswer('waiting-for', 'camhs', 'none'), status: 400, says: 'on its own' },
  { what: 'a missing submission id', fields: without('submissionId'), status: 400, says: 'the form was incomplete' },
  { what: 'a submission id that is not a UUID', fields: goodAnswers().map(([k, v]) => [k, k === 'submissionId' ? 'not-an-id' : v]), status: 400, says: 'the form was incomplete' },
  { what: 'a closed survey', path: '/have-your-say/short-breaks/', fields: goodAnswers().map(([k, v]) => [k, k === 'survey' ? 'short-breaks' : v]), status: 403, says: 'This survey closed on' },
  { what: 'a survey that has not opened', path: '/have-your-say/travel-to-school/', fields: goodAnswers().map(([k, v]) => [k, k === 'survey' ? 'travel-to-school' : v]), status: 404, says: '' },
  { what: 'a post from another site', fields: goodAnswers(), status: 403, says: '', origin: 'https://evil.example' },
];

for (const bad of BAD) {
  test(`${bad.what} is refused with ${bad.status} and nothing is stored`, async ({ request }) => {
    const before = server.feedbackWrites();
    const response = await request.post(`${server.url}${bad.path ?? '/have-your-say/parents-and-carers/'}`, {
      headers: { Origin: bad.origin ?? server.url, 'Content-Type': 'application/x-www-form-urlencoded' },
      data: new URLSearchParams(bad.fields).toString(),
      maxRedirects: 0,
    });
    expect(response.status()).toBe(bad.status);
    if (bad.says) expect(await response.text()).toContain(bad.says);
    expect(server.feedbackWrites()).toBe(before);
  });
}

test('the action endpoint itself refuses the same answers', async ({ request }) => {
  const before = server.feedbackWrites();
  const response = await request.post(`${server.url}/_actions/submitSurvey/`, {
    headers: { Origin: server.url, 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    data: new URLSearchParams(withAnswer('listened-to', '9')).toString(),
  });
  expect(response.status()).toBe(400);
  expect(JSON.stringify(await response.json())).toContain('listened-to');
  expect(server.feedbackWrites()).toBe(before);
});

test('a retried post is stored once and gets the same receipt code', async ({ request }) => {
  const fields = goodAnswers().map(([k, v]) => [k, k === 'submissionId' ? SUBMISSION_ID : v]);
  const post = () =>
    request.post(`${server.url}/have-your-say/parents-and-carers/`, {
      headers: { Origin: server.url, 'Content-Type': 'application/x-www-form-urlencoded' },
      data: new URLSearchParams(fields).toString(),
      maxRedirects: 0,
    });
  const before = server.feedbackWrites();
  const first = await post();
  expect(first.status()).toBe(303);
  const afterFirst = server.feedbackWrites();
  expect(afterFirst).toBeGreaterThan(before);
  const second = await post();
  expect(second.status()).toBe(303);
  expect(second.headers()['location']).toBe(first.headers()['location']);
  expect(receiptFromCookie(second.headers()['set-cookie'])).toBe(receiptFromCookie(first.headers()['set-cookie']));
  expect(server.feedbackWrites()).toBe(afterFirst);
  // Stored without the receipt code or anything about the sender.
  const stored = server.feedbackStored();
  const code = receiptFromCookie(first.headers()['set-cookie'])!;
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  expect(stored).not.toContain(code);
  expect(stored).not.toMatch(/127\.0\.0\.1|::1|localhost/);
});

test('a bot that fills in the hidden field is thanked and nothing is stored', async ({ request }) => {
  const before = server.feedbackWrites();
  const response = await request.post(`${server.url}/have-your-say/parents-and-carers/`, {
    headers: { Origin: server.url, 'Content-Type': 'application/x-www-form-urlencoded' },
    data: new URLSearchParams([...goodAnswers(), ['website', 'https://spam.example']]).toString(),
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  expect(response.headers()['location']).toBe('/have-your-say/parents-and-carers/sent/');
  expect(server.feedbackWrites()).toBe(before);
});

test('Have your say lists open surveys, says when closed ones closed, and hides ones not yet open', async ({ page }) => {
  await page.goto(`${server.url}/have-your-say/`);
  await expect(page.getByRole('link', { name: 'Tell us what it is like for you' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Closed surveys' })).toBeVisible();
  await expect(page.getByText(/^Short breaks survey: closed on \d{1,2} \w+ \d{4}$/)).toBeVisible();
  await expect(page.getByText('Travel to school survey')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto(`${server.url}/have-your-say/short-breaks/`);
  await expect(page.getByText(/This survey closed on .*You cannot send answers to it any more\./)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const future = await page.goto(`${server.url}/have-your-say/travel-to-school/`);
  expect(future?.status()).toBe(404);
});

test('too many answers from one place in a short time get a clear 429 page that keeps the answers', async ({ page, request }) => {
  await page.goto(`${server.url}/have-your-say/parents-and-carers/`);
  await page.getByLabel('Under 5 (early years)').check();
  await page.getByRole('group', { name: 'Professionals listen to me and my child.' }).getByLabel('Agree', { exact: true }).check();
  await page.getByLabel('Very good').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');

  // Bots are thanked but still count towards the limit, so this uses it up without storing anything.
  const before = server.feedbackWrites();
  let status = 0;
  for (let i = 0; i < 40 && status !== 429; i++) {
    const response = await request.post(`${server.url}/have-your-say/parents-and-carers/`, {
      headers: { Origin: server.url, 'Content-Type': 'application/x-www-form-urlencoded' },
      data: new URLSearchParams([...goodAnswers(), ['website', 'bot']]).toString(),
      maxRedirects: 0,
    });
    status = response.status();
  }
  expect(status).toBe(429);

  const refused = page.waitForResponse((r) => r.request().method() === 'POST' && !r.url().includes('/_actions/'));
  await page.getByRole('button', { name: 'Send your answers' }).click();
  expect((await refused).status()).toBe(429);
  await expect(page.getByRole('alert')).toContainText(/You have sent a lot of answers in a short time\. Wait \d+ seconds and try again\./);
  await expect(page.locator('.govuk-summary-list__row', { hasText: 'How old is the child' })).toContainText('Under 5 (early years)');
  await expectNoAxeViolations(page);
  expect(server.feedbackWrites()).toBe(before);
});
