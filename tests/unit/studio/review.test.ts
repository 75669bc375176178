// "Due for review" and "Mark as reviewed today" follow the site's 12-month rule, on the sample's services and guides.
import { describe, expect, it } from 'vitest';
import { dueForReview, asQuery } from '../../../studio/lib/desk-filters.ts';
import { isOverdueForReview, markReviewedToday, reviewCutoff, reviewWarning } from '../../../studio/lib/review.ts';
import { Service } from '../../../src/model/index.ts';
import { applyStudioPatches, groq, ofType, sample, TODAY } from './helpers.ts';

describe('the review cut-off', () => {
  it('is the same calendar date 12 months earlier', () => {
    expect(reviewCutoff('2026-11-23')).toBe('2025-11-23');
    expect(reviewCutoff('2028-02-29')).toBe('2027-02-28');
  });
});

describe('"Services due for review"', () => {
  it.each(['service', 'guide'] as const)('lists exactly the sample %ss the site flags as overdue', async (type) => {
    const docs = sample().content;
    const { filter, params } = dueForReview(type, TODAY);
    const listed = (await groq<{ _id: string }[]>(asQuery({ filter, params }), docs, params)).map((d) => d._id).sort();
    const flagged = docs
      .filter((d) => d._type === type && isOverdueForReview((d as { lastReviewed: string }).lastReviewed, TODAY))
      .map((d) => d._id)
      .sort();
    expect(listed).toEqual(flagged);
    if (type === 'service') expect(listed.length, 'the sample should have some stale services to show').toBeGreaterThan(0);
  });

  it('includes a service reviewed 12 months and a day ago, but not one reviewed exactly 12 months ago', async () => {
    const { filter, params } = dueForReview('service', '2026-11-23');
    const docs = [
      { _id: 'a', _type: 'service', lastReviewed: '2025-11-22' },
      { _id: 'b', _type: 'service', lastReviewed: '2025-11-23' },
      { _id: 'c', _type: 'service' },
    ];
    expect((await groq<{ _id: string }[]>(asQuery({ filter, params }), docs, params)).map((d) => d._id)).toEqual(['a', 'c']);
  });
});

describe('"Mark as reviewed today"', () => {
  const service = ofType(sample().content, 'service').find((s) => isOverdueForReview(s.lastReviewed, TODAY))!;

  it('sets "Last reviewed" to today, and the result is still a valid service that is no longer due', () => {
    const decision = markReviewedToday(service, TODAY);
    expect(decision).toMatchObject({ kind: 'patch', set: { lastReviewed: TODAY } });
    if (decision.kind !== 'patch') return;
    const patched = applyStudioPatches(service, [{ set: decision.set }]);
    expect(Service.parse(patched).lastReviewed).toBe(TODAY);
    expect(isOverdueForReview(patched.lastReviewed, TODAY)).toBe(false);
    // Nothing else changes.
    expect({ ...patched, lastReviewed: service.lastReviewed }).toEqual(service);
  });

  it('is disabled when already reviewed today, for an unsaved document, and for a review date in the future', () => {
    expect(markReviewedToday({ lastReviewed: TODAY }, TODAY)).toEqual({ kind: 'disabled', reason: 'Already marked as reviewed today' });
    expect(markReviewedToday(null, TODAY).kind).toBe('disabled');
    expect(markReviewedToday({ lastReviewed: '2027-01-01' }, TODAY)).toMatchObject({ kind: 'disabled', reason: expect.stringContaining('future') });
  });
});

describe('the "Last reviewed" warning', () => {
  it('warns after 12 months and for future dates, and is quiet otherwise', () => {
    expect(reviewWarning('2026-06-01', TODAY)).toBe(true);
    expect(reviewWarning(undefined, TODAY)).toBe(true);
    expect(reviewWarning('2025-11-22', TODAY, 'check it')).toBe('Last reviewed more than 12 months ago: check it');
    expect(reviewWarning('2026-12-01', TODAY)).toBe('The review date is in the future');
  });
});

describe('"Preview on the site"', () => {
  it('goes to the site that serves the Studio, or the configured one, for services and guides only', async () => {
    const { previewUrl } = await import('../../../studio/lib/preview-url.ts');
    const here = { origin: 'https://localoffer.example', pathname: '/studio/content/structure' };
    expect(previewUrl({ id: 'drafts.service-a', type: 'service', location: here })).toBe('https://localoffer.example/preview/services/service-a');
    expect(previewUrl({ id: 'guide-b', type: 'guide', configuredSite: 'https://site.example/', location: { origin: 'https://x.sanity.studio', pathname: '/content' } })).toBe(
      'https://site.example/preview/guides/guide-b',
    );
    expect(previewUrl({ id: 'guide-b', type: 'guide', location: { origin: 'https://x.sanity.studio', pathname: '/content' } })).toBeUndefined();
    expect(previewUrl({ id: 'action-1', type: 'action', location: here })).toBeUndefined();
  });
});
