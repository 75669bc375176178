// "Is this page useful?" at the foot of every page, with JavaScript off: yes or no, optionally what was wrong, stored
// without personal data, then back to the same page with a thank-you. Runs on a private server so the test can read
// exactly what was stored.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { startPrivateServer, type PrivateServer } from './support/surveys.ts';

test.use({ javaScriptEnabled: false });

let server: PrivateServer;
test.beforeAll(async () => {
  server = await startPrivateServer();
});
test.afterAll(async () => {
  await server?.stop();
});

test('saying a page is useful takes you back to it with a thank-you', async ({ page }) => {
  await page.goto(`${server.url}/local-offer/`);
  const feedback = page.getByRole('complementary', { name: 'Page feedback' });
  await expect(feedback.getByRole('heading', { name: 'Is this page useful?' })).toBeVisible();
  await expect(feedback.getByText('Thank you for your feedback.')).toBeHidden();
  const before = server.feedbackWrites();
  await feedback.getByRole('button', { name: 'Yes this page is useful' }).click();

  await expect(page).toHaveURL(`${server.url}/local-offer/#page-useful-thanks`);
  await expect(feedback.getByText('Thank you for your feedback.')).toBeVisible();
  await expect(feedback.getByRole('button', { name: 'Yes this page is useful' })).toBeHidden();
  await expectNoAxeViolations(page);
  expect(server.feedbackWrites()).toBeGreaterThan(before);
  expect(server.feedbackStored()).toContain('"path":"/local-offer/","useful":true');
});

test('what was wrong is stored with personal details taken out, and a search comes back with its results', async ({ page }) => {
  await page.goto(`${server.url}/search/?q=speech+therapy`);
  const feedback = page.getByRole('complementary', { name: 'Page feedback' });
  await feedback.getByText('Tell us what was wrong with this page').click();
  await feedback.getByLabel('What was wrong? (optional)').fill('Nothing about Saturday groups. Email me at sam.jones@example.com or call 07700 900456');
  await feedback.getByRole('button', { name: 'Send' }).click();

  await expect(page).toHaveURL(`${server.url}/search/?q=speech+therapy#page-useful-thanks`);
  await expect(feedback.getByText('Thank you for your feedback.')).toBeVisible();
  const stored = server.feedbackStored();
  expect(stored).toContain('"path":"/search/","useful":false');
  expect(stored).toContain('Nothing about Saturday groups.');
  expect(stored).not.toContain('sam.jones@example.com');
  expect(stored).not.toContain('07700 900456');
  // Only the page's path is kept: never what was searched for.
  expect(stored).not.toContain('speech+therapy');
});

test('too much text is refused with the form shown again, then accepted once shortened', async ({ page }) => {
  await page.goto(`${server.url}/guides/`);
  const before = server.feedbackWrites();
  const feedback = page.getByRole('complementary', { name: 'Page feedback' });
  await feedback.getByText('Tell us what was wrong with this page').click();
  const tooLong = 'The list is hard to follow. '.repeat(40);
  await feedback.getByLabel('What was wrong? (optional)').fill(tooLong);
  const refused = page.waitForResponse((r) => r.request().method() === 'POST' && !r.url().includes('/_actions/'));
  await feedback.getByRole('button', { name: 'Send' }).click();
  expect((await refused).status()).toBe(400);
  await expect(page.getByRole('alert')).toContainText('What was wrong must be 1,000 characters or fewer');
  await expect(page.getByLabel('What was wrong? (optional)').first()).toHaveValue(tooLong);
  await expect(page.getByRole('radio', { name: 'No' })).toBeChecked();
  await expectNoAxeViolations(page);
  expect(server.feedbackWrites()).toBe(before);

  await page.getByLabel('What was wrong? (optional)').first().fill('The list is hard to follow.');
  await page.getByRole('main').getByRole('button', { name: 'Send' }).click();
  await expect(page).toHaveURL(`${server.url}/guides/#page-useful-thanks`);
  expect(server.feedbackWrites()).toBeGreaterThan(before);
});

test('feedback cannot send people to another site, and posts from another site are refused', async ({ request }) => {
  const before = server.feedbackWrites();
  const offSite = await request.post(`${server.url}/page-feedback/`, {
    headers: { Origin: server.url, 'Content-Type': 'application/x-www-form-urlencoded' },
    data: new URLSearchParams({ path: '//evil.example/', return: '//evil.example/', useful: 'yes' }).toString(),
    maxRedirects: 0,
  });
  expect(offSite.status()).toBe(400);
  const crossSite = await request.post(`${server.url}/page-feedback/`, {
    headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
    data: new URLSearchParams({ path: '/', return: '/', useful: 'yes' }).toString(),
    maxRedirects: 0,
  });
  expect(crossSite.status()).toBe(403);
  expect(server.feedbackWrites()).toBe(before);
});

test('survey pages do not offer it, so answers in the form are never lost to it', async ({ page }) => {
  await page.goto(`${server.url}/have-your-say/young-people/`);
  await expect(page.getByRole('complementary', { name: 'Page feedback' })).toHaveCount(0);
  await page.goto(`${server.url}/have-your-say/`);
  await expect(page.getByRole('complementary', { name: 'Page feedback' })).toBeVisible();
});
