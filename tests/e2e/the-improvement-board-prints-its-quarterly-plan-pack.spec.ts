// The improvement board prints its quarterly pack: every area with actions by status, slippage, measures with
// charts and tables, new "You said, we did" and co-production; a CSV of actions and measures; a clean PDF.
import { expect, test } from '@playwright/test';
import { previousQuarter, quarterOf } from '../../src/plan/quarter.ts';
import { formatDate } from '../../src/text/dates.ts';
import { sampleDate } from './support/today.ts';
import { expectNoAxeViolations } from './support/axe.ts';

test.use({ javaScriptEnabled: false });

test('the pack for this quarter has every area, and prints to PDF with each area on its own pages', async ({ page }) => {
  await page.goto('/plan/');
  await page.getByRole('link', { name: /Board pack for this quarter/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Board pack: \w+ to \w+ 20\d\d$/);
  await expect(page.locator('.app-board-area')).toHaveCount(9);

  const area = page.locator('#recommendation-2');
  await expect(area.getByRole('heading', { name: 'Actions by status' })).toBeVisible();
  await expect(area.getByRole('heading', { name: 'Slippage' })).toBeVisible();
  await expect(area.getByText(/Action overdue: R2\.2/)).toBeVisible();
  await expect(area.getByRole('img', { name: 'Chart: Average wait for an ADHD assessment' })).toBeVisible();
  // Printed, the tables must be there without opening anything.
  await expect(area.getByRole('table', { name: 'Figures for Average wait for an ADHD assessment' })).toBeVisible();
  await expect(area.getByRole('heading', { name: 'New You said, we did' })).toBeVisible();
  await expect(area.getByRole('heading', { name: 'Co-production this quarter' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.govuk-service-navigation')).toBeHidden();
  await expect(page.locator('form.app-filters')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages, 'one or more pages per area, after the summary').toBeGreaterThanOrEqual(10);
});

test('an earlier quarter shows statuses as they were at its end', async ({ page }) => {
  // R2.2 is overdue today. It was due on 30 June 2026 in the sample's story (moved to the day the portal runs), so at
  // the end of the quarter before the one it fell due in, it was not yet overdue.
  await page.goto('/plan/board-pack/');
  await expect(page.locator('#recommendation-2').getByRole('row', { name: /R2\.2/ }).locator('.govuk-tag')).toHaveText('Overdue');
  const earlier = previousQuarter(quarterOf(sampleDate('2026-06-30')));
  await page.getByLabel('Quarter').selectOption({ label: earlier.label });
  await page.getByRole('button', { name: 'Show board pack' }).click();
  await expect(page).toHaveURL(new RegExp(`/plan/board-pack/\\?quarter=${earlier.slug}$`));
  await expect(page.getByText(`Statuses as at ${formatDate(earlier.end)}.`)).toBeVisible();
  await expect(page.locator('#recommendation-2').getByRole('row', { name: /R2\.2/ }).locator('.govuk-tag')).not.toHaveText('Overdue');
  await expectNoAxeViolations(page);
});

test('a quarter that is not in the plan is refused with a 400 that lists the choices', async ({ page }) => {
  const response = await page.goto('/plan/board-pack/?quarter=2019-q1');
  expect(response?.status()).toBe(400);
  await expect(page.getByRole('alert')).toContainText('There is no board pack for January to March 2019');
  await expect(page.getByLabel('Quarter').locator('option').first()).toHaveText(/20\d\d$/);
  await expectNoAxeViolations(page);
});

test('the pack downloads as CSV: every action with its status, and every measure’s figures', async ({ page, request }) => {
  await page.goto('/plan/board-pack/');
  const actionsHref = await page.getByRole('link', { name: 'Download every action and its status (CSV)' }).getAttribute('href');
  const actions = await request.get(actionsHref!);
  expect(actions.headers()['content-disposition']).toMatch(/^attachment; filename="plan-actions-20\d\d-q[1-4]\.csv"$/);
  const actionRows = (await actions.text()).trim().split('\r\n');
  expect(actionRows[0]).toMatch(/^area_kind,area_number,area,reference,action,owner,lead_organisation,/);
  expect(actionRows.length).toBe(1 + 35);
  expect(new Set(actionRows.slice(1).map((r) => /,(Overdue|At risk|On track|Not started|Complete|Complete \(late\)),/.exec(r)?.[1]))).toEqual(
    new Set(['Overdue', 'At risk', 'On track', 'Not started', 'Complete', 'Complete (late)']),
  );

  const measuresHref = await page.getByRole('link', { name: 'Download every measure’s figures (CSV)' }).getAttribute('href');
  const measures = (await (await request.get(measuresHref!)).text()).trim().split('\r\n');
  expect(measures[0]).toBe('area_kind,area_number,area,measure,kind,date,period,value,unit,responses,interval_low,interval_high,note,position,direction');
  expect(measures.filter((r) => r.includes(',baseline,')).length).toBe(20);

  expect((await request.get('/plan/board-pack/actions.csv?quarter=nonsense')).status()).toBe(400);
});
