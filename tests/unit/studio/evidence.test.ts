// The evidence tool's figures for the sample's survey-based measures: the same numbers src/evidence gives the site.
import { describe, expect, it } from 'vitest';
import { aggregateMeasure, SUPPRESSION_THRESHOLD, surveyMeasureSeries } from '../../../src/evidence/index.ts';
import {
  checkLinks,
  describePoint,
  EVIDENCE_MEASURES_GROQ,
  EVIDENCE_RESPONSES_GROQ,
  EVIDENCE_SURVEYS_GROQ,
  evidenceRows,
  type EvidenceMeasure,
  type EvidenceSurvey,
} from '../../../studio/lib/evidence.ts';
import { groq, ofType, sample } from './helpers.ts';

const content = sample().content;
const feedback = sample().feedback;

async function fetchLikeTheStudio() {
  const [measures, surveys, responses] = await Promise.all([
    groq<EvidenceMeasure[]>(EVIDENCE_MEASURES_GROQ, content),
    groq<EvidenceSurvey[]>(EVIDENCE_SURVEYS_GROQ, content),
    groq<unknown[]>(EVIDENCE_RESPONSES_GROQ, feedback),
  ]);
  // GROQ gives null for absent fields; the site's query result schema drops them the same way.
  const clean = JSON.parse(JSON.stringify(responses, (_k, v) => (v === null ? undefined : v)));
  return { measures, surveys, responses: clean };
}

describe('the evidence tool over the sample', () => {
  it('lists every survey-based measure, with figures identical to the site\'s', async () => {
    const { measures, surveys, responses } = await fetchLikeTheStudio();
    expect(measures.map((m) => m._id).sort()).toEqual(ofType(content, 'impactMeasure').filter((m) => m.source === 'survey').map((m) => m._id).sort());
    const rows = evidenceRows(measures, surveys, responses);
    for (const row of rows) {
      const site = surveyMeasureSeries(row.measure, surveys, responses);
      expect(row.series).toEqual(site);
      expect(row.links.every((l) => !l.problem), JSON.stringify(row.links)).toBe(true);
      expect(row.totalCounted).toBeGreaterThan(0);
    }
  });

  it('never shows a number for fewer than 10 responses, in the series or the breakdown', async () => {
    const { measures, surveys, responses } = await fetchLikeTheStudio();
    for (const groupBy of ['audience', 'agePhase'] as const) {
      for (const row of evidenceRows(measures, surveys, responses, groupBy)) {
        for (const point of row.series.points) if (point.suppressed) expect(point.value).toBeUndefined();
        for (const period of row.breakdown.periods) {
          for (const g of period.groups) {
            if (g.n < SUPPRESSION_THRESHOLD) expect(g).toEqual({ group: g.group, n: g.n, suppressed: true });
            else expect(g.low! <= g.percent! && g.percent! <= g.high!).toBe(true);
          }
        }
        expect(row.breakdown).toEqual(aggregateMeasure(row.measure, surveys, responses, { groupBy }));
      }
    }
  });

  it('explains a broken link instead of showing nothing', () => {
    const surveys: EvidenceSurvey[] = [{ _id: 's', title: 'Parents survey', questions: [{ key: 'q', label: 'Listened to?', positiveValues: [] }] }];
    const measure = (links: { survey: string; questionKey: string }[]) => ({ surveyQuestions: links }) as EvidenceMeasure;
    expect(checkLinks(measure([]), surveys)[0]!.problem).toMatch(/No survey question is linked/);
    expect(checkLinks(measure([{ survey: 'gone', questionKey: 'q' }]), surveys)[0]!.problem).toMatch(/missing or not published/);
    expect(checkLinks(measure([{ survey: 's', questionKey: 'nope' }]), surveys)[0]!.problem).toMatch(/no question with the key "nope"/);
    expect(checkLinks(measure([{ survey: 's', questionKey: 'q' }]), surveys)[0]!.problem).toMatch(/no positive answers/);
  });

  it('describes a point the way the plan pages do', () => {
    expect(describePoint({ value: 61.2, low: 55, high: 67.1, suppressed: false })).toBe('61.2% (55 to 67.1)');
    expect(describePoint({ suppressed: true, note: 'Fewer than 10 responses' })).toBe('Fewer than 10 responses');
  });
});
