// Reading the receipt code the way the browser gets it after a survey's form post.
/** The receipt code a form post's answer carries, in its Set-Cookie header (never in the address). */
export function receiptFromCookie(setCookie: string | null | undefined): string | undefined {
  const value = /(?:^|[\s,])survey-receipt=([^;]+)/.exec(setCookie ?? '')?.[1];
  return value ? decodeURIComponent(value) : undefined;
}
