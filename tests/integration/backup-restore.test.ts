// npm run backup and npm run restore on the embedded store (decision 007): a backup taken while another process keeps
// writing holds everything acknowledged before it, restoring brings that back, an erasure made after the backup
// stays made in every byte of DATA_DIR, and a bad file, a busy database or an existing target changes nothing.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main as backup } from '../../scripts/backup.ts';
import { main as restore } from '../../scripts/restore.ts';
import type { Survey, YouSaidWeDid } from '../../src/model/index.ts';
import { openLocalStore, type LocalStore } from '../../src/store/index.ts';
import { readErasureLog } from '../../src/store/sqlite/erasure.ts';
import { deleteByReceipt, moderateAnswer, parseSubmission, storeSubmission, useServerSecret } from '../../src/surveys/index.ts';
import { everyByteIn, metaValue } from '../support/data-dir.ts';
import { sampleDayClock } from '../support/sample-day.ts';

const ROOT = join(import.meta.dirname, '../..');
const CONTENT_DIR = join(ROOT, 'content');
const MEASURE = 'impactMeasure-young-people-who-feel-listened-to';

let work: string;
let dataDir: string;
let backups: string;
let store: LocalStore | undefined;
let out: string[];
let err: string[];

const io = () => ({ dataDir, sanity: false, now: () => new Date(), out: (l: string) => out.push(l), err: (l: string) => err.push(l) });
const runBackup = (...argv: string[]) => backup(argv, io());
const runRestore = (...argv: string[]) => restore(argv, io());
const open = (dir = dataDir) => openLocalStore({ dataDir: dir, contentDir: CONTENT_DIR, now: sampleDayClock() });

async function closeStore(): Promise<void> {
  await store?.close();
  store = undefined;
}

/** Every file under a folder with a hash of its bytes: equal before and after means nothing there changed. */
async function filesIn(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path] = createHash('sha256').update(await readFile(path)).digest('hex');
  }
  return files;
}

const report = (id: string) => ({
  _id: id,
  _type: 'correctionReport' as const,
  subject: { _type: 'reference' as const, _ref: 'service-speech', _weak: true as const },
  subjectTitle: 'Speech and language therapy',
  whatIsWrong: 'The phone number has changed.',
  consentToContact: false,
  createdAt: '2025-01-02T09:00:00Z',
  status: 'new' as const,
});

/** The running totals exactly as stored, to compare one database's with another's. */
const tallyRows = (s: LocalStore) => s.db.prepare('SELECT measure, quarter, grouping, grp, n, positive FROM tallies ORDER BY measure, quarter, grouping, grp').all();

/** Open a backup file as a store of its own, in a folder of its own (the store always calls its file portal.db). */
async function openCopy(file: string): Promise<LocalStore> {
  const dir = await mkdtemp(join(work, 'opened-'));
  await copyFile(file, join(dir, 'portal.db'));
  return open(dir);
}

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'backup-'));
  dataDir = join(work, 'data');
  backups = join(work, 'backups');
  store = await open();
  useServerSecret('an integration test secret, long enough to use');
  out = [];
  err = [];
});
afterEach(async () => {
  await closeStore();
  await rm(work, { recursive: true, force: true });
});

/**
 * Another process on the same DATA_DIR (as the portal is to `npm run backup`) writing one report after another and
 * printing each id, with the time, once its write is acknowledged. It stops when its standard input closes.
 */
