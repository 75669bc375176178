// Moderating free-text answers from content/feedback.ndjson, and copying an approved one into a "You said, we did".
import { describe, expect, it } from 'vitest';
import { ApprovedQuote, SurveyResponse, YouSaidWeDid } from '../../../src/model/index.ts';
import {
  addQuoteMutations,
  attributionFor,
  decideModeration,
  isPendingText,
  pendingTextAnswers,
  quoteFromAnswer,
  scrubbedText,
} from '../../../studio/lib/moderation.ts';
import { asQuery, responsesWithPendingText } from '../../../studio/lib/desk-filters.ts';
import { applyMutations, applyStudioPatches, counterKeys, groq, ofType, sample, TODAY } from './helpers.ts';

const responses = ofType(sample().feedback, 'surveyResponse');
const withPending = responses.filter((r) => pendingTextAnswers(r).length > 0);
const ysws = ofType(sample().content, 'youSaidWeDid');

describe('the moderation inbox', () => {
  it('lists exactly the responses with a free-text answer waiting', async () => {
    const listed = (await groq<{ _id: string }[]>(asQuery(responsesWithPendingText), sample().feedback)).map((d) => d._id).sort();
    expect(listed).toEqual(withPending.map((r) => r._id).sort());
    expect(listed.length).toBeGreaterThan(0);
  });

  it('counts text with no moderation state as waiting, and choices or scores never', () => {
    expect(isPendingText({ _key: 'a', text: 'Hello' })).toBe(true);
    expect(isPendingText({ _key: 'a', text: 'Hello', moderation: 'pending' })).toBe(true);
    expect(isPendingText({ _key: 'a', text: '  ' })).toBe(false);
    expect(isPendingText({ _key: 'a', text: 'Hello', moderation: 'rejected' })).toBe(false);
    expect(isPendingText({ _key: 'a', questionKey: 'x' })).toBe(false);
  });
});

describe('approving or rejecting', () => {
  const response = withPending[0]!;
  const answer = pendingTextAnswers(response)[0]!;

  it.each(['approved', 'rejected'] as const)('%s changes that answer\'s state and nothing else', (decision) => {
    const result = decideModeration(response, answer._key, decision);
    expect(result.kind).toBe('patch');
    if (result.kind !== 'patch') return;
    const after = applyStudioPatches(response, [{ set: result.set }]);
    expect(SurveyResponse.parse(after)).toBeTruthy();
    expect(after.answers.find((a) => a._key === answer._key)!.moderation).toBe(decision);
    const untouched = (r: typeof response) => r.answers.filter((a) => a._key !== answer._key);
    expect(untouched(after)).toEqual(untouched(response));
    expect({ ...after, answers: [] }).toEqual({ ...response, answers: [] });
  });

  it('refuses an answer already moderated, a missing one and one without text', () => {
    const moderated = responses.flatMap((r) => r.answers.filter((a) => a.moderation === 'approved').map((a) => ({ r, a })))[0]!;
    expect(decideModeration(moderated.r, moderated.a._key, 'rejected')).toEqual({ kind: 'refused', reason: 'This answer was already approved' });
    expect(decideModeration(response, 'no-such-key', 'approved').kind).toBe('refused');
    const choice = response.answers.find((a) => !a.text)!;
    expect(decideModeration(response, choice._key, 'approved')).toEqual({ kind: 'refused', reason: 'Only free-text answers are moderated' });
  });
});

describe('attribution', () => {
  it.each([
    [{ audience: 'parents-carers', agePhase: 'primary' }, 'A parent or carer of a primary-age child'],
    [{ audience: 'parents-carers', agePhase: 'early-years' }, 'A parent or carer of a child in the early years'],
    [{ audience: 'parents-carers' }, 'A parent or carer'],
    [{ audience: 'young-people', agePhase: 'secondary' }, 'A young person of secondary age'],
    [{ audience: 'young-people', agePhase: 'preparing-for-adulthood' }, 'A young person preparing for adulthood'],
    [{ audience: 'young-people' }, 'A young person'],
  ] as const)('%o → %s', (who, expected) => expect(attributionFor(who)).toBe(expected));
});

