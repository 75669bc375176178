// "Is this page useful?" answers summed up for the comms team: per page, and the Local Offer's pages together, since
// regulation 56 asks for the comments made about the Local Offer to be gathered (and answered in You said, we did).
import type { PageFeedback } from '../model/index.ts';

/** The paths that make up the Local Offer (its services, guides and tools), as opposed to the plan or surveys. */
const LOCAL_OFFER_PATHS = [/^\/$/, /^\/local-offer\//, /^\/services\//, /^\/guides\//, /^\/glossary\//, /^\/search\//, /^\/shortlist\//, /^\/report-a-problem\//];

export function isLocalOfferPage(path: string): boolean {
  return LOCAL_OFFER_PATHS.some((p) => p.test(path));
}

export interface PageTally {
  path: string;
  useful: number;
  notUseful: number;
  /** What people said was wrong (already scrubbed of personal data when stored), newest first. */
  comments: { text: string; createdAt: string }[];
}

export interface PageFeedbackSummary {
  from?: string;
  total: { useful: number; notUseful: number };
  localOffer: { useful: number; notUseful: number; comments: number };
  /** Pages with the most "not useful" answers first. */
  pages: PageTally[];
}

/** Answers on or after `from` (an ISO date), summed per page; `commentsPerPage` keeps the newest few comments each. */
export function summarisePageFeedback(items: readonly PageFeedback[], options: { from?: string; commentsPerPage?: number } = {}): PageFeedbackSummary {
  const keep = options.commentsPerPage ?? 5;
  const byPath = new Map<string, PageTally>();
  const summary: PageFeedbackSummary = { from: options.from, total: { useful: 0, notUseful: 0 }, localOffer: { useful: 0, notUseful: 0, comments: 0 }, pages: [] };
  const newestFirst = [...items].filter((i) => !options.from || i.createdAt >= options.from).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  for (const item of newestFirst) {
    const page = byPath.get(item.path) ?? { path: item.path, useful: 0, notUseful: 0, comments: [] };
    byPath.set(item.path, page);
    const key = item.useful ? 'useful' : 'notUseful';
    page[key]++;
    summary.total[key]++;
    if (item.whatWasWrong && page.comments.length < keep) page.comments.push({ text: item.whatWasWrong, createdAt: item.createdAt });
    if (isLocalOfferPage(item.path)) {
      summary.localOffer[key]++;
      if (item.whatWasWrong) summary.localOffer.comments++;
    }
  }
  summary.pages = [...byPath.values()].sort((a, b) => b.notUseful - a.notUseful || b.useful + b.notUseful - (a.useful + a.notUseful) || a.path.localeCompare(b.path));
  return summary;
}

/** "7 of 10 (70%) found it useful", or "no answers yet". */
export function describeUsefulness(t: { useful: number; notUseful: number }): string {
  const all = t.useful + t.notUseful;
  if (all === 0) return 'no answers yet';
  return `${t.useful} of ${all} (${Math.round((100 * t.useful) / all)}%) found it useful`;
}
