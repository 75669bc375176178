// The sample tells the same story on any day it is first loaded: surveys open, every status, reviews due, a board pack.
import { describe, expect, it } from 'vitest';
import { clockOnDay } from '../../../src/clock/clock.ts';
import { loadSurveyEvidence, surveyMeasureSeries } from '../../../src/evidence/index.ts';
import { isOverdueForReview } from '../../../src/local-offer/review.ts';
import type { Service, Survey } from '../../../src/model/index.ts';
import { boardPack, boardPackQuarter } from '../../../src/plan/board-pack.ts';
import { buildPlanModel, type SurveySeries } from '../../../src/plan/plan-model.ts';
import { quarterOf } from '../../../src/plan/quarter.ts';
import { ACTION_STATUSES } from '../../../src/plan/status.ts';
import { runQuery } from '../../../src/queries/define.ts';
import { planContentQuery } from '../../../src/queries/plan.ts';
import { openLocalStore } from '../../../src/store/local/index.ts';
import { shiftIsoDate } from '../../../src/sample/shift-dates.ts';
import { daysBetween, londonDate } from '../../../src/text/dates.ts';
import { CONTENT_DIR, SAMPLE_DAY } from '../../support/sample-day.ts';

const DAY_MS = 86_400_000;
const realToday = londonDate(new Date());
// Fixed days around the sample's own (new year, quarter ends and starts, a leap day) prove the story does not depend
// on where in a quarter or a year it lands; days from the real today prove it for the next 1,000 days.
const DAYS = [
  ...new Set([
    SAMPLE_DAY,
    '2026-12-31',
    '2027-01-01',
    '2027-03-31',
    '2027-07-01',
    '2028-02-29',
    '2028-10-01',
    shiftIsoDate(SAMPLE_DAY, 1000),
    realToday,
    shiftIsoDate(realToday, 1),
    shiftIsoDate(realToday, 400),
    shiftIsoDate(realToday, 800),
    shiftIsoDate(realToday, 1000),
  ]),
].sort();

const loaded = new Map<string, ReturnType<typeof load>>();

/** The sample as a store first created on `day` holds it (loaded once per day for all of that day's checks). */
function sampleOn(day: string) {
  if (!loaded.has(day)) loaded.set(day, load(day));
  return loaded.get(day)!;
}

async function load(day: string) {
  const store = await openLocalStore({ contentDir: CONTENT_DIR, dataDir: null, now: clockOnDay(day) });
  try {
    const [content, evidence, surveys, services] = await Promise.all([
      runQuery(store, planContentQuery),
      loadSurveyEvidence(store),
      store.query<Survey[]>('*[_type == "survey"]'),
      store.query<Pick<Service, 'title' | 'lastReviewed'>[]>('*[_type == "service"]{ title, lastReviewed }'),
    ]);
    const surveySeries: SurveySeries = (m) => surveyMeasureSeries(m, evidence.surveys, evidence.responses);
    return { content, surveySeries, surveys, services, responses: evidence.responses };
  } finally {
    await store.close();
  }
}

describe.each(DAYS)('the sample first loaded on %s', (day) => {
  const noon = new Date(`${day}T12:00:00Z`);

  it('has both surveys open for at least 30 more days', async () => {
    const { surveys } = await sampleOn(day);
    expect(surveys.map((s) => s.audience).sort()).toEqual(['parents-carers', 'young-people']);
    for (const survey of surveys) {
      expect(Date.parse(survey.opensAt), survey.title).toBeLessThanOrEqual(noon.getTime());
      expect(Date.parse(survey.closesAt!) - noon.getTime(), survey.title).toBeGreaterThanOrEqual(30 * DAY_MS);
    }
  });

  it('has all five action statuses, with at most 8 of the 35 actions overdue', async () => {
    const { content } = await sampleOn(day);
    const actions = [...buildPlanModel(content, day).actionsById.values()];
    expect(actions).toHaveLength(35);
    for (const status of ACTION_STATUSES) expect(actions.some((a) => a.status.status === status), status).toBe(true);
    const overdue = actions.filter((a) => a.status.status === 'overdue').length;
    expect(overdue).toBeGreaterThan(0);
    expect(overdue).toBeLessThanOrEqual(8);
  });

  it('has measures in every position: met, improving, not improving and worse than the baseline', async () => {
    const { content, surveySeries } = await sampleOn(day);
    const positions = new Set(buildPlanModel(content, day, { surveySeries }).areas.flatMap((a) => a.measures.map((m) => m.position.position)));
    expect(positions).toEqual(new Set(['met', 'improving', 'not-improving', 'worsening']));
  });

  it('has some services due for review, and most not', async () => {
    const { services } = await sampleOn(day);
    const due = services.filter((s) => isOverdueForReview(s.lastReviewed, day)).length;
    expect(due).toBeGreaterThan(0);
    expect(due).toBeLessThan(services.length / 4);
  });

  it('has nothing dated after the day: no progress update, response or You said, we did from the future', async () => {
    const { content, responses } = await sampleOn(day);
    const updates = content.actions.flatMap((a) => (a.updates ?? []).map((u) => u.date));
    expect(updates.every((d) => d <= day)).toBe(true);
    expect(responses.every((r) => londonDate(new Date(r.submittedAt)) <= day)).toBe(true);
    expect(content.entries.every((e) => e.publishedAt <= day)).toBe(true);
    // Recent enough to look alive: progress reported in the last two months.
    expect(Math.min(...updates.map((d) => daysBetween(d, day)))).toBeLessThanOrEqual(60);
  });

  it("makes a board pack for the day's own quarter, with every area", async () => {
    const { content, surveySeries } = await sampleOn(day);
    const request = boardPackQuarter(content, day, null);
    expect(request.ok && request.quarter).toEqual(quarterOf(day));
    const pack = boardPack(content, quarterOf(day), day, { surveySeries });
    expect(pack.current).toBe(true);
    expect(pack.asAt).toBe(day);
    expect(pack.available[0]).toEqual(quarterOf(day));
    expect(pack.areas.length).toBe(content.areas.length);
  });
});
