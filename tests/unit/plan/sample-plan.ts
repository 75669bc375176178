// The sample plan as the pages see it: read through the real query from the embedded store, with survey evidence.
import { sampleDayClock } from '../../support/sample-day.ts';
import { join } from 'node:path';
import { loadSurveyEvidence, surveyMeasureSeries } from '../../../src/evidence/index.ts';
import { runQuery } from '../../../src/queries/define.ts';
import { planContentQuery, type PlanContent } from '../../../src/queries/plan.ts';
import type { SurveySeries } from '../../../src/plan/plan-model.ts';
import { openLocalStore } from '../../../src/store/local/index.ts';

export { SAMPLE_DAY as TODAY } from '../../support/sample-day.ts';

let loaded: Promise<{ content: PlanContent; surveySeries: SurveySeries }> | undefined;

export function samplePlan() {
  loaded ??= (async () => {
    const store = await openLocalStore({ contentDir: join(import.meta.dirname, '../../../content'), dataDir: null, now: sampleDayClock() });
    try {
      const [content, evidence] = await Promise.all([runQuery(store, planContentQuery), loadSurveyEvidence(store)]);
      const surveySeries: SurveySeries = (m) => surveyMeasureSeries(m, evidence.surveys, evidence.responses);
      return { content, surveySeries };
    } finally {
      await store.close();
    }
  })();
  return loaded;
}
