// The Studio's own validation (run by @sanity/validation, as editors see it) for the rules that look beyond one field:
// age phases, jargon, review dates, dates in order, survey options; and the documents the custom actions produce.
import type { DocumentValidationMarker } from '@sanity/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { londonDate } from '../../src/text/dates.ts';
import { draftYouSaidWeDid } from '../../studio/lib/you-said-we-did.ts';
import { addProgressUpdate } from '../../studio/lib/progress-update.ts';
import { decideModeration } from '../../studio/lib/moderation.ts';
import { markReviewedToday } from '../../studio/lib/review.ts';
import { applyStudioPatches, counterKeys } from '../unit/studio/helpers.ts';
import { feedbackFixtures, publicFixtures, type FixtureDoc } from './studio/fixtures.ts';
import { compileStudioSchema } from './studio/studio-schema.ts';
import { describeMarker, markerPath, startStudioValidator, type StudioValidator } from './studio/studio-validator.ts';

const { schema } = compileStudioSchema();
const today = londonDate(new Date());
let validator: StudioValidator;

beforeAll(async () => {
  const phases = [
    { _id: 'phase-early', _type: 'agePhase', title: 'Early years', slug: { _type: 'slug', current: 'early-years' }, minAge: 0, maxAge: 5, order: 1, summary: 'Ages 0 to 5.' },
    { _id: 'phase-secondary', _type: 'agePhase', title: 'Secondary', slug: { _type: 'slug', current: 'secondary' }, minAge: 11, maxAge: 18, order: 3, summary: 'Ages 11 to 18.' },
  ];
  validator = await startStudioValidator(schema, {
    'fixtures-production': [...publicFixtures, ...phases],
    'fixtures-feedback': feedbackFixtures,
  });
});
afterAll(() => validator?.close());

function fixture(id: string, change: (doc: Record<string, any>) => void = () => undefined): FixtureDoc {
  const doc = structuredClone([...publicFixtures, ...feedbackFixtures].find((d) => d._id === id)!) as Record<string, any>;
  change(doc);
  return doc as FixtureDoc;
}

async function markers(doc: FixtureDoc, dataset = 'fixtures-production'): Promise<DocumentValidationMarker[]> {
  return validator.validate(doc, dataset);
}
const at = (ms: DocumentValidationMarker[], path: string, level?: string) => ms.filter((m) => markerPath(m) === path && (!level || m.level === level));
const errors = (ms: DocumentValidationMarker[]) => ms.filter((m) => m.level === 'error').map(describeMarker);

describe('a service\'s age phases', () => {
  it('must share an age with the service (an error that blocks publishing)', async () => {
    const ms = await markers(fixture('svc-salt', (d) => {
      d.ageRange = { min: 5, max: 9 };
      d.agePhases.push({ _type: 'reference', _ref: 'phase-secondary', _key: 'ap2' });
    }));
    expect(at(ms, 'agePhases', 'error').map((m) => m.message)).toEqual([
      'Secondary (ages 11 to 18) does not include any age from 5 to 9: remove it or correct the ages',
    ]);
  });

  it('should cover all its ages (a warning that suggests the missing phase)', async () => {
    const ms = await markers(fixture('svc-salt', (d) => (d.ageRange = { min: 2, max: 11 })));
    expect(errors(ms)).toEqual([]);
    expect(at(ms, 'agePhases', 'warning').map((m) => m.message)).toEqual([
      'Ages 2 to 4 are in none of the chosen age phases, so families looking there will not find it: add Early years, or correct the ages',
    ]);
  });
});

describe('jargon', () => {
  it('warns on the field that uses an abbreviation the glossary does not explain, and not on glossary aliases', async () => {
    const ms = await markers(fixture('svc-salt', (d) => {
      d.summary = 'Help for children with an EHCP.';
      d.access.howToAccess = 'Ask the LADO or your TAC lead.';
    }));
    expect(errors(ms)).toEqual([]);
    expect(at(ms, 'access.howToAccess', 'warning').map((m) => m.message)).toEqual([
      '"LADO", "TAC" look like jargon with no glossary entries. Add them to the glossary (as terms or under "Also written as"), or write them out in full.',
    ]);
    expect(at(ms, 'summary')).toEqual([]);
  });

  it('reads guides too', async () => {
    const ms = await markers(fixture('guide-ehc', (d) => (d.summary = 'What the SENDIST decides.')));
    expect(at(ms, 'summary', 'warning')).toHaveLength(1);
  });
});