describe('an approved answer as a quote', () => {
  const approved = responses.flatMap((r) => r.answers.filter((a) => a.moderation === 'approved' && a.text).map((a) => ({ r, a })));

  it('is a valid ApprovedQuote for every approved sample answer short enough to quote', () => {
    let quoted = 0;
    for (const { r, a } of approved) {
      const result = quoteFromAnswer(a, r, { today: TODAY, key: () => 'q1' });
      if (a.text!.length > 600) expect(result.kind).toBe('refused');
      else {
        expect(result.kind, a.text).toBe('quote');
        if (result.kind === 'quote') expect(ApprovedQuote.parse(result.quote)).toEqual(result.quote);
        quoted++;
      }
    }
    expect(quoted).toBeGreaterThan(100);
  });

  it('carries a general attribution, today\'s date and the scrubbed text', () => {
    const result = quoteFromAnswer({ _key: 'a', text: 'Mrs Patel at the clinic was lovely. Call me on 07700 900123.', moderation: 'approved' }, { audience: 'parents-carers', agePhase: 'secondary' }, { today: TODAY, key: () => 'q1' });
    expect(result).toMatchObject({ kind: 'quote', quote: { _key: 'q1', attribution: 'A parent or carer of a secondary-age child', approvedAt: TODAY } });
    if (result.kind === 'quote') {
      expect(result.quote.text).not.toContain('07700');
      expect(result.quote.text).not.toContain('Patel');
    }
  });

  it('leaves the stored (already scrubbed) sample text as it is', () => {
    const changed = approved.filter(({ a }) => scrubbedText(a).text !== a.text!.trim());
    expect(changed.map(({ a }) => a.text)).toEqual([]);
  });

  it('refuses rejected answers and text over 600 characters', () => {
    expect(quoteFromAnswer({ _key: 'a', text: 'x', moderation: 'rejected' }, {}, { today: TODAY, key: () => 'k' }).kind).toBe('refused');
    expect(quoteFromAnswer({ _key: 'a', text: 'word '.repeat(130), moderation: 'approved' }, {}, { today: TODAY, key: () => 'k' })).toMatchObject({
      kind: 'refused',
      reason: expect.stringContaining('too long to quote'),
    });
  });
});

describe('adding the quote to a "You said, we did" (public dataset)', () => {
  const target = ysws[0]!;
  const quote = ApprovedQuote.parse({ _key: 'newquote', text: 'The new key worker rang back the same day.', attribution: 'A parent or carer', approvedAt: TODAY });

  it('creates the draft from the published document when there is none, then appends: nothing is published', () => {
    const plan = addQuoteMutations({ id: target._id, published: target, draft: null }, quote);
    expect(plan.kind).toBe('mutations');
    if (plan.kind !== 'mutations') return;
    const after = applyMutations(new Map([[target._id, target]]), plan.mutations);
    expect(after.get(target._id)).toEqual(target);
    const draft = YouSaidWeDid.parse(after.get(`drafts.${target._id}`));
    expect(draft.quotes).toEqual([...target.quotes, quote]);
    const { _createdAt: _c, ...rest } = draft;
    expect({ ...rest, _id: target._id, quotes: target.quotes }).toEqual(YouSaidWeDid.parse({ ...target }));
  });

  it('appends to an existing draft, keeping its unpublished edits', () => {
    const draft = { ...target, _id: `drafts.${target._id}`, title: 'Edited but not published' };
    const plan = addQuoteMutations({ id: target._id, published: target, draft }, quote);
    if (plan.kind !== 'mutations') throw new Error(plan.reason);
    expect(plan.mutations.some((m) => 'createIfNotExists' in m)).toBe(false);
    const after = applyMutations(new Map([[draft._id, draft]]), plan.mutations);
    expect(after.get(draft._id)).toMatchObject({ title: 'Edited but not published', quotes: [...target.quotes, quote] });
  });

  it('does not add the same quote twice, nor to a deleted document', () => {
    const withQuote = { ...target, quotes: [...target.quotes, quote] };
    expect(addQuoteMutations({ id: target._id, published: withQuote }, quote)).toEqual({ kind: 'refused', reason: 'That quote is already there' });
    expect(addQuoteMutations({ id: target._id }, quote).kind).toBe('refused');
  });

  it('works on a document that has no quotes yet', () => {
    const { quotes: _q, ...bare } = target;
    const plan = addQuoteMutations({ id: target._id, published: bare }, quote);
    if (plan.kind !== 'mutations') throw new Error(plan.reason);
    const after = applyMutations(new Map([[target._id, bare as never]]), plan.mutations);
    expect((after.get(`drafts.${target._id}`) as unknown as { quotes: unknown[] }).quotes).toEqual([quote]);
  });
});

it('keys are unique per call (counterKeys sanity check for the other tests)', () => {
  const key = counterKeys();
  expect([key(), key()]).toEqual(['k1', 'k2']);
});
