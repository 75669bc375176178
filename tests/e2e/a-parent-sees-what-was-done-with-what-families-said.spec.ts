// A parent reads "You said, we did": filters by area and age group without JavaScript, reads one entry and its
// actions' status today, and follows the Atom feed.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';

test.use({ javaScriptEnabled: false });

test('filters by area and age group, then reads what was said and what was done', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'You said, we did' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You said, we did');
  const all = Number((await page.locator('#results').textContent())!.split(' ')[0]);

  await page.getByLabel('Area of the plan').selectOption({ label: 'Priority action 3: Reducing exclusions for pupils with an EHC plan' });
  await page.getByLabel('Age group').selectOption({ label: 'Primary' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/\/you-said-we-did\/\?area=priority-action-3&phase=primary$/);
  const filtered = Number((await page.locator('#results').textContent())!.split(' ')[0]);
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(all);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Staying in school' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staying in school');
  await expect(page.getByText('This summary comes from 58 comments.')).toBeVisible();
  await expect(page.getByText('“Support before things go wrong, not after a suspension.”')).toBeVisible();
  await expect(page.getByText('A parent of a primary-age child')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'We did' })).toBeVisible();
  const actions = page.locator('.app-entry-actions li');
  await expect(actions).toHaveCount(3);
  await expect(actions.filter({ hasText: 'PA3.3' }).locator('.govuk-tag')).toHaveText('Overdue');
  await expect(actions.filter({ hasText: 'PA3.1' }).locator('.govuk-tag')).toHaveText('Complete');
  await expectNoAxeViolations(page);

  await actions.filter({ hasText: 'PA3.3' }).getByRole('link').click();
  await expect(page).toHaveURL(/\/plan\/priority-action-3\/#pa3-3$/);
});

test('a filter that is not in the list is refused with a 400 that says what to do', async ({ page }) => {
  const response = await page.goto('/you-said-we-did/?area=priority-action-42&phase=teenagers');
  expect(response?.status()).toBe(400);
  await expect(page).toHaveTitle(/^Error: You said, we did/);
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Choose an area of the plan from the list');
  await expect(summary).toContainText('Choose an age group from the list');
  await expect(page.locator('#area-error')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the Atom feed is well-formed, escaped and follows the filters', async ({ page, request }) => {
  await page.goto('/you-said-we-did/?area=priority-action-4');
  const href = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
  expect(href).toBe('/you-said-we-did/feed.xml?area=priority-action-4');

  const response = await request.get(href!);
  expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const xml = await response.text();
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const ns = 'http://www.w3.org/2005/Atom';
    return {
      error: doc.getElementsByTagName('parsererror').length > 0,
      root: doc.documentElement.namespaceURI + ' ' + doc.documentElement.localName,
      feedId: doc.documentElement.getElementsByTagNameNS(ns, 'id')[0]?.textContent,
      entries: [...doc.getElementsByTagNameNS(ns, 'entry')].map((e) => ({
        title: e.getElementsByTagNameNS(ns, 'title')[0]?.textContent,
        id: e.getElementsByTagNameNS(ns, 'id')[0]?.textContent,
        updated: e.getElementsByTagNameNS(ns, 'updated')[0]?.textContent,
        content: e.getElementsByTagNameNS(ns, 'content')[0]?.textContent,
      })),
    };
  }, xml);
  expect(parsed.error).toBe(false);
  expect(parsed.root).toBe('http://www.w3.org/2005/Atom feed');
  expect(parsed.feedId).toMatch(/\/you-said-we-did\/feed\.xml\?area=priority-action-4$/);
  expect(parsed.entries.map((e) => e.title)).toEqual(['Help while waiting for an autism or ADHD assessment']);
  expect(parsed.entries[0]!.id).toMatch(/\/you-said-we-did\/help-while-waiting-for-an-assessment\/$/);
  expect(parsed.entries[0]!.updated).toMatch(/^\d{4}-\d\d-\d\dT00:00:00Z$/);
  expect(parsed.entries[0]!.content).toContain('<h2>You said</h2>');
});

test('a bad feed filter is a 400 in words', async ({ request }) => {
  const response = await request.get('/you-said-we-did/feed.xml?phase=%3Cscript%3E');
  expect(response.status()).toBe(400);
  expect(await response.text()).toBe('Choose an age group from the list\n');
});

test('an entry that does not exist is a 404', async ({ request }) => {
  expect((await request.get('/you-said-we-did/no-such-entry/')).status()).toBe(404);
});
