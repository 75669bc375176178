// /readyz for a load balancer: 200 while the store answers a query, 503 while it cannot (its disk, or Sanity, is away).
// /healthz (the process is up) is answered before the site, in src/http/pipeline.ts.
import type { APIRoute } from 'astro';
import { getStore } from '../lib/store.ts';

export const prerender = false;

const ANSWER_WITHIN_MS = 2000;

function answer(status: 200 | 503, text: string): Response {
  return new Response(`${text}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

export const GET: APIRoute = async () => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tooSlow = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ANSWER_WITHIN_MS} ms`)), ANSWER_WITHIN_MS);
  });
  try {
    await Promise.race([(async () => (await getStore()).query('count(*[_id == "siteSettings"])'))(), tooSlow]);
    return answer(200, 'ready');
  } catch (error) {
    console.error(`/readyz: the store did not answer: ${error instanceof Error ? error.message : String(error)}`);
    return answer(503, 'not ready');
  } finally {
    clearTimeout(timer);
  }
};