function startWriter() {
  const code = `
    const { openLocalStore } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'src/store/index.ts')).href)});
    const store = await openLocalStore({ dataDir: ${JSON.stringify(dataDir)}, contentDir: ${JSON.stringify(CONTENT_DIR)} });
    const base = ${JSON.stringify(report('report-writer'))};
    let stop = false;
    process.stdin.on('data', () => {}).on('end', () => { stop = true; });
    for (let i = 0; !stop; i++) {
      const id = 'report-writer-' + i;
      await store.create({ ...base, _id: id });
      process.stdout.write('ack ' + id + ' ' + Date.now() + '\\n');
      // The store's writes never wait on I/O: give the event loop a turn, or the end of stdin is never seen.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await store.close();
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const acked: { id: string; at: number }[] = [];
  let stderr = '';
  let buffered = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      const [word, id, at] = line.split(' ');
      if (word === 'ack') acked.push({ id: id!, at: Number(at) });
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const until = async (done: () => boolean) => {
    const deadline = Date.now() + 20_000;
    while (!done()) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the writer stopped after ${acked.length} writes: ${stderr}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  const stop = async () => {
    child.stdin.end();
    return { code: await exited, stderr };
  };
  return { acked, until, stop };
}

describe('npm run backup', () => {
  it('copies the database while another process keeps writing: the copy opens as a store and holds every write acknowledged before it began', async () => {
    const writer = startWriter();
    await writer.until(() => writer.acked.length >= 20);
    const file = join(backups, 'nightly', 'portal-backup.db');

    // What was acknowledged before the backup began: read then, not by timestamp, which may share its millisecond.
    const acknowledgedBefore = writer.acked.map((a) => a.id);
    expect(await runBackup(file)).toBe(0);
    const ended = Date.now();

    // Writes keep being acknowledged after it, from the same process: the backup never stopped the writer.
    await writer.until(() => writer.acked.filter((a) => a.at > ended).length >= 20);
    const { code, stderr } = await writer.stop();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toBe(`Backed up ${join(dataDir, 'portal.db')} to ${file} (${((await stat(file)).size / 1_048_576).toFixed(1)} MB).`);
    expect(out[1]).toMatch(/no longer than 35 days/);

    // Begun only once the one before was acknowledged, after the backup had ended.
    const begunAfter = writer.acked.filter((_, i) => i > 0 && writer.acked[i - 1]!.at > ended).map((a) => a.id);
    expect(acknowledgedBefore.length).toBeGreaterThanOrEqual(20);
    expect(begunAfter.length).toBeGreaterThan(0);
    const copy = await openCopy(file);
    try {
      const inCopy = new Set(await copy.query<string[]>('*[_type == "correctionReport" && _id match "report-writer-*"]._id', {}, { dataset: 'feedback' }));
      for (const id of acknowledgedBefore) expect(inCopy.has(id), id).toBe(true);
      // One snapshot, not whatever was on disk as it went: nothing written after it is in it.
      for (const id of begunAfter) expect(inCopy.has(id), id).toBe(false);
      expect(copy.stats().documents.content).toBe(store!.stats().documents.content);
      expect(copy.db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    } finally {
      await copy.close();
    }
  });

  it('refuses to overwrite a file that is already there, and changes nothing', async () => {
    const file = join(backups, 'taken.db');
    await mkdir(backups, { recursive: true });
    await writeFile(file, 'last week’s backup\n');
    const before = { data: await filesIn(dataDir), backups: await filesIn(backups) };

    expect(await runBackup(file)).toBe(1);

    expect(err).toEqual([`${file} already exists: a backup never overwrites a file, so give a new name; nothing was changed.`]);
    expect(out).toEqual([]);
    expect({ data: await filesIn(dataDir), backups: await filesIn(backups) }).toEqual(before);
  });

  it('asks for one file, and refuses a DATA_DIR with no database rather than back up an empty one', async () => {
    expect(await runBackup()).toBe(2);
    expect(err[0]).toMatch(/^Give the backup file\.\n\nCopy the embedded store/);
    err = [];
    expect(await runBackup('a.db', 'b.db')).toBe(2);
    expect(err[0]).toMatch(/^Give one backup file only\./);

    err = [];
    dataDir = join(work, 'never-used');
    expect(await runBackup(join(backups, 'x.db'))).toBe(1);
    expect(err).toEqual([`${join(dataDir, 'portal.db')} does not exist, so there is nothing to back up: check DATA_DIR.`]);
    await expect(stat(dataDir)).rejects.toThrow(/ENOENT/);
    await expect(stat(join(backups, 'x.db'))).rejects.toThrow(/ENOENT/);
  });
});

describe('npm run restore', () => {
  it('brings back the documents as they were at the backup, and keeps the database it replaces', async () => {
    await store!.create(report('report-before-backup'));
    const file = join(backups, 'portal-backup.db');
    expect(await runBackup(file)).toBe(0);
    await store!.delete('report-before-backup', { dataset: 'feedback' });
    await store!.create(report('report-after-backup'));
    await closeStore();
    out = [];

    expect(await runRestore(file)).toBe(0);

    expect(err).toEqual([]);
    const kept = (await readdir(dataDir)).filter((f) => f.startsWith('portal.db.before-restore-'));
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(/^portal\.db\.before-restore-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/);
    expect(out).toEqual([
      `Restored ${file} as ${join(dataDir, 'portal.db')}.`,
      `Kept the database it replaced as ${join(dataDir, kept[0]!)}: delete it once you are sure of the restore.`,
      'No erasure had been recorded since the backup was made.',
      'The survey figures are counted afresh from the restored answers when the portal next starts. Start it again now.',
    ]);
    // Nothing of the old database's WAL is left to be replayed onto the restored one, and nothing staged is left over.
    expect((await readdir(dataDir)).sort()).toEqual(['portal.db', kept[0]!].sort());
    expect(metaValue(dataDir, 'tallies_counted_by')).toBeUndefined();

    store = await open();
    expect(await store.getDocument('report-before-backup', { dataset: 'feedback' })).toMatchObject({ whatIsWrong: 'The phone number has changed.' });
    expect(await store.getDocument('report-after-backup', { dataset: 'feedback' })).toBeNull();
    store.measureFigures(MEASURE, 'none');
    expect(metaValue(dataDir, 'tallies_counted_by')).toBeDefined();

    // The kept database is whole, and restoring it undoes the restore (a minute on, so it is kept under a new name).
    await closeStore();
    expect(await restore([join(dataDir, kept[0]!)], { ...io(), now: () => new Date(Date.now() + 60_000) })).toBe(0);
    expect(err).toEqual([]);
    store = await open();
    expect(await store.getDocument('report-after-backup', { dataset: 'feedback' })).not.toBeNull();
    expect(await store.getDocument('report-before-backup', { dataset: 'feedback' })).toBeNull();
  });

  it('restores into a DATA_DIR with no database yet (a new machine): nothing to keep, nothing to erase again', async () => {
    await store!.create(report('report-before-backup'));
    const file = join(backups, 'portal-backup.db');
    expect(await runBackup(file)).toBe(0);
    await closeStore();
    dataDir = join(work, 'new-machine', 'data');
    out = [];

    expect(await runRestore(file)).toBe(0);

    expect(err).toEqual([]);
    expect(out.slice(0, 2)).toEqual([`Restored ${file} as ${join(dataDir, 'portal.db')}.`, 'No erasure had been recorded since the backup was made.']);
    expect(await readdir(dataDir)).toEqual(['portal.db']);
    store = await open();
    expect(await store.getDocument('report-before-backup', { dataset: 'feedback' })).not.toBeNull();
  });

  it('erases again an answer erased after the backup: not a byte of it in DATA_DIR, the kept database included, and the figures recounted without it', async () => {
    const sentence = `the otter under the footbridge counts the barges ${randomUUID().slice(0, 8)}`;
    const survey = await store!.query<Survey>('*[_type == "survey" && audience == "young-people"][0]');
    const now = sampleDayClock()();
    const parsed = parseSubmission(survey, { submissionId: randomUUID(), answers: { 'age-phase': 'secondary', 'adults-listen': '4', 'one-change': sentence } }, now);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const { receiptCode } = await storeSubmission(store!, survey, parsed.value, now);
    const responseId = `response-${parsed.value.submissionId}`;
    const page = await store!.query<YouSaidWeDid>('*[_type == "youSaidWeDid"][0]');
    await moderateAnswer(store!, { responseId, questionKey: 'one-change', decision: 'approve', quoteTo: { slug: page.slug.current } }, now);
    const file = join(backups, 'portal-backup.db');
    expect(await runBackup(file)).toBe(0);
    // What the README warns of: an erasure does not reach into backups already made.
    expect((await readFile(file)).toString('latin1')).toContain(sentence);
    const countedWithIt = tallyRows(store!);

    expect(await deleteByReceipt(store!, receiptCode, now)).toBe('deleted');
    const liveLog = readErasureLog(store!.db);
    const countedWithout = tallyRows(store!);
    expect(countedWithout).not.toEqual(countedWithIt);
    const responses = (await store!.query<string[]>('*[_type == "surveyResponse"]._id', {}, { dataset: 'feedback' })).length;
    await closeStore();
    out = [];

    expect(await runRestore(file)).toBe(0);

    expect(err).toEqual([]);
    expect(out[2]).toBe('Applied again 1 erasure recorded since the backup was made (1 document in the backup erased).');
    const files = await readdir(dataDir);
    expect(files.filter((f) => f.startsWith('portal.db.before-restore-'))).toHaveLength(1);
    const onDisk = await everyByteIn(dataDir);
    expect(onDisk).not.toContain(sentence);
    expect(onDisk).not.toContain(sentence.slice(0, 20));

    store = await open();
    expect(await store.getDocument(responseId, { dataset: 'feedback' })).toBeNull();
    expect(((await store.getDocument(page._id)) as YouSaidWeDid).quotes.map((q) => q.text)).not.toContain(sentence);
    expect((await store.query<string[]>('*[_type == "surveyResponse"]._id', {}, { dataset: 'feedback' })).length).toBe(responses);
    expect(readErasureLog(store.db)).toEqual(liveLog);
    store.measureFigures(MEASURE, 'none');
    expect(tallyRows(store)).toEqual(countedWithout);
    // Opening it and recounting wrote to it: the sentence is still nowhere.
    expect(await everyByteIn(dataDir)).not.toContain(sentence);
  });

  /** Each makes the file to restore and says the one line that restoring it must answer. */
  const badFiles: [string, (path: string) => Promise<string>][] = [
    [
      'a file that is not a database',
      async (p) => {
        await writeFile(p, 'Name,Service\nA,Speech therapy\n'.repeat(50));
        return `${p} is not a portal backup (it is not an SQLite database): give the path of a file made by npm run backup; nothing was changed.`;
      },
    ],
    [
      'an SQLite database of something else',
      async (p) => {
        const db = new DatabaseSync(p);
        db.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('A')");
        db.close();
        return `${p} is an SQLite database but not a portal backup (it has no documents table): give the path of a file made by npm run backup; nothing was changed.`;
      },
    ],
    [
      'a backup cut off part-way',
      async (p) => {
        const whole = join(backups, 'whole.db');
        expect(await runBackup(whole)).toBe(0);
        const bytes = await readFile(whole);
        await writeFile(p, bytes.subarray(0, 40_960));
        return `${p} is cut short (40960 of ${bytes.length} bytes): the copy is incomplete, so restore another backup; nothing was changed.`;
      },
    ],
    ['a file that is not there', async (p) => `${p}: no such file: give the path of a file made by npm run backup; nothing was changed.`],
  ];

  it.each(badFiles)('refuses %s with one line saying so, and changes nothing', async (_name, make) => {
    await mkdir(backups, { recursive: true });
    const file = join(backups, 'candidate.db');
    const message = await make(file);
    await closeStore();
    const before = { data: await filesIn(dataDir), backups: await filesIn(backups) };
    out = [];
    err = [];

    expect(await runRestore(file)).toBe(1);

    expect(err).toEqual([message]);
    expect(err[0]).not.toContain('\n');
    expect(out).toEqual([]);
    expect({ data: await filesIn(dataDir), backups: await filesIn(backups) }).toEqual(before);
  });

  it('refuses while the portal has the database open, even when idle, and changes nothing', async () => {
    const file = join(backups, 'portal-backup.db');
    expect(await runBackup(file)).toBe(0);
    await store!.create(report('report-while-open'));
    const before = await filesIn(dataDir);
    out = [];

    expect(await runRestore(file)).toBe(1);

    expect(err).toEqual([
      `${join(dataDir, 'portal.db')} is open in another process (the portal, or a command such as npm run moderate): stop it, then run npm run restore again; nothing was changed.`,
    ]);
    expect(await filesIn(dataDir)).toEqual(before);
    // The portal carries on as if nothing had happened.
    await store!.create(report('report-after-refusal'));
    expect(await store!.getDocument('report-while-open', { dataset: 'feedback' })).not.toBeNull();
  });

  it('in Sanity mode, both say backups are Sanity’s own', async () => {
    const sanity = { ...io(), sanity: true };
    expect(await backup(['x.db'], sanity)).toBe(1);
    expect(await restore(['x.db'], sanity)).toBe(1);
    expect(err).toHaveLength(2);
    expect(err[0]).toMatch(/^In Sanity mode, backups are Sanity's own: .*npx sanity dataset export/);
    expect(err[1]).toMatch(/^In Sanity mode, backups are Sanity's own: .*npx sanity dataset import/);
    await expect(stat('x.db')).rejects.toThrow(/ENOENT/);
  });

  it('both run from the command line against DATA_DIR, and restore refuses while another process has it open', () => {
    const file = join(backups, 'from-cli.db');
    const env = { ...process.env, DATA_DIR: dataDir, CONTENT_DIR, SANITY_PROJECT_ID: '' };
    const cli = (script: string) => spawnSync(process.execPath, [join(ROOT, 'scripts/node24.mjs'), script, file], { cwd: ROOT, env, encoding: 'utf8' });

    const made = cli('scripts/backup.ts');
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(made.stdout).toMatch(/^Backed up .*from-cli\.db/);

    // This test's own store is the portal here: another process, holding the database open but doing nothing.
    const refused = cli('scripts/restore.ts');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(`${join(dataDir, 'portal.db')} is open in another process (the portal, or a command such as npm run moderate): stop it, then run npm run restore again; nothing was changed.\n`);
  });

  it('restores from the command line once the portal has stopped', async () => {
    const file = join(backups, 'from-cli.db');
    expect(await runBackup(file)).toBe(0);
    await closeStore();
    const env = { ...process.env, DATA_DIR: dataDir, CONTENT_DIR, SANITY_PROJECT_ID: '' };
    const restored = spawnSync(process.execPath, [join(ROOT, 'scripts/node24.mjs'), 'scripts/restore.ts', file], { cwd: ROOT, env, encoding: 'utf8' });
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(restored.stdout).toMatch(/^Restored .*from-cli\.db as .*portal\.db\.\nKept the database it replaced as .*portal\.db\.before-restore-/);
    store = await open();
    expect(store.stats().documents.content).toBeGreaterThan(0);
  });
});
