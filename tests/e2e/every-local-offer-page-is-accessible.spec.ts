// Every Local Offer template, at phone and desktop widths: no axe violations and nothing wider than the screen.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, testPagesAtPhoneAndDesktop } from './support/axe.ts';

const pages = [
  '/',
  '/local-offer/',
  '/local-offer/secondary/',
  '/local-offer/preparing-for-adulthood/?cost=free&postcode=WM1',
  '/services/westmoor-sendiass/',
  '/services/speech-and-language-therapy/',
  '/guides/',
  '/glossary/',
  '/search/?q=short+breaks',
  '/shortlist/',
  '/local-offer/coverage/',
  '/report-a-problem/?subject=service-westmoor-sendiass',
  '/contact/',
];

testPagesAtPhoneAndDesktop('Local Offer pages', pages);

test('a school’s page answers the schedule 2 questions', async ({ page }) => {
  await page.goto('/search/?q=school');
  await page.locator('.app-service-card a').first().click();
  await expect(page.getByRole('heading', { level: 2, name: /supports children with SEN/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'How the school or setting identifies and assesses special educational needs' })).toBeVisible();
});

test('a record not reviewed for over a year warns families', async ({ page, request }) => {
  // The sample marks about one service in ten as overdue; find one through the services' own pages.
  const index = await (await request.get('/local-offer/preparing-for-adulthood/')).text();
  const slugs = [...new Set([...index.matchAll(/href="\/services\/([^"/]+)\/"/g)].map((m) => m[1]!))];
  let found = false;
  for (const slug of slugs) {
    const html = await (await request.get(`/services/${slug}/`)).text();
    if (html.includes('more than 12 months ago')) {
      await page.goto(`/services/${slug}/`);
      await expect(page.locator('.govuk-warning-text')).toContainText('more than 12 months ago');
      found = true;
      break;
    }
  }
  expect(found, 'some service in the sample is overdue for review').toBe(true);
});
