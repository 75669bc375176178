// The security headers every response carries, static files included.

/**
 * Every directive but script-src and style-src. Astro's CSP (astro.config.mjs) adds these to the policy it sends with
 * on-demand pages, next to the hashes of the inline scripts that hydrate React islands; so one list governs both.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
] as const;

/** The policy for everything Astro does not render on demand: static pages and files, refusals. */
export const CONTENT_SECURITY_POLICY = ["default-src 'self'", "script-src 'self'", "style-src 'self'", ...CSP_DIRECTIVES.slice(1)].join('; ');

/** Sent only on answers to https requests (as the client made them, through a trusted proxy): see proxyStep. */
export const HTTPS_ONLY_HEADERS: Record<string, string> = { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' };

export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}
