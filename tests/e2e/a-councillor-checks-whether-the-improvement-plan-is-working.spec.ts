// A councillor checks whether the improvement plan is working: the dashboard, one area in depth, its charts as tables
// and as CSV, with JavaScript off, at phone and desktop widths.
import { expect, test } from '@playwright/test';
import { quarterOf } from '../../src/plan/quarter.ts';
import { sampleDate, sampleDateText, sampleMonthText } from './support/today.ts';
import { expectNoAxeViolations, expectNoHorizontalScroll, testPagesAtPhoneAndDesktop } from './support/axe.ts';

test.use({ javaScriptEnabled: false });

const pages = [
  '/plan/',
  '/plan/priority-action-1/',
  '/plan/priority-action-2/',
  '/plan/recommendation-2/',
  '/plan/board-pack/',
  `/plan/board-pack/?quarter=${quarterOf(sampleDate('2026-06-30')).slug}`,
  '/you-said-we-did/',
  '/you-said-we-did/?area=priority-action-4&phase=primary',
  '/you-said-we-did/help-while-waiting-for-an-assessment/',
  '/subscribe/',
];

testPagesAtPhoneAndDesktop('the plan pages', pages, 180_000);

test('the dashboard shows every area, its actions by status, slipped milestones and measures against target', async ({ page }) => {
  await page.goto('/plan/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Improvement plan progress');
  await expect(page.getByText(/^Last updated \d{1,2} \w+ 20\d\d\./)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Areas for priority action' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Recommendations' })).toBeVisible();
  await expect(page.locator('.app-area-summary')).toHaveCount(9);
  // Every status is a word on the page, never a colour alone.
  const overall = page.getByRole('list', { name: 'All actions by status' });
  for (const status of ['Overdue', 'At risk', 'On track', 'Not started', 'Complete']) await expect(overall.getByText(status, { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Slipped milestones' }).first()).toBeVisible();
  await expect(page.getByRole('table', { name: 'Measures for recommendation 2' }).getByText('Worse than baseline')).toBeVisible();
});

test('an area shows each action’s owner, dates, milestones, log and co-production, and measures as chart, table and CSV', async ({ page, request }) => {
  await page.goto('/plan/');
  await page.getByRole('link', { name: 'Shorter waits for health services' }).click();
  await expect(page).toHaveURL(/\/plan\/recommendation-2\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shorter waits for health services');

  const action = page.locator('section#r2-2');
  await expect(action.getByRole('heading', { level: 3 })).toHaveText('R2.2 Bring autism assessment waits down to 40 weeks');
  await expect(action.locator('.govuk-tag').first()).toHaveText('Overdue');
  await expect(action.getByText('Westmoor University Hospitals NHS Trust')).toBeVisible();
  await expect(action.getByRole('table', { name: 'Milestones for R2.2' }).getByText('Missed')).toBeVisible();
  await expect(action.getByRole('heading', { name: 'Action and impact log' })).toBeVisible();
  await expect(action.getByText(sampleDateText('2026-07-10'))).toBeVisible();
  await expect(page.getByRole('table', { name: /Who co-produced, reviewed or was consulted/ })).toBeVisible();

  const chart = page.getByRole('img', { name: 'Chart: Average wait for an ADHD assessment' });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAttribute('aria-describedby', 'measure-wait-for-an-adhd-assessment-summary');
  await expect(page.locator('#measure-wait-for-an-adhd-assessment-summary')).toContainText('Worse than baseline: 73 weeks against a baseline of 64 weeks.');
  await page.getByText('Show the figures for Average wait for an ADHD assessment').click();
  const table = page.getByRole('table', { name: 'Figures for Average wait for an ADHD assessment' });
  await expect(table.getByRole('rowheader', { name: `Baseline (${sampleDateText('2023-09-30')})` })).toBeVisible();
  await expect(table.getByRole('row', { name: `${sampleMonthText('2026-09-30')} 73 weeks` })).toBeVisible();

  const csvLink = page.getByRole('link', { name: 'Download the figures for Average wait for an ADHD assessment (CSV)' });
  const csv = await request.get((await csvLink.getAttribute('href'))!);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const rows = (await csv.text()).trim().split('\r\n');
  expect(rows[0]).toBe('measure,kind,date,period,value,unit,responses,interval_low,interval_high,note');
  expect(rows).toContain(`Average wait for an ADHD assessment,actual,${sampleDate('2026-09-30')},${sampleMonthText('2026-09-30')},73,weeks,,,,`);

  await page.getByRole('heading', { name: 'You said, we did' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('link', { name: 'Help while waiting for an autism or ADHD assessment' })).toBeVisible();
});

test('survey measures show responses and 95% intervals, and never a figure for fewer than 10', async ({ page }) => {
  await page.goto('/plan/priority-action-1/');
  await expect(page.getByRole('img', { name: 'Chart: Parents and carers who feel listened to' })).toBeVisible();
  await page.getByText('Show the figures for Parents and carers who feel listened to').click();
  const table = page.getByRole('table', { name: 'Figures for Parents and carers who feel listened to' });
  await expect(table.getByRole('columnheader', { name: 'Responses' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: '95% interval' })).toBeVisible();
  for (const n of await table.locator('tbody tr td:nth-child(3)').allTextContents()) {
    if (/^\d/.test(n)) expect(Number(n.replace(/,/g, ''))).toBeGreaterThanOrEqual(10);
  }
});

test('the plan pages send no JavaScript', async ({ request }) => {
  for (const path of ['/plan/', '/plan/priority-action-1/', '/plan/board-pack/', '/you-said-we-did/']) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toMatch(/<script\b/i);
  }
});

test('an area that does not exist is a 404, and a measure that does not exist gives no CSV', async ({ request }) => {
  expect((await request.get('/plan/priority-action-99/')).status()).toBe(404);
  expect((await request.get('/plan/priority-action-1/measures/nothing.csv')).status()).toBe(404);
});

test('plan pages are cached only briefly, so new figures show within a minute', async ({ request }) => {
  for (const path of ['/plan/', '/plan/priority-action-1/', '/you-said-we-did/feed.xml']) {
    expect((await request.get(path)).headers()['cache-control'], path).toBe('public, max-age=15');
  }
});
