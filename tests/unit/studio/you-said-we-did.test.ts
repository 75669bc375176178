// "Draft a You said, we did" from each sample feedback theme: evidence counts, approved quotes and linked actions.
import { describe, expect, it } from 'vitest';
import { YouSaidWeDid } from '../../../src/model/index.ts';
import { draftYouSaidWeDid, themeEvidence } from '../../../studio/lib/you-said-we-did.ts';
import { counterKeys, ofType, sample, TODAY } from './helpers.ts';

const themes = ofType(sample().content, 'feedbackTheme');
const actions = ofType(sample().content, 'action');
const responses = ofType(sample().feedback, 'surveyResponse');

/** What the Studio fetches: responses that reference the theme, with only the answers tagged with it. */
function fetched(themeId: string) {
  return responses
    .filter((r) => r.answers.some((a) => a.themes?.some((t) => t._ref === themeId)))
    .map((r) => ({ ...r, answers: r.answers.filter((a) => a.themes?.some((t) => t._ref === themeId)) }));
}

describe.each(themes.map((t) => [t.title, t] as const))('from the theme "%s"', (_title, theme) => {
  const draft = draftYouSaidWeDid({ theme, responses: fetched(theme._id), actions, today: TODAY, key: counterKeys() });
  const tagged = responses.flatMap((r) => r.answers).filter((a) => a.text && a.themes?.some((t) => t._ref === theme._id));

  it('is a valid draft "You said, we did" with a stable id for the theme and day', () => {
    expect(draft.document._id).toBe(`drafts.${draft.id}`);
    expect(draft.id).toBe(`youSaidWeDid-${theme.slug.current}-${TODAY}`);
    expect(YouSaidWeDid.parse(draft.document)).toBeTruthy();
  });

  it('counts the tagged comments, leaving out rejected ones', () => {
    expect(draft.document.commentCount).toBe(tagged.filter((a) => a.moderation !== 'rejected').length);
    expect(draft.evidence.approved + draft.evidence.pending).toBe(draft.document.commentCount);
    expect(draft.evidence.rejected).toBe(tagged.filter((a) => a.moderation === 'rejected').length);
  });

  it('quotes up to three approved answers tagged with the theme, never pending or rejected ones', () => {
    const approvedTexts = new Set(tagged.filter((a) => a.moderation === 'approved').map((a) => a.text!.trim()));
    expect(draft.document.quotes.length).toBe(Math.min(3, draft.evidence.quotable.length));
    for (const q of draft.document.quotes) {
      expect(approvedTexts.has(q.text), q.text).toBe(true);
      expect(q.approvedAt).toBe(TODAY);
      expect(q.attribution).toMatch(/^(A parent or carer|A young person)/);
    }
  });

  it('links the theme, its plan areas and every action in those areas', () => {
    const areaIds = (theme.areas ?? []).map((a) => a._ref);
    expect(draft.document.themes.map((t) => t._ref)).toEqual([theme._id]);
    expect(draft.document.areas.map((a) => a._ref)).toEqual(areaIds);
    expect(draft.document.actions.map((a) => a._ref).sort()).toEqual(actions.filter((a) => areaIds.includes(a.area._ref)).map((a) => a._id).sort());
  });

  it('is marked as a draft for the comms team to finish', () => {
    expect(draft.document.youSaid).toMatch(/^\[Draft: summarise the \d+ comments? tagged/);
    expect(draft.document.weDid).toMatch(/^\[Draft:/);
  });
});

it('the sample has themes with approved quotes to draft from', () => {
  expect(themes.filter((t) => themeEvidence(t._id, fetched(t._id)).quotable.length > 0).length).toBeGreaterThan(3);
});

it('counts answers still waiting for moderation, but never quotes them', () => {
  const theme = themes[0]!;
  const tag = [{ _type: 'reference', _ref: theme._id, _weak: true }];
  const evidence = themeEvidence(theme._id, [
    { _id: 'r1', audience: 'parents-carers', submittedAt: '2026-11-01T10:00:00Z', answers: [{ _key: 'a', text: 'Waiting', moderation: 'pending', themes: tag }] },
    { _id: 'r2', audience: 'parents-carers', submittedAt: '2026-11-02T10:00:00Z', answers: [{ _key: 'b', text: 'Unmoderated', themes: tag }] },
    { _id: 'r3', audience: 'young-people', submittedAt: '2026-11-03T10:00:00Z', answers: [{ _key: 'c', text: 'Rude', moderation: 'rejected', themes: tag }] },
    { _id: 'r4', audience: 'young-people', submittedAt: '2026-11-04T10:00:00Z', answers: [{ _key: 'd', text: 'Not this theme', moderation: 'approved', themes: [] }] },
  ]);
  expect(evidence).toMatchObject({ commentCount: 2, pending: 2, approved: 0, rejected: 1, quotable: [] });
});

it('newest approved answers come first', () => {
  const theme = themes[0]!;
  const evidence = themeEvidence(theme._id, fetched(theme._id));
  const dates = evidence.quotable.map((q) => q.response.submittedAt ?? '');
  expect(dates).toEqual([...dates].sort().reverse());
});
