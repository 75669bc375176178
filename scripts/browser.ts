// Finds a Chromium for the end-to-end tests, installing one where this machine allows: detect, don't assume.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { installDebianPackage } from './debian-package.ts';

const CANDIDATES: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'],
};

async function playwrightsOwn(): Promise<string | undefined> {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

async function find(): Promise<string | undefined> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
  }
  return (CANDIDATES[process.platform] ?? []).find((p) => existsSync(p)) ?? (await playwrightsOwn());
}

/** Debian's chromium through apt where we may; else Playwright's own download. */
function install(): void {
  if (installDebianPackage('chromium')) return;
  console.log('No Chromium found: asking Playwright to download one …');
  spawnSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium'], { stdio: 'inherit' });
}

export async function ensureChromium(): Promise<string> {
  const found = await find();
  if (found) return found;
  install();
  const installed = await find();
  if (!installed) {
    throw new Error(
      'No Chromium or Chrome is available for the end-to-end tests. Install Chrome or Chromium, or set CHROMIUM_PATH to its executable.',
    );
  }
  return installed;
}
