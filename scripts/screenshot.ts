// Screenshots of pages at phone and desktop widths, for looking at what we build: npm run screenshot -- /path …
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { ensureChromium } from './browser.ts';

const base = process.env.BASE_URL ?? 'http://localhost:4321';
const out = process.env.OUT_DIR ?? 'test-results/screenshots';
const widths = (process.env.WIDTHS ?? '320,1280').split(',').map(Number);
const paths = process.argv.slice(2);
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: await ensureChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
for (const path of paths.length ? paths : ['/']) {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, javaScriptEnabled: process.env.NO_JS !== '1' });
    await page.goto(base + path);
    const file = join(out, `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}.png`);
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file);
    await page.close();
  }
}
await browser.close();
