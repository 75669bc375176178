// The "You said, we did" Atom feed, with the same filters as the page: a bad filter is a 400 that says what is wrong.
import type { APIRoute } from 'astro';
import { atomFeed } from '../../../src/plan/atom-feed.ts';
import { entryView, filterEntries, filtersToQuery, parseEntryFilters } from '../../../src/plan/you-said-we-did.ts';
import { getSiteSettings } from '../../lib/site-data.ts';
import { getConfig } from '../../lib/config.ts';
import { PLAN_CACHE_CONTROL, getPlanModel } from '../../lib/plan-data.ts';

export const prerender = false;

/** The newest entries only: feed readers keep what they have already seen. */
const FEED_SIZE = 50;

export const GET: APIRoute = async ({ url }) => {
  const model = await getPlanModel();
  const params = new URLSearchParams(url.searchParams);
  // Paging belongs to the page, not the feed.
  params.delete('page');
  const { filters, errors } = parseEntryFilters(params, { areas: model.areas.map((a) => a.area), phases: model.phases });
  if (errors.length > 0) {
    return new Response(`${errors.map((e) => e.message).join('\n')}\n`, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
  const settings = await getSiteSettings();
  const query = filtersToQuery(filters);
  const body = atomFeed({
    siteUrl: getConfig().siteUrl,
    title: `You said, we did – ${settings.siteTitle}`,
    selfPath: `/you-said-we-did/feed.xml${query}`,
    alternatePath: `/you-said-we-did/${query}`,
    author: settings.siteTitle,
    entries: filterEntries(model, filters).slice(0, FEED_SIZE).map((e) => entryView(model, e)),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': PLAN_CACHE_CONTROL } });
};
