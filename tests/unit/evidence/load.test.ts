// What the evidence reads from the store: survey definitions, and responses without a word of their free text.
import { sampleDayClock } from '../../support/sample-day.ts';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSurveyEvidence, surveyMeasureSeries } from '../../../src/evidence/index.ts';
import { openLocalStore, type LocalStore } from '../../../src/store/index.ts';
import { ofType, sample } from '../content/load-sample.ts';

let store: LocalStore;
beforeAll(async () => {
  store = await openLocalStore({ dataDir: null, contentDir: join(import.meta.dirname, '../../../content'), now: sampleDayClock() });
});
afterAll(() => store.close());

describe('loading the survey evidence', () => {
  it('reads every response, with no free text at all', async () => {
    const { surveys, responses } = await loadSurveyEvidence(store);
    expect(surveys).toHaveLength(2);
    expect(responses).toHaveLength(600);
    expect(JSON.stringify(responses)).not.toMatch(/"text"|moderation/);
  });

  it('gives the same series as the full documents do', async () => {
    const { surveys, responses } = await loadSurveyEvidence(store);
    for (const measure of ofType(sample().content, 'impactMeasure').filter((m) => m.source === 'survey')) {
      const full = surveyMeasureSeries(measure, ofType(sample().content, 'survey'), ofType(sample().feedback, 'surveyResponse'));
      expect(surveyMeasureSeries(measure, surveys, responses)).toEqual(full);
    }
  });
});
