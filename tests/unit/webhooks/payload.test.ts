// What a published change affects: pages to rebuild and caches to drop, for every type of the model.
import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES, PRIVATE_TYPES } from '../../../src/model/index.ts';
import { affectedBy, mergeEffects, WebhookPayload } from '../../../src/webhooks/payload.ts';

describe('what a change affects', () => {
  it('a service: its page (old and new address after a rename), the Local Offer lists, search and the API', () => {
    expect(affectedBy({ _id: 'svc', _type: 'service', slug: 'play-club', previousSlug: 'play-scheme' })).toEqual({
      paths: ['/services/play-club/', '/services/play-scheme/', '/', '/local-offer/*', '/search/', '/api/oruk/*'],
      caches: ['catalogue', 'search', 'oruk'],
      rebuild: true,
    });
  });

  it('a service without a slug in the payload: every service page', () => {
    expect(affectedBy({ _id: 'svc', _type: 'service' }).paths).toContain('/services/*');
  });

  it('a glossary term: every page that can link it', () => {
    expect(affectedBy({ _id: 't', _type: 'glossaryTerm', slug: 'ehcp' })).toMatchObject({ paths: ['/glossary/', '/services/*', '/guides/*'], caches: ['glossary'] });
  });

  it('site settings, or a type the site does not know: everything', () => {
    for (const type of ['siteSettings', 'somethingNew']) expect(affectedBy({ _id: 'x', _type: type })).toMatchObject({ paths: ['/*'], rebuild: true });
  });

  it('private feedback: nothing public', () => {
    for (const type of PRIVATE_TYPES) expect(affectedBy({ _id: 'x', _type: type })).toEqual({ paths: [], caches: [], rebuild: false });
  });

  // The Local Offer, guides and glossary are prerendered; the plan, surveys and You said, we did are rendered on demand.
  const ON_DEMAND = new Set(['plan', 'priorityArea', 'action', 'impactMeasure', 'survey', 'feedbackTheme', 'youSaidWeDid']);

  it('every public type affects some pages, and asks for a rebuild only when a prerendered page shows it', () => {
    for (const type of DOCUMENT_TYPES.filter((t) => !PRIVATE_TYPES.has(t))) {
      const effect = affectedBy({ _id: 'x', _type: type, slug: 's' });
      expect(effect.paths.length, type).toBeGreaterThan(0);
      expect(effect.rebuild, type).toBe(!ON_DEMAND.has(type));
      if (ON_DEMAND.has(type)) expect(effect.caches, type).toContain('plan');
    }
  });

  it('merging changes keeps each path once, and "everything" wins', () => {
    const a = affectedBy({ _id: 'a', _type: 'guide', slug: 'one' });
    const b = affectedBy({ _id: 'b', _type: 'guide', slug: 'two' });
    const merged = mergeEffects([a, b]);
    expect(merged.paths.filter((p) => p === '/guides/')).toHaveLength(1);
    expect(merged.paths).toEqual(expect.arrayContaining(['/guides/one/', '/guides/two/']));
    expect(mergeEffects([a, affectedBy({ _id: 's', _type: 'siteSettings' })]).paths).toEqual(['/*']);
  });
});

describe('the payload', () => {
  it('accepts the documented projection, with null slugs (deleted or slugless documents)', () => {
    expect(WebhookPayload.parse({ _id: 'x', _type: 'service', operation: 'delete', slug: null, previousSlug: 'old' })).toMatchObject({ operation: 'delete' });
  });

  it('refuses a body without _id or _type', () => {
    expect(WebhookPayload.safeParse({ _type: 'service' }).success).toBe(false);
    expect(WebhookPayload.safeParse({ _id: 'x', _type: 'service', operation: 'publish' }).success).toBe(false);
  });
});
