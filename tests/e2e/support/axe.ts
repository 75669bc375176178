// Runs axe against the page as the user sees it and fails with each violation described.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe runs as a script in the page, which a no-JavaScript page cannot do. So the markup the user was shown is replayed
 * at the same address in a fresh page with scripts on (its styles load from the real server), and axe checks that.
 * This covers pages that only exist as the answer to a form post, such as error states.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const url = page.url();
  const html = await page.content();
  const browser = page.context().browser();
  if (!browser) throw new Error('expectNoAxeViolations needs a browser-backed page');
  const context = await browser.newContext({ viewport: page.viewportSize() ?? undefined, javaScriptEnabled: true });
  try {
    const replay = await context.newPage();
    await replay.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await replay.goto(url);
    const results = await new AxeBuilder({ page: replay }).withTags(TAGS).analyze();
    const described = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
    );
    expect(described, `axe violations on ${url}`).toEqual([]);
  } finally {
    await context.close();
  }
}

/** The page fits the viewport: nothing forces sideways scrolling (WCAG 1.4.10 reflow at 320px). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${page.url()} is ${overflow}px wider than the viewport`).toBeLessThanOrEqual(0);
}

/** One test per width (phone and desktop): each page answers 200, fits the screen and has no axe violations. */
export function testPagesAtPhoneAndDesktop(what: string, pages: readonly string[], timeout = 120_000): void {
  for (const width of [320, 1280]) {
    test(`${what} pass axe and fit the screen at ${width}px`, async ({ page }) => {
      test.setTimeout(timeout);
      await page.setViewportSize({ width, height: 900 });
      for (const path of pages) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await expectNoHorizontalScroll(page);
        await expectNoAxeViolations(page);
      }
    });
  }
}
