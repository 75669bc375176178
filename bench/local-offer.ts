// Local Offer benchmark: build time and what each page template transfers, for the sample and a 10,000-service area.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateArea, kb, pageWeight, serveBuild, table, timedBuild, root } from './support.ts';

// Inside the project: a build must resolve its packages from node_modules.
const scratch = join(root, 'bench', 'out');
const sizes = process.argv.includes('--quick') ? [['sample', 0]] as const : ([['sample', 0], ['10,000 services', 10_000]] as const);

for (const [label, services] of sizes) {
  const contentDir = services ? join(scratch, `area-${services}`) : join(root, 'content');
  if (services) await generateArea(contentDir, services, 1000);
  const buildDir = join(scratch, `build-${services}`);
  const seconds = await timedBuild(contentDir, buildDir);
  const port = 4460 + (services ? 1 : 0);
  const server = await serveBuild(buildDir, contentDir, port, join(scratch, `data-${services}`));
  const base = `http://localhost:${port}`;
  try {
    const someService = (await (await fetch(`${base}/local-offer/primary/`)).text()).match(/href="(\/services\/[^"]+)"/)![1]!;
    const someGuide = (await (await fetch(`${base}/guides/`)).text()).match(/href="(\/guides\/[^"/]+\/)"/)![1]!;
    const templates: [string, string][] = [
      ['home', '/'],
      ['local offer', '/local-offer/'],
      ['phase (browse)', '/local-offer/primary/'],
      ['phase, filtered + postcode', '/local-offer/primary/?need=autism&postcode=WM4+2AB'],
      ['service page', someService],
      ['guide', someGuide],
      ['glossary', '/glossary/'],
      ['search results', '/search/?q=speech+therapy'],
    ];
    const rows = [];
    let firstSearch = 0;
    for (const [name, path] of templates) {
      const w = await pageWeight(base, path);
      if (name === 'search results') firstSearch = w.totalGzip;
      rows.push([name, kb(w.htmlGzip), kb(w.cssGzip), kb(w.jsGzip), w.requests, kb(w.totalGzip)]);
    }
    // A later search reuses the cached stylesheet: only the results page moves.
    const later = await pageWeight(base, '/search/?q=short+breaks');
    console.log(`\nLocal Offer — ${label}: build ${seconds.toFixed(1)} s (all pages; search is server-side, no index to build)`);
    console.log(table(['template', 'HTML gz', 'CSS gz', 'JS gz', 'requests', 'first visit gz'], rows));
    console.log(`search transfer: first ${kb(firstSearch)} (page and styles), later ${kb(later.htmlGzip)} (results page only)`);
  } finally {
    server.kill();
  }
}
rmSync(scratch, { recursive: true, force: true });
