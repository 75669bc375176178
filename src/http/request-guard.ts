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

/** A plain, self-contained error page (it must not depend on the site, which never saw the request). */
export function refusalPage(refusal: Refusal): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${refusal.title}</title></head><body><main><h1>${refusal.title}</h1><p>${refusal.message}</p><p><a href="/">Go to the home page</a></p></main></body></html>`;
}
