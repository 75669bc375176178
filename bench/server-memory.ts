// Server memory at full size: the built server's resident set for 10,000 services and 100,000 survey responses, after
// it has served each kind of page once (the embedded store, catalogue and search index are loaded on first use). The
// peak is the whole server process's high-water mark (VmHWM), first open of its SQLite database included: seeding it
// from the generated files and the one-off recount of the survey totals on the first plan page.
// MEMORY_SERVICES and MEMORY_RESPONSES shrink it while developing (the target is for the full size).
import { rmSync } from 'node:fs';
import { generateArea, memoryOf, report, round, scratchDir, serveBuild, stopServer, table, timedBuild } from './support.ts';

const SERVICES = Number(process.env.MEMORY_SERVICES ?? 10_000);
const RESPONSES = Number(process.env.MEMORY_RESPONSES ?? 100_000);
const PEAK_RSS_TARGET_MB = 300;
const size = `${SERVICES.toLocaleString('en-GB')} services + ${RESPONSES.toLocaleString('en-GB')} responses`;
const PORT = 4520;

function linkIn(html: string, pattern: RegExp): string {
  const link = pattern.exec(html)?.[1];
  if (!link) throw new Error(`no link matching ${pattern} on the page before`);
  return link;
}

/**
 * Home, a phase, a service, the plan and one of its areas, and a search: what a visitor's first minute touches. A
 * service and an area are whichever the page before links to first.
 */
const VISITS: (string | ((previousPage: string) => string))[] = [
  '/',
  '/local-offer/primary/',
  (phase) => linkIn(phase, /href="(\/services\/[^"]+)"/),
  '/plan/',
  (plan) => linkIn(plan, /href="(\/plan\/(?!board-pack)[^"/]+\/)"/),
  '/search/?q=speech+therapy',
];

/** Visits each page in turn, noting the server's RSS after each. */
async function visitAll(base: string, pid: number): Promise<(string | number)[][]> {
  const rows: (string | number)[][] = [];
  let previousPage = '';
  for (const visit of VISITS) {
    const path = typeof visit === 'string' ? visit : visit(previousPage);
    const response = await fetch(base + path);
    previousPage = await response.text();
    rows.push([path, response.status, memoryOf(pid).rssMb.toFixed(0)]);
  }
  return rows;
}

const contentDir = scratchDir('memory-area');
const buildDir = scratchDir('memory');
const dataDir = scratchDir('memory-data');
try {
  await generateArea(contentDir, SERVICES, RESPONSES);
  await timedBuild(contentDir, buildDir);
  // First start: the server creates its database from the generated files. Then a restart on that database, as a
  // deployment has it (nothing seeded, the survey totals already counted). The first keeps the figures' old names.
  for (const restart of [false, true]) {
    const which = restart ? ', restart on the existing database' : '';
    const server = await serveBuild(buildDir, contentDir, PORT, dataDir);
    try {
      const started = memoryOf(server.pid!);
      const rows = [['(started)', '', started.rssMb.toFixed(0)], ...(await visitAll(`http://localhost:${PORT}`, server.pid!))];
      const after = memoryOf(server.pid!);
      console.log(`Server RSS, ${size}${restart ? ', restarted on the database the first start made' : ', first start'}, after each page:`);
      console.log(table(['page', 'status', 'RSS MB'], rows));
      if (after.peakMb !== undefined) console.log(`peak RSS ${after.peakMb.toFixed(0)} MB`);
      report(`server RSS at start, ${size}${which}`, round(started.rssMb, 0), 'MB');
      report(`server RSS after representative pages, same${which}`, round(after.rssMb, 0), 'MB');
      // Without /proc there is no high-water mark: the RSS after the pages is the nearest figure, and says so.
      if (after.peakMb !== undefined) report(`server peak RSS, same${which}`, round(after.peakMb, 0), 'MB', { atMost: PEAK_RSS_TARGET_MB });
      else report(`server RSS after representative pages (no peak here), same${which}`, round(after.rssMb, 0), 'MB', { atMost: PEAK_RSS_TARGET_MB });
    } finally {
      await stopServer(server);
    }
  }
} finally {
  for (const dir of [contentDir, buildDir, dataDir]) rmSync(dir, { recursive: true, force: true });
}
