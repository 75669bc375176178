// One measure's figures as CSV: the same numbers as its chart and table.
import type { APIRoute } from 'astro';
import { measureCsv } from '../../../../../src/plan/csv.ts';
import { PLAN_CACHE_CONTROL, getPlanModel } from '../../../../lib/plan-data.ts';

export const prerender = false;

export const GET: APIRoute = async ({ params }) => {
  const model = await getPlanModel();
  const measure = model.areas.find((a) => a.area.slug === params.area)?.measures.find((m) => m.slug === params.measure);
  if (!measure) return new Response('There is no such measure in this area of the plan.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(measureCsv(measure.title, measure.series), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${measure.slug}.csv"`,
      'Cache-Control': PLAN_CACHE_CONTROL,
    },
  });
};
