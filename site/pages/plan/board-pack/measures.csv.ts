// Every measure's figures up to the board pack's quarter end, with where each stands, as CSV.
import type { APIRoute } from 'astro';
import { measuresCsv } from '../../../../src/plan/exports.ts';
import { PLAN_CACHE_CONTROL } from '../../../lib/plan-data.ts';
import { boardPackFor } from './_request.ts';

export const prerender = false;

export const GET: APIRoute = async ({ url }) => {
  const result = await boardPackFor(url);
  if (!result.ok) return new Response(`${result.message}\n`, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  return new Response(measuresCsv(result.pack.model), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="plan-measures-${result.pack.quarter.slug}.csv"`,
      'Cache-Control': PLAN_CACHE_CONTROL,
    },
  });
};
