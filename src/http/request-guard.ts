// Checks made before a request reaches the site: a body too large to accept is refused with a clear status, not a 500.
export const MAX_BODY_BYTES = 100 * 1024;

export interface Refusal {
  status: 403 | 411 | 413;
  title: string;
  message: string;
}

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function refuseRequest(method: string | undefined, headers: Record<string, string | string[] | undefined>): Refusal | undefined {
  if (!WITH_BODY.has((method ?? 'GET').toUpperCase())) return undefined;
  const length = headers['content-length'];
  if (length === undefined) {
    // Browsers always say how long a form post is; an unsized stream could be endless.
    if (headers['transfer-encoding']) {
      return { status: 411, title: 'Length required', message: 'Send the form again from the page it is on.' };
    }
    return undefined;
  }
  const bytes = Number(Array.isArray(length) ? length[0] : length);
  if (!Number.isFinite(bytes) || bytes > MAX_BODY_BYTES) {
    return {
      status: 413,
      title: 'What you sent is too large',
      message: `Forms on this site accept up to ${MAX_BODY_BYTES / 1024} KB. Shorten your answer and send it again.`,
    };
  }
  return undefined;
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The error page for a request refused before it reached the site, in the site's own look: `stylesheets` are the
 * built site's (stylesheetsOf its 404 page); without them it is plain HTML that still reads well.
 */
export function refusalPage(refusal: Refusal, stylesheets: readonly string[] = []): string {
  const links = stylesheets.map((href) => `<link rel="stylesheet" href="${escape(href)}">`).join('');
  return (
    `<!doctype html><html lang="en-GB" class="govuk-template"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escape(refusal.title)}</title>${links}</head><body class="govuk-template__body"><div class="govuk-width-container">` +
    `<main class="govuk-main-wrapper" id="main-content"><h1 class="govuk-heading-l">${escape(refusal.title)}</h1><p class="govuk-body">${escape(refusal.message)}</p>` +
    `<p class="govuk-body"><a class="govuk-link" href="/">Go to the home page</a></p></main></div></body></html>`
  );
}

/** The same-site stylesheets a built page links to, in order: what a refusal page borrows to look like the site. */
export function stylesheetsOf(html: string): string[] {
  const hrefs: string[] = [];
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = match[0];
    if (!/\brel=["']?stylesheet\b/i.test(tag)) continue;
    const href = /\bhref=["']?([^"' >]+)/i.exec(tag)?.[1];
    if (href?.startsWith('/') && !href.startsWith('//')) hrefs.push(href);
  }
  return hrefs;
}
