// The shortlist as a plain text file, for families to keep, print or send on.
import type { APIRoute } from 'astro';
import { SHORTLIST_COOKIE, parseShortlist } from '../../../src/local-offer/shortlist.ts';
import { COST_LABELS, ageRangeLabel } from '../../../src/local-offer/labels.ts';
import { areasOf } from '../../../src/local-offer/listing.ts';
import { getCatalogue } from '../../lib/catalogue.ts';

export const prerender = false;

export const GET: APIRoute = async ({ cookies, site, url }) => {
  const catalogue = await getCatalogue();
  const bySlug = new Map(catalogue.listings.map((s) => [s.slug, s]));
  const services = parseShortlist(cookies.get(SHORTLIST_COOKIE)?.value)
    .map((s) => bySlug.get(s))
    .filter((s) => s !== undefined);
  const origin = (site ?? url).origin;
  const lines = ['Your Local Offer shortlist', '', ...services.flatMap((s) => [
    s.title,
    `Run by: ${s.providerName}`,
    s.summary,
    `Ages: ${ageRangeLabel(s.ageMin, s.ageMax)}. Cost: ${COST_LABELS[s.cost]}. Area: ${areasOf(s).join(', ') || 'Across the area'}.`,
    `More information: ${origin}/services/${s.slug}/`,
    '',
  ])];
  if (services.length === 0) lines.push('Your shortlist is empty.');
  return new Response(lines.join('\r\n'), {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Disposition': 'attachment; filename="local-offer-shortlist.txt"',
      'Cache-Control': 'no-store',
    },
  });
};
