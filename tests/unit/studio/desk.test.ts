// The desk's working lists, run with groq-js over the sample dataset, and the action previews' computed status.
import { describe, expect, it } from 'vitest';
import { actionStatus } from '../../../src/plan/status.ts';
import {
  actionsInArea,
  asQuery,
  coProducedActions,
  measuresInArea,
  openCorrectionReports,
  openSurveys,
  servicesInCategory,
  servicesInPhase,
  unhelpfulPages,
  type DeskFilter,
} from '../../../studio/lib/desk-filters.ts';
import { actionPreview, reviewedSubtitle, surveyState } from '../../../studio/lib/previews.ts';
import { isOverdueForReview } from '../../../studio/lib/review.ts';
import { groq, ofType, sample, TODAY } from './helpers.ts';

const content = sample().content;
const feedback = sample().feedback;
const ids = async (f: DeskFilter, docs: readonly unknown[]) => (await groq<{ _id: string }[]>(asQuery(f), docs, f.params ?? {})).map((d) => d._id).sort();

describe('desk lists over the sample', () => {
  it('services by age phase and by category', async () => {
    for (const phase of ofType(content, 'agePhase')) {
      const expected = ofType(content, 'service').filter((s) => s.agePhases.some((r) => r._ref === phase._id)).map((s) => s._id).sort();
      expect(await ids(servicesInPhase(phase._id), content)).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    }
    const category = ofType(content, 'category')[0]!;
    expect(await ids(servicesInCategory(category._id), content)).toEqual(
      ofType(content, 'service').filter((s) => s.categories.some((r) => r._ref === category._id)).map((s) => s._id).sort(),
    );
  });

  it('an area\'s actions and measures', async () => {
    const area = ofType(content, 'priorityArea')[0]!;
    expect(await ids(actionsInArea(area._id), content)).toEqual(ofType(content, 'action').filter((a) => a.area._ref === area._id).map((a) => a._id).sort());
    expect(await ids(measuresInArea(area._id), content)).toEqual(ofType(content, 'impactMeasure').filter((m) => m.area._ref === area._id).map((m) => m._id).sort());
  });

  it('the co-production record', async () => {
    expect(await ids(coProducedActions, content)).toEqual(ofType(content, 'action').filter((a) => a.coProduction.length > 0).map((a) => a._id).sort());
  });

  it('open surveys', async () => {
    const now = `${TODAY}T23:59:59Z`;
    const expected = ofType(content, 'survey')
      .filter((s) => Date.parse(s.opensAt) <= Date.parse(now) && (!s.closesAt || Date.parse(s.closesAt) > Date.parse(now)))
      .map((s) => s._id)
      .sort();
    expect(await ids(openSurveys(now), content)).toEqual(expected);
  });

  it('open correction reports and unhelpful pages (private dataset)', async () => {
    expect(await ids(openCorrectionReports, feedback)).toEqual(ofType(feedback, 'correctionReport').filter((r) => r.status !== 'resolved').map((r) => r._id).sort());
    expect(await ids(unhelpfulPages, feedback)).toEqual(ofType(feedback, 'pageFeedback').filter((p) => !p.useful).map((p) => p._id).sort());
  });

  it('leave drafts out', async () => {
    const area = ofType(content, 'priorityArea')[0]!;
    const action = ofType(content, 'action').find((a) => a.area._ref === area._id)!;
    const withDraft = [...content, { ...action, _id: `drafts.${action._id}` }];
    expect(await ids(actionsInArea(area._id), withDraft)).toEqual(await ids(actionsInArea(area._id), content));
  });
});

describe('action previews', () => {
  it('show the status the site computes (src/plan), the owner and the date', () => {
    const seen = new Set<string>();
    for (const action of ofType(content, 'action')) {
      const preview = actionPreview(action, TODAY);
      const status = actionStatus(action, TODAY);
      const word = { 'not-started': 'Not started', 'on-track': 'On track', 'at-risk': 'At risk', overdue: 'Overdue', complete: 'Complete' }[status.status];
      expect(preview.subtitle.startsWith(word), `${action._id}: ${preview.subtitle}`).toBe(true);
      expect(preview.subtitle).toContain(action.owner);
      expect(preview.title).toBe(`${action.reference} ${action.title}`);
      expect(preview.description).toBe(status.reasons.join(' '));
      seen.add(status.status);
    }
    expect(seen.size, 'the sample should show several statuses').toBeGreaterThan(2);
  });

  it('cope with a half-filled new action', () => {
    expect(actionPreview({ milestones: [{ title: 'No date yet' }] }, TODAY)).toMatchObject({ title: 'Untitled action', subtitle: 'Not started' });
  });
});

describe('other previews', () => {
  it('say whether a record is due for review', () => {
    expect(reviewedSubtitle('2026-01-01', TODAY, isOverdueForReview)).toBe('Reviewed 2026-01-01');
    expect(reviewedSubtitle('2025-01-01', TODAY, isOverdueForReview)).toBe('Due for review (last 2025-01-01)');
    expect(reviewedSubtitle(undefined, TODAY, isOverdueForReview)).toBe('Never reviewed');
  });

  it('say whether a survey is open', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(surveyState('2026-01-01T09:00:00Z', '2026-12-31T17:00:00Z', now)).toBe('Open until 2026-12-31');
    expect(surveyState('2027-01-10T09:00:00Z', undefined, now)).toBe('Opens 2027-01-10');
    expect(surveyState('2026-01-01T09:00:00Z', '2026-03-01T17:00:00Z', now)).toBe('Closed 2026-03-01');
    expect(surveyState('2026-01-01T09:00:00Z', undefined, now)).toBe('Open (no closing date)');
  });
});
