import { describe, expect, it } from 'vitest';
import { buildDirectory } from '../../../src/oruk/directory.ts';
import { taxonomyId } from '../../../src/oruk/map.ts';
import { orukId } from '../../../src/oruk/uuid.ts';
import { aProvider, aService, districts, site, terms } from './builders.ts';

describe('building the directory', () => {
  it('leaves out a document that does not match the model, and says which and why', () => {
    const broken = { ...aService({ _id: 'service-broken' }), title: '' };
    const dir = buildDirectory({ services: [aService(), broken], providers: [aProvider()], terms: terms() }, site, districts);
    expect(dir.services.map((s) => s.service._id)).toEqual(['service-speech']);
    expect(dir.issues).toEqual([{ documentId: 'service-broken', message: 'title: Too small: expected string to have >=1 characters' }]);
  });

  it('names the field of a broken taxonomy term', () => {
    const dir = buildDirectory({ services: [], providers: [], terms: [...terms(), { ...terms()[4]!, _id: 'need-bad', description: '' }] }, site, districts);
    expect(dir.issues).toEqual([{ documentId: 'need-bad', message: 'description: Too small: expected string to have >=1 characters' }]);
    expect(dir.terms).toHaveLength(terms().length);
  });

  it('keeps a service whose provider or terms are missing, and reports them', () => {
    const dir = buildDirectory({ services: [aService({ needs: ['need-gone'] })], providers: [], terms: terms() }, site, districts);
    expect(dir.services).toHaveLength(1);
    expect(dir.issues.map((i) => i.message)).toEqual([
      'refers to "need-gone", which is not an age phase, category or need',
      'its provider "provider-nhs" is missing',
    ]);
  });

  it('orders terms by taxonomy (age phases, categories, needs), each in its own order', () => {
    const dir = buildDirectory({ services: [], providers: [], terms: terms() }, site, districts);
    expect(dir.terms.map((t) => t.name)).toEqual(['Early years', 'Primary', 'Health and therapy', 'Play and leisure', 'ADHD', 'Autism']);
    expect(dir.taxonomies.map((t) => t.id)).toEqual([taxonomyId('agePhase'), taxonomyId('category'), taxonomyId('need')]);
    expect(dir.taxonomies.every((t) => !('taxonomy_terms' in t))).toBe(true);
    expect(dir.taxonomiesById.get(taxonomyId('need'))!.taxonomy_terms!.map((t) => t.id)).toEqual([orukId('need-adhd'), orukId('need-autism')]);
  });

  it('indexes services by their ORUK id', () => {
    const dir = buildDirectory({ services: [aService()], providers: [aProvider()], terms: terms() }, site, districts);
    expect(dir.servicesById.get(orukId('service-speech'))!.name).toBe('Speech and language therapy');
  });
});
