// The local area's brand colour from siteSettings, as a stylesheet (no inline styles, so the CSP stays strict).
import type { APIRoute } from 'astro';
import { getSiteSettings } from '../lib/site-data.ts';

export const GET: APIRoute = async () => {
  const { brandColour } = await getSiteSettings();
  return new Response(`:root{--govuk-brand-colour:${brandColour};}\n`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};
