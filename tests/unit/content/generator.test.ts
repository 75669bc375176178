// The generator: the same seed always gives the same data, and the large mode makes as many documents as asked.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/model/index.ts';
import { checkIntegrity } from '../../../src/model/integrity.ts';
import { generateDataset } from '../../../content/generator/index.ts';
import { toNdjson } from '../../../content/generator/ndjson.ts';
import { createRandom } from '../../../content/generator/random.ts';

const ROOT = join(import.meta.dirname, '../../..');
const small = { services: 200, responses: 300 };

describe('the sample data generator', () => {
  it('gives identical output for the same seed, and different output for another seed', () => {
    const a = toNdjson([...generateDataset({ ...small, seed: 7 }).content, ...generateDataset({ ...small, seed: 7 }).feedback]);
    const b = toNdjson([...generateDataset({ ...small, seed: 7 }).content, ...generateDataset({ ...small, seed: 7 }).feedback]);
    const c = toNdjson([...generateDataset({ ...small, seed: 8 }).content, ...generateDataset({ ...small, seed: 8 }).feedback]);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('does not change the services when only the number of responses changes', () => {
    const services = (responses: number) => generateDataset({ services: 50, responses, seed: 3 }).content.filter((d) => d._type === 'service');
    expect(services(10)).toEqual(services(400));
  });

  it('makes the requested numbers of services and responses in the large mode, with unique slugs, all valid', () => {
    const started = performance.now();
    const { content, feedback } = generateDataset({ services: 2000, responses: 5000, seed: 11 });
    expect(performance.now() - started).toBeLessThan(10_000);
    const services = content.filter((d) => d._type === 'service');
    expect(services).toHaveLength(2000);
    expect(feedback.filter((d) => d._type === 'surveyResponse')).toHaveLength(5000);
    const slugs = services.map((s) => (s as { slug: { current: string } }).slug.current);
    expect(new Set(slugs).size).toBe(2000);
    const ids = [...content, ...feedback].map((d) => d._id);
    expect(new Set(ids).size).toBe(ids.length);
    const titles = new Set(services.map((s) => (s as { title: string }).title));
    expect(titles.size / services.length).toBeGreaterThan(0.95);
    const parsed = [...content, ...feedback.filter((_, i) => i % 10 === 0)].map(parseDocument);
    expect(checkIntegrity(parsed)).toEqual([]);
  });

  it('treats "today" as an input: an earlier today leaves out what had not happened yet', () => {
    const { content } = generateDataset({ services: 20, responses: 50, today: '2025-01-15' });
    const actions = content.filter((d) => d._type === 'action') as { updates: { date: string }[]; completedDate?: string }[];
    expect(actions.flatMap((a) => a.updates.map((u) => u.date)).every((d) => d <= '2025-01-15')).toBe(true);
    expect(actions.every((a) => !a.completedDate || a.completedDate <= '2025-01-15')).toBe(true);
    const services = content.filter((d) => d._type === 'service') as { lastReviewed: string }[];
    expect(services.every((s) => s.lastReviewed <= '2025-01-15')).toBe(true);
  });

  it('refuses sizes and dates that make no sense, saying which', () => {
    expect(() => generateDataset({ services: -1 })).toThrow(/services/);
    expect(() => generateDataset({ today: '23/11/2026' })).toThrow(/today/);
  });

  it('draws version 4 UUIDs and numbers from its own seeded stream, never from Math.random', () => {
    const r = createRandom(1, 'x');
    expect(r.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(createRandom(1, 'x').next()).toBe(createRandom(1, 'x').next());
    expect(createRandom(1, 'x').next()).not.toBe(createRandom(1, 'y').next());
  });

  it('writes both datasets and prints counts from the command line', () => {
    const out = mkdtempSync(join(tmpdir(), 'generate-'));
    try {
      const printed = execFileSync(process.execPath, ['content/generate.ts', '--services', '30', '--responses', '40', '--seed', '5', '--out', out], { cwd: ROOT, encoding: 'utf8' });
      expect(printed).toMatch(/service\s+30/);
      expect(printed).toMatch(/surveyResponse\s+40/);
      expect(printed).toMatch(/Time: /);
      const lines = readFileSync(join(out, 'feedback.ndjson'), 'utf8').trim().split('\n');
      expect(lines.filter((l) => l.includes('"surveyResponse"'))).toHaveLength(40);
      expect(readFileSync(join(out, 'sample.ndjson'), 'utf8')).toContain('"_id":"siteSettings"');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
