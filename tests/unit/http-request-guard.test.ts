import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, refuseRequest, refusalPage } from '../../src/http/request-guard.ts';

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
