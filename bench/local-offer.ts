// Local Offer benchmark: build time and what each page template transfers, for the sample and a 10,000-service area;
// the 10,000-service build also against a bare Astro build of as many pages, for the ratio.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { timedBareAstroBuild } from './lib/bare-astro.ts';
import { generateArea, htmlPages, kb, pageWeight, report, round, scratchDir, serveBuild, stopServer, table, timedBuild, root } from './support.ts';

const sizes = process.argv.includes('--quick') ? ([['sample', 0]] as const) : ([['sample', 0], ['10,000 services', 10_000]] as const);
const PORT = 4500;
// The targets: a service page within 30 KB gzip all told, and no JavaScript on the pages that browse.
const SERVICE_PAGE_MAX_KB = 30;
const BROWSE = new Set(['local offer', 'phase (browse)', 'phase, filtered + postcode']);

async function templates(base: string): Promise<[string, string][]> {
  const someService = (await (await fetch(`${base}/local-offer/primary/`)).text()).match(/href="(\/services\/[^"]+)"/)![1]!;
  const someGuide = (await (await fetch(`${base}/guides/`)).text()).match(/href="(\/guides\/[^"/]+\/)"/)![1]!;
  return [
    ['home', '/'],
    ['local offer', '/local-offer/'],
    ['phase (browse)', '/local-offer/primary/'],
    ['phase, filtered + postcode', '/local-offer/primary/?need=autism&postcode=WM4+2AB'],
    ['service page', someService],
    ['guide', someGuide],
    ['glossary', '/glossary/'],
    ['search results', '/search/?q=speech+therapy'],
  ];
}

async function measureTemplates(base: string, label: string): Promise<void> {
  const rows = [];
  let firstSearch = 0;
  for (const [name, path] of await templates(base)) {
    const w = await pageWeight(base, path);
    if (name === 'search results') firstSearch = w.totalGzip;
    rows.push([name, kb(w.htmlGzip), kb(w.cssGzip), kb(w.jsGzip), w.requests, kb(w.totalGzip)]);
    report(`${name}: first visit gz, ${label}`, round(w.totalGzip / 1024), 'KB', name === 'service page' ? { atMost: SERVICE_PAGE_MAX_KB } : {});
    report(`${name}: JS gz, ${label}`, round(w.jsGzip / 1024), 'KB', BROWSE.has(name) ? { atMost: 0 } : {});
  }
  // A later search reuses the cached stylesheet: only the results page moves.
  const later = await pageWeight(base, '/search/?q=short+breaks');
  console.log(table(['template', 'HTML gz', 'CSS gz', 'JS gz', 'requests', 'first visit gz'], rows));
  console.log(`search transfer: first ${kb(firstSearch)} (page and styles), later ${kb(later.htmlGzip)} (results page only)`);
  report(`search transfer, first, ${label}`, round(firstSearch / 1024), 'KB');
  report(`search transfer, later, ${label}`, round(later.htmlGzip / 1024), 'KB');
}

/** Astro alone building as many pages, of about the same size, as our build wrote. */
async function compareWithBareAstro(buildDir: string, ourSeconds: number): Promise<void> {
  const ours = htmlPages(join(buildDir, 'client'));
  const bare = await timedBareAstroBuild(ours.count, ours.averageBytes);
  const ratio = ourSeconds / bare.seconds;
  console.log(
    `bare Astro, ${bare.pages.toLocaleString('en-GB')} pages of ~${kb(ours.averageBytes)}: ${bare.seconds.toFixed(1)} s; ` +
      `ours/bare ${ratio.toFixed(1)}×`,
  );
  report(`build, bare Astro, ${bare.pages.toLocaleString('en-GB')} pages`, round(bare.seconds), 's');
  report('build ratio, 10,000 services / bare Astro', round(ratio), '×');
}

const scratch: string[] = [];
try {
  for (const [i, [label, services]] of sizes.entries()) {
    const contentDir = services ? scratchDir(`local-offer-area-${services}`) : join(root, 'content');
    if (services) await generateArea(contentDir, services, 1000);
    const buildDir = scratchDir(`local-offer-${services}`);
    const dataDir = scratchDir(`local-offer-data-${services}`);
    scratch.push(...(services ? [contentDir] : []), buildDir, dataDir);
    const seconds = await timedBuild(contentDir, buildDir);
    const pages = htmlPages(join(buildDir, 'client')).count;
    console.log(`\nLocal Offer — ${label}: build ${seconds.toFixed(1)} s, ${pages.toLocaleString('en-GB')} prerendered pages and the server (search is server-side, no index to build)`);
    report(`build, ${label} (${pages.toLocaleString('en-GB')} pages)`, round(seconds), 's');
    if (services) await compareWithBareAstro(buildDir, seconds);
    const server = await serveBuild(buildDir, contentDir, PORT + i, dataDir);
    try {
      await measureTemplates(`http://localhost:${PORT + i}`, label);
    } finally {
      await stopServer(server);
    }
  }
} finally {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
}