describe('dates', () => {
  it('warn when a service was last reviewed over 12 months ago', async () => {
    const ms = await markers(fixture('svc-salt', (d) => (d.lastReviewed = '2020-01-01')));
    expect(at(ms, 'lastReviewed', 'warning').map((m) => m.message)).toEqual([
      'Last reviewed more than 12 months ago: check it with the provider, then use "Mark as reviewed today"',
    ]);
  });

  it('warn about progress logged in the future or before the action started, and milestones outside the action', async () => {
    const ms = await markers(fixture('action-1', (d) => {
      d.updates.push({ _key: 'u2', date: '2099-01-01', text: 'Time travel' }, { _key: 'u3', date: '2026-01-01', text: 'Early' });
      d.milestones.push({ _key: 'm2', title: 'Late one', dueDate: '2027-06-01' });
    }));
    expect(errors(ms)).toEqual([]);
    const warnings = ms.filter((m) => m.level === 'warning').map((m) => `${markerPath(m)}: ${m.message}`);
    expect(warnings).toEqual(
      expect.arrayContaining([
        'updates[].date: An update cannot be dated in the future',
        'updates[].date: Dated before the action started (2026-04-01)',
        'milestones[].dueDate: Due after the action itself is due (2026-12-31)',
      ]),
    );
  });

  it('warn when a "You said, we did" has more quotes than comments', async () => {
    const ms = await markers(fixture('ysws-1', (d) => (d.commentCount = 0)));
    expect(at(ms, 'commentCount', 'warning').map((m) => m.message)).toEqual(['There are 1 quotes but only 0 comments']);
  });
});

describe('survey questions', () => {
  it('need a different stored value for each option (an error)', async () => {
    const ms = await markers(fixture('survey-parents', (d) => (d.questions[0].options[1].value = 'yes')));
    expect(at(ms, 'questions[].options', 'error').map((m) => m.message)).toEqual(['Each option needs its own stored value; repeated: yes']);
  });

  it('warn when a positive answer is not one the question can have', async () => {
    const ms = await markers(fixture('survey-parents', (d) => (d.questions[0].positiveValues = ['yes', 'maybe'])));
    expect(errors(ms)).toEqual([]);
    expect(at(ms, 'questions[].positiveValues', 'warning').map((m) => m.message)).toEqual(['No answer to this question can be "maybe"']);
  });
});

describe('what the custom actions produce passes the Studio\'s rules', () => {
  it('"Mark as reviewed today" on a stale service', async () => {
    const stale = fixture('svc-salt', (d) => (d.lastReviewed = '2020-01-01'));
    const decision = markReviewedToday(stale as { lastReviewed?: unknown }, today);
    if (decision.kind !== 'patch') throw new Error(decision.reason);
    const ms = await markers(applyStudioPatches(stale, [{ set: decision.set }]));
    expect(errors(ms)).toEqual([]);
    expect(at(ms, 'lastReviewed')).toEqual([]);
  });

  it('"Add progress update" on an action', async () => {
    const action = fixture('action-1');
    const result = addProgressUpdate(action as never, { date: today, text: 'Two more posts filled.', progress: 60 }, { today, key: counterKeys('u') });
    if (result.kind !== 'patches') throw new Error(JSON.stringify(result.errors));
    const ms = await markers(applyStudioPatches(action, result.patches));
    expect(errors(ms)).toEqual([]);
    expect(ms.filter((m) => markerPath(m).startsWith('updates'))).toEqual([]);
  });

  it('"Approve as public quote" on a response (private dataset)', async () => {
    const response = fixture('response-1', (d) => (d.answers[1].moderation = 'pending'));
    const decision = decideModeration(response as never, 'a2', 'approved');
    if (decision.kind !== 'patch') throw new Error(decision.reason);
    expect(errors(await markers(applyStudioPatches(response, [{ set: decision.set }]), 'fixtures-feedback'))).toEqual([]);
  });

  it('"Draft a You said, we did" from a theme', async () => {
    const theme = fixture('theme-waiting') as never;
    const responses = feedbackFixtures.filter((d) => d._type === 'surveyResponse') as never;
    const actions = publicFixtures.filter((d) => d._type === 'action') as never;
    const { document } = draftYouSaidWeDid({ theme, responses, actions, today, key: counterKeys('y') });
    expect(document.quotes.map((q) => q.text)).toEqual(['Nobody called back.']);
    expect(document.actions.map((a) => a._ref)).toEqual(['action-1']);
    expect(errors(await markers(document as never))).toEqual([]);
  });
});
