// Where "Preview on the site" goes: /preview/{services|guides}/{id} on the site that serves (or is set for) the Studio.

const KINDS: Record<string, string> = { service: 'services', guide: 'guides' };

export function previewUrl({
  id,
  type,
  configuredSite,
  location,
}: {
  id: string;
  type: string;
  configuredSite?: string;
  location?: { origin: string; pathname: string };
}): string | undefined {
  const kind = KINDS[type];
  if (!kind) return undefined;
  // Served by the site itself at /studio: the site is this origin.
  const site = configuredSite?.replace(/\/+$/, '') || (location?.pathname.startsWith('/studio') ? location.origin : undefined);
  return site ? `${site}/preview/${kind}/${encodeURIComponent(id.replace(/^drafts\./, ''))}` : undefined;
}
