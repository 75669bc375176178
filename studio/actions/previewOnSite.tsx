// "Preview on the site" on services and guides: opens /preview/… on the site, which shows the draft to anyone with the
// preview secret. The site is this Studio's own origin when the site serves it at /studio, or SANITY_STUDIO_SITE_URL.
import { EyeOpenIcon } from '@sanity/icons/EyeOpen';
import type { DocumentActionComponent } from 'sanity';
import { previewUrl } from '../lib/preview-url.ts';

const configuredSite = process.env.SANITY_STUDIO_SITE_URL;

export const PreviewOnSiteAction: DocumentActionComponent = ({ id, type, draft, published }) => {
  const href = previewUrl({ id, type, configuredSite, location: typeof window === 'undefined' ? undefined : window.location });
  return {
    label: 'Preview on the site',
    icon: EyeOpenIcon,
    disabled: !href || !(draft ?? published),
    title: href ? 'Open this page as it will look when published (you need the preview secret)' : 'Set SANITY_STUDIO_SITE_URL when building the Studio to preview on the site',
    onHandle: () => {
      if (href) window.open(href, '_blank', 'noopener');
    },
  };
};
PreviewOnSiteAction.displayName = 'PreviewOnSiteAction';
