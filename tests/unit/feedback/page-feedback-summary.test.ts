import { describe, expect, it } from 'vitest';
import type { PageFeedback } from '../../../src/model/index.ts';
import { describeUsefulness, isLocalOfferPage, summarisePageFeedback } from '../../../src/feedback/page-feedback-summary.ts';

let n = 0;
const answer = (path: string, useful: boolean, createdAt: string, whatWasWrong?: string): PageFeedback => ({
  _id: `pageFeedback-${++n}`,
  _type: 'pageFeedback',
  path,
  useful,
  createdAt,
  ...(whatWasWrong ? { whatWasWrong } : {}),
});

const answers = [
  answer('/services/portage/', false, '2026-11-01T10:00:00Z', 'The phone number is wrong'),
  answer('/services/portage/', false, '2026-11-03T10:00:00Z', 'Opening times are out of date'),
  answer('/services/portage/', true, '2026-11-02T10:00:00Z'),
  answer('/plan/', true, '2026-11-04T10:00:00Z'),
  answer('/plan/', false, '2026-10-01T10:00:00Z', 'Too many numbers'),
  answer('/local-offer/primary/', true, '2026-11-05T10:00:00Z'),
];

describe('page feedback for the comms team', () => {
  it('counts each page, worst first, with its newest comments first', () => {
    const summary = summarisePageFeedback(answers);
    expect(summary.pages.map((p) => [p.path, p.useful, p.notUseful])).toEqual([
      ['/services/portage/', 1, 2],
      ['/plan/', 1, 1],
      ['/local-offer/primary/', 1, 0],
    ]);
    expect(summary.pages[0]!.comments.map((c) => c.text)).toEqual(['Opening times are out of date', 'The phone number is wrong']);
    expect(summary.total).toEqual({ useful: 3, notUseful: 3 });
  });

  it('counts the Local Offer’s pages together as Local Offer feedback, and not the plan’s', () => {
    expect(summarisePageFeedback(answers).localOffer).toEqual({ useful: 2, notUseful: 2, comments: 2 });
    expect(['/', '/services/x/', '/guides/y/', '/search/', '/local-offer/'].every(isLocalOfferPage)).toBe(true);
    expect(['/plan/', '/have-your-say/young-people/', '/you-said-we-did/'].some(isLocalOfferPage)).toBe(false);
  });

  it('can start from a date, and keeps only a few comments a page', () => {
    const summary = summarisePageFeedback(answers, { from: '2026-11-01', commentsPerPage: 1 });
    expect(summary.pages.find((p) => p.path === '/plan/')).toMatchObject({ useful: 1, notUseful: 0, comments: [] });
    expect(summary.pages[0]!.comments).toHaveLength(1);
  });

  it('says how useful a page was in words', () => {
    expect(describeUsefulness({ useful: 7, notUseful: 3 })).toBe('7 of 10 (70%) found it useful');
    expect(describeUsefulness({ useful: 0, notUseful: 0 })).toBe('no answers yet');
  });
});
