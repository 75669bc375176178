// The plan pages' data: content and survey figures re-read every few seconds, statuses worked out for today in London.
import { now as clockNow } from './config.ts';
import { surveySeriesByMeasure } from '../../src/evidence/index.ts';
import type { MeasureSeries } from '../../src/plan/measure-series.ts';
import { runQuery } from '../../src/queries/define.ts';
import { planContentQuery, type PlanContent } from '../../src/queries/plan.ts';
import { buildPlanModel, type PlanModel, type SurveySeries } from '../../src/plan/plan-model.ts';
import { londonDate } from '../../src/text/dates.ts';
import { getStore, storeVersion } from './store.ts';
import { registerCache } from '../../src/webhooks/invalidation.ts';

/**
 * How long a read is reused. With pages cached for PLAN_CACHE_CONTROL's 15 seconds on top, a new survey response
 * or a published change shows within a minute, without a rebuild.
 */
const TTL_MS = 15_000;
export const PLAN_CACHE_CONTROL = 'public, max-age=15';

export interface PlanSnapshot {
  content: PlanContent;
  surveySeries?: SurveySeries;
}

interface Cached<T> {
  at: number;
  value: Promise<T>;
  /** How long the read took: a slow read is repeated less often, so it cannot keep the server busy. */
  tookMs: number;
  refreshing?: boolean;
}

/**
 * Served from memory. Once something has loaded, a stale copy is still served while one refresh runs in the
 * background, so no page waits on a slow read (survey evidence reads every response).
 */
function staleWhileRevalidate<T>(load: () => Promise<T>, versionOf: () => string | undefined): ((now: number) => Promise<T>) & { forget(): void } {
  let cached: Cached<T> | undefined;
  let seenVersion: string | undefined;
  const read = (now: number): Promise<T> => {
    // The embedded store says when anything changed, by any process (moderate, purge, a survey answer): then the copy
    // is dropped at once rather than served for up to TTL_MS more.
    const version = versionOf();
    if (version !== seenVersion) {
      seenVersion = version;
      cached = undefined;
    }
    if (!cached) {
      const started = Date.now();
      const value = load();
      const first: Cached<T> = { at: now, value, tookMs: 0 };
      cached = first;
      value.then(
        () => (first.tookMs = Date.now() - started),
        () => {
          if (cached === first) cached = undefined;
        },
      );
      return value;
    }
    const current = cached;
    if (now - current.at > TTL_MS + 3 * current.tookMs && !current.refreshing) {
      current.refreshing = true;
      const started = Date.now();
      load().then(
        (fresh) => {
          cached = { at: Date.now(), value: Promise.resolve(fresh), tookMs: Date.now() - started };
        },
        (error: unknown) => {
          current.refreshing = false;
          console.error(`Could not refresh the plan's data: ${error instanceof Error ? error.message : String(error)}`);
        },
      );
    }
    return current.value;
  };
  // A publish drops the copy at once; the next page view reads afresh (a refresh in flight may still land, harmlessly).
  return Object.assign(read, { forget: () => (cached = undefined) });
}

const contentVersion = () => storeVersion('content')?.toString();
/** Survey answers (feedback) change the figures, and content (surveys, measures) what they count. */
const bothVersions = () => (storeVersion('content') === undefined ? undefined : `${storeVersion('content')}:${storeVersion('feedback')}`);

const content = staleWhileRevalidate(async () => runQuery(await getStore(), planContentQuery), contentVersion);

/** Every survey measure's figures once per read, not once per page view (in Sanity mode, a count of this quarter's answers). */
const surveyFigures = staleWhileRevalidate(async (): Promise<Map<string, MeasureSeries>> => {
  const store = await getStore();
  const plan = await runQuery(store, planContentQuery);
  return surveySeriesByMeasure(store, plan.measures.filter((m) => m.source === 'survey'), clockNow());
}, bothVersions);

registerCache('plan', () => {
  content.forget();
  surveyFigures.forget();
});

export async function getPlanSnapshot(): Promise<PlanSnapshot> {
  // How old a cached copy is, is measured on the machine's clock: the portal's clock says what day it is, and tests move it.
  const at = Date.now();
  const [plan, figures] = await Promise.all([content(at), surveyFigures(at)]);
  return { content: plan, surveySeries: (m) => figures.get(m._id) };
}

/** The plan as it stands today (Europe/London). */
export async function getPlanModel(now = clockNow()): Promise<PlanModel> {
  const snapshot = await getPlanSnapshot();
  return buildPlanModel(snapshot.content, londonDate(now), { surveySeries: snapshot.surveySeries });
}
