// npm run page-feedback: what people said in "Is this page useful?", per page and for the Local Offer as a whole
// (embedded store; with Sanity, the Studio's "Page feedback" tool shows the same summary).
import { parseArgs } from 'node:util';
import { describeUsefulness, summarisePageFeedback } from '../src/feedback/page-feedback-summary.ts';
import { PageFeedback } from '../src/model/index.ts';
import type { ContentStore } from '../src/store/port.ts';
import { formatDate } from '../src/text/dates.ts';

export const PAGE_FEEDBACK_GROQ = `*[_type == "pageFeedback"]`;

export async function main(args: string[], io: { store: ContentStore; out: (line: string) => void; err: (line: string) => void }): Promise<number> {
  let from: string | undefined;
  let top = 20;
  try {
    const { values } = parseArgs({ args, options: { from: { type: 'string' }, top: { type: 'string' } } });
    if (values.from !== undefined) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(values.from) || Number.isNaN(Date.parse(values.from))) throw new Error('--from must be a date such as 2026-04-01');
      from = values.from;
    }
    if (values.top !== undefined) {
      top = Number(values.top);
      if (!Number.isInteger(top) || top < 1) throw new Error('--top must be a whole number of pages, 1 or more');
    }
  } catch (error) {
    io.err(`${(error as Error).message}\nUsage: npm run page-feedback [-- --from 2026-04-01] [--top 20]`);
    return 2;
  }
  const items = PageFeedback.array().parse(await io.store.query(PAGE_FEEDBACK_GROQ, {}, { dataset: 'feedback' }));
  const summary = summarisePageFeedback(items, { from, commentsPerPage: 3 });
  io.out(`Is this page useful? ${from ? `Answers since ${formatDate(from)}` : 'All answers'}: ${describeUsefulness(summary.total)}.`);
  io.out(`Local Offer pages: ${describeUsefulness(summary.localOffer)}; ${summary.localOffer.comments} said what was wrong.`);
  for (const page of summary.pages.slice(0, top)) {
    io.out(`\n${page.path}  ${describeUsefulness(page)}`);
    for (const c of page.comments) io.out(`  ${formatDate(c.createdAt)}: “${c.text}”`);
  }
  if (summary.pages.length > top) io.out(`\n… and ${summary.pages.length - top} more pages (use --top).`);
  return 0;
}

if (import.meta.main) {
  const { loadConfigOrExit } = await import('./lib.ts');
  const { openStore } = await import('../src/store/open-store.ts');
  const { clockFor } = await import('../src/clock/clock.ts');
  const config = loadConfigOrExit();
  const store = await openStore({ dataDir: config.dataDir, contentDir: config.contentDir, sanity: config.sanity, now: clockFor(config) });
  let code = 1;
  try {
    code = await main(process.argv.slice(2), { store, out: (l) => console.log(l), err: (l) => console.error(l) });
  } finally {
    await store.close();
  }
  process.exit(code);
}
