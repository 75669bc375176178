// A parent on an old phone with JavaScript off searches the Local Offer.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { openStoreAt, portFor, startOwnServer } from './support/own-server.ts';

test.use({ javaScriptEnabled: false });

test('search finds ranked services and guides, with counts by kind', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Search' }).first().click();
  await page.getByLabel('Search services and information').fill('speech therapy');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=speech\+therapy/);
  const count = page.getByRole('heading', { level: 2, name: /\d+ results? for “speech therapy”/ });
  await expect(count).toBeVisible();
  const first = page.locator('.app-service-card h3 a').first();
  await expect(first).toContainText(/speech/i);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: /^Information and advice \(\d+\)$/ }).click();
  await expect(page.locator('.app-service-card').first()).toContainText('Information and advice');
});

test('a search that finds nothing suggests what to do next and is counted without personal data', async ({ page }) => {
  await page.goto('/search/?q=trampoline+parkour');
  await expect(page.getByText('We could not find anything for “trampoline parkour”.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'browse services by age group' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('of the searches that find nothing, only those made of the site’s words and common English words are counted', async ({ page }) => {
  // A server of its own, so the count is of these searches only.
  const server = await startOwnServer({ port: portFor(14) });
  try {
    for (const q of ['zzqxy sarah jones', 'karate trampoline', 'Karate  trampoline', 'trampoline parkour']) {
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(q)}`);
      await expect(page.getByText(`We could not find anything for “${q.trim()}”.`)).toBeVisible();
    }
    await expect(page.getByText('only when every word is already on this website or is a common English word')).toBeVisible();
    const store = await openStoreAt(server.dataDir);
    try {
      // A name, or a word no dictionary has ("parkour" is not a common one), keeps the whole search out.
      expect(await store.query('*[_type == "searchGap"]{ query, count }', {}, { dataset: 'feedback' })).toEqual([{ query: 'karate trampoline', count: 2 }]);
    } finally {
      await store.close();
    }
  } finally {
    await server.dispose();
  }
});

test('a search that is too long is refused with a clear message', async ({ page }) => {
  const response = await page.goto(`/search/?q=${'a'.repeat(201)}`);
  expect(response?.status()).toBe(400);
  await expect(page.getByRole('alert')).toContainText('Search for 200 characters or fewer');
  await expectNoAxeViolations(page);
});
