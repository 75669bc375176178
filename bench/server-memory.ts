// Server memory at full size: the built server's resident set for 10,000 services and 100,000 survey responses, after
// it has served each kind of page once (the embedded store, catalogue and search index are loaded on first use).
import { rmSync } from 'node:fs';
import { generateArea, memoryOf, report, round, scratchDir, serveBuild, stopServer, table, timedBuild } from './support.ts';

const SERVICES = 10_000;
const RESPONSES = 100_000;
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
  const server = await serveBuild(buildDir, contentDir, PORT, dataDir);
  try {
    const started = memoryOf(server.pid!);
    const rows = [['(started)', '', started.rssMb.toFixed(0)], ...(await visitAll(`http://localhost:${PORT}`, server.pid!))];
    const after = memoryOf(server.pid!);
    console.log(`Server RSS, ${SERVICES.toLocaleString('en-GB')} services and ${RESPONSES.toLocaleString('en-GB')} responses, after each page:`);
    console.log(table(['page', 'status', 'RSS MB'], rows));
    if (after.peakMb !== undefined) console.log(`peak RSS ${after.peakMb.toFixed(0)} MB`);
    report('server RSS at start, 10,000 services + 100,000 responses', round(started.rssMb, 0), 'MB');
    report('server RSS after representative pages, same', round(after.rssMb, 0), 'MB');
    if (after.peakMb !== undefined) report('server peak RSS, same', round(after.peakMb, 0), 'MB');
  } finally {
    await stopServer(server);
  }
} finally {
  for (const dir of [contentDir, buildDir, dataDir]) rmSync(dir, { recursive: true, force: true });
}
