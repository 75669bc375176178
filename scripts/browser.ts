// Finds a Chromium for the end-to-end tests, installing one where this machine allows: detect, don't assume.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

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

function tryRun(command: string, args: string[]): boolean {
  // noninteractive: a package's configuration questions would otherwise wait for an answer nobody is there to give.
  return spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
}

/** Debian's chromium through apt where we are root (or have password-less sudo); else Playwright's own download. */
function install(): void {
  const hasApt = existsSync('/usr/bin/apt-get');
  const isRoot = process.getuid?.() === 0;
  const sudo = !isRoot && hasApt && spawnSync('sudo', ['-n', 'true']).status === 0 ? ['sudo'] : [];
  if (hasApt && (isRoot || sudo.length)) {
    console.log('No Chromium found: installing Debian\'s chromium with apt-get …');
    const apt = (args: string[]) => (sudo.length ? tryRun('sudo', ['DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args]) : tryRun('apt-get', args));
    if (apt(['update', '-qq']) && apt(['install', '-y', '-qq', 'chromium'])) return;
  }
  console.log('No Chromium found: asking Playwright to download one …');
  tryRun(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium']);
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
