// The receipt code travels from the form post to the "Answers sent" page in a short-lived cookie, never in the
// address: an address is kept in the browser's history, in proxies' logs and in a shared screenshot.
import type { AstroCookies } from 'astro';
import { normaliseReceiptCode } from '../../src/surveys/index.ts';

export const RECEIPT_COOKIE = 'survey-receipt';
/** Long enough to read and write the code down, reload the page, or come back to the tab. */
const RECEIPT_MINUTES = 30;

export const sentPath = (slug: string) => `/have-your-say/${slug}/sent/`;

/** Sent only to that survey's "Answers sent" page, only over the connection it came on, and never to scripts. */
export function keepReceipt(cookies: AstroCookies, slug: string, code: string, https: boolean): void {
  cookies.set(RECEIPT_COOKIE, code, { path: sentPath(slug), httpOnly: true, sameSite: 'strict', secure: https, maxAge: RECEIPT_MINUTES * 60 });
}

/** The code for this page, if the cookie holds a well-formed one (a crafted cookie cannot put other words there). */
export function receiptFor(cookies: AstroCookies): string | undefined {
  return normaliseReceiptCode(cookies.get(RECEIPT_COOKIE)?.value ?? '');
}
