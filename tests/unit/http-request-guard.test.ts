import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, refuseRequest, refusalPage, stylesheetsOf } from '../../src/http/request-guard.ts';

describe('requests refused at the door', () => {
  it('lets ordinary pages and forms through', () => {
    expect(refuseRequest('GET', {})).toBeUndefined();
    expect(refuseRequest('POST', { 'content-length': '512' })).toBeUndefined();
    expect(refuseRequest('POST', { 'content-length': String(MAX_BODY_BYTES) })).toBeUndefined();
  });

  it('refuses a body over 100 KB with 413 and says what to do', () => {
    const refusal = refuseRequest('POST', { 'content-length': String(MAX_BODY_BYTES + 1) });
    expect(refusal).toMatchObject({ status: 413, title: 'What you sent is too large' });
    expect(refusalPage(refusal!)).toContain('Shorten your answer');
    expect(refuseRequest('post', { 'content-length': 'lots' })?.status).toBe(413);
  });

  it('refuses an unsized streamed body with 411', () => {
    expect(refuseRequest('POST', { 'transfer-encoding': 'chunked' })?.status).toBe(411);
  });
});

describe('the page a refused request gets', () => {
  it('wears the site\'s stylesheets and GOV.UK classes, taken from a built page', () => {
    const built = '<head><link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/brand.css" /><link href="/_astro/Page.abc.css" rel=stylesheet><link rel="stylesheet" href="https://cdn.example/x.css"></head>';
    const sheets = stylesheetsOf(built);
    expect(sheets).toEqual(['/brand.css', '/_astro/Page.abc.css']);
    const page = refusalPage({ status: 403, title: 'This form was sent from another website', message: 'Send it from its own page.' }, sheets);
    expect(page).toContain('<link rel="stylesheet" href="/brand.css"><link rel="stylesheet" href="/_astro/Page.abc.css">');
    expect(page).toContain('<h1 class="govuk-heading-l">This form was sent from another website</h1>');
    expect(page).toContain('<a class="govuk-link" href="/">Go to the home page</a>');
  });
});
