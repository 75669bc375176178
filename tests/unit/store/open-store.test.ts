// The factory picks Sanity when a project is configured and the embedded store otherwise.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/open-store.ts';
import { startSanityDouble } from '../../doubles/sanity-server.ts';
import { contentFixtures } from './fixtures.ts';

describe('openStore', () => {
  it('opens the local store without a Sanity project', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'open-store-'));
    try {
      const store = await openStore({ dataDir: join(dir, 'data'), contentDir: dir });
      expect(store.kind).toBe('local');
      expect(await store.query('count(*)')).toBe(0);
      await store.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('opens the Sanity adapter when a project id is configured', async () => {
    const double = await startSanityDouble({ documents: { production: contentFixtures() } });
    try {
      const store = await openStore({
        dataDir: '/nonexistent',
        contentDir: '/nonexistent',
        sanity: { projectId: 'abc123', dataset: 'production', feedbackDataset: 'feedback', apiVersion: '2025-02-19', apiHost: double.url },
      });
      expect(store.kind).toBe('sanity');
      expect(await store.query('count(*[_type == "service"])')).toBe(2);
      await store.close();
    } finally {
      await double.close();
    }
  });
});
