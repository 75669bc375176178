// Survey submissions under load: submissions a second and p50/p95/p99 latency at 50 and 100 concurrent clients, through
// the built server's Astro Action, through a bare node:http server doing the same durable insert through the store, and
// through a bare node:http + node:sqlite server that inserts one row per submission with the store's settings (WAL,
// synchronous=FULL, BEGIN IMMEDIATE … COMMIT each), all in the same run, for the ratios.
// After each run the data folder is opened again and every submission acknowledged with a 2xx must be in it.
// `node scripts/node24.mjs bench/submissions.ts --bare-server` is the bare store server, and `--bare-sqlite-server` the
// bare SQLite one (both started by this file). SUBMISSIONS_SECONDS shortens each run while developing.
import { clockFor } from '../src/clock/clock.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import { mkdirSync, rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { parseConfig } from '../src/config/env.ts';
import { Survey } from '../src/model/index.ts';
import { openLocalStore, openStore, type ContentStore } from '../src/store/index.ts';
import { parseSubmission, responseIdFor, storeSubmission, type ParsedSubmission } from '../src/surveys/index.ts';
import { readAnswers } from '../src/surveys/flow.ts';
import { report, root, round, scratchDir, serveBuild, stopServer, table, timedBuild, waitUntilServing } from './support.ts';

const CLIENTS = [50, 100];
const SECONDS = Number(process.env.SUBMISSIONS_SECONDS ?? 15);
const WARM_UP_SECONDS = 3;
const PORT = 4510;
const SURVEY = 'parents-and-carers';
const contentDir = join(root, 'content');

/** A parent's full answers to the sample's parents' survey, with free text for the scrubber (a name, a phone number). */
const ANSWERS: [string, string][] = [
  ['age-phase', 'primary'],
  ['needs', 'autism'],
  ['needs', 'speech-language-and-communication'],
  ['area', 'north'],
  ['listened-to', '4'],
  ['information-easy-to-find', '3'],
  ['needs-met-school', '4'],
  ['has-ehcp', 'yes'],
  ['review-involved', '4'],
  ['waiting-for', 'speech-and-language-therapy'],
  ['support-used', 'sendiass'],
  ['support-used', 'family-hub'],
  ['overall-experience', 'good'],
  ['what-works', 'The speech therapist at school, Mrs Patel, sees Sam every week and sends notes we can use at home.'],
  ['what-to-change', 'We waited 14 months for an autism assessment and nobody called us back on 07700 900123.'],
];

/** What the survey's "Send your answers" button posts, as a browser without JavaScript sends it. */
function formBody(submissionId: string): string {
  return new URLSearchParams([['survey', SURVEY], ['submissionId', submissionId], ...ANSWERS.map(([k, v]) => [`answers.${k}`, v])]).toString();
}

// ---- The bare server: the same parse and the same durable insert, with no Astro, middleware or page rendering. ----

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function toForm(body: string): FormData {
  const form = new FormData();
  for (const [k, v] of new URLSearchParams(body)) form.append(k, v);
  return form;
}

/** The action's checks on a posted form: the same parse either bare server does before its insert. */
function checkForm(survey: Survey, body: string): ReturnType<typeof parseSubmission> {
  const form = toForm(body);
  return parseSubmission(survey, { submissionId: form.get('submissionId'), answers: readAnswers(form) }, new Date());
}

/** What the bare store server answers a posted form with: the action's checks, then the same durable insert. */
async function answer(store: ContentStore, survey: Survey, body: string): Promise<[number, unknown]> {
  const checked = checkForm(survey, body);
  if (!checked.ok) return [400, checked.errors];
  return [200, await storeSubmission(store, survey, checked.value, new Date())];
}

const surveyQuery = '*[_type == "survey" && slug.current == $slug][0]';

/** Answers every post with `handle`, and `ready` to anything else; stops on SIGTERM once `close` has run. */
function serveWith(port: number, host: string, handle: (body: string) => Promise<[number, unknown]>, close: () => Promise<void>): void {
  const server = createServer((req, res) => {
    if (req.method !== 'POST') return void res.writeHead(200).end('ready');
    readBody(req)
      .then(handle)
      .then(
        ([status, reply]) => res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(reply)),
        // A post cut off when the load stops lands here too, with nobody left to tell.
        (error: unknown) => void (res.destroyed || res.writeHead(500).end(String(error))),
      );
  });
  server.listen(port, host);
  process.on('SIGTERM', () => server.close(() => void close().then(() => process.exit(0))));
}

async function serveBare(): Promise<void> {
  const config = parseConfig(process.env);
  const store = await openStore({ sanity: config.sanity, dataDir: config.dataDir, contentDir: config.contentDir, now: clockFor(config) });
  const survey = Survey.parse(await store.query(surveyQuery, { slug: SURVEY }));
  serveWith(config.port, config.host, (body) => answer(store, survey, body), () => store.close());
}

// ---- The bare SQLite server: the same parse and checks, then one row per submission in a table of its own. ----

const BARE_DATABASE_FILE = 'bare.db';

/** A fresh database with src/store/sqlite/database.ts's settings, and one table: a row per submission. */
function openBareDatabase(dataDir: string): DatabaseSync {
  mkdirSync(dataDir, { recursive: true });
  const db = new DatabaseSync(join(dataDir, BARE_DATABASE_FILE));
  db.exec('PRAGMA busy_timeout = 5000');
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA secure_delete = ON');
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('CREATE TABLE IF NOT EXISTS submissions (id TEXT PRIMARY KEY, submitted_at TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID');
  return db;
}

async function serveBareSqlite(): Promise<void> {
  const config = parseConfig(process.env);
  // The survey's definition as the portal has it (its dates moved with the sample), read once from an in-memory copy
  // of the seed files: nothing of the store is on the insert path.
  const seedOnly = await openLocalStore({ dataDir: null, contentDir: config.contentDir, now: clockFor(config) });
  const survey = Survey.parse(await seedOnly.query(surveyQuery, { slug: SURVEY }));
  await seedOnly.close();
  const db = openBareDatabase(config.dataDir);
  const insert = db.prepare('INSERT INTO submissions (id, submitted_at, body) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING');
  const durableInsert = (submission: ParsedSubmission, at: string): boolean => {
    db.exec('BEGIN IMMEDIATE');
    try {
      const { changes } = insert.run(submission.submissionId, at, JSON.stringify({ ...submission, submittedAt: at }));
      db.exec('COMMIT');
      return changes > 0;
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw error;
    }
  };
  const handle = async (body: string): Promise<[number, unknown]> => {
    const checked = checkForm(survey, body);
    if (!checked.ok) return [400, checked.errors];
    const created = durableInsert(checked.value, new Date().toISOString());
    return [200, { id: checked.value.submissionId, duplicate: !created }];
  };
  serveWith(config.port, config.host, handle, async () => db.close());
}

function startChild(flag: string): (dataDir: string) => Promise<ChildProcess> {
  return async (dataDir) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), flag], {
      cwd: root,
      env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, CONTENT_DIR: contentDir },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitUntilServing(child, `http://localhost:${PORT}/`);
    return child;
  };
}

// ---- The load and the check. ----

interface Load {
  acknowledged: string[];
  latenciesMs: number[];
  seconds: number;
  nonOk: Record<string, number>;
  errors: number;
}

/** `seconds` of submissions from `clients` connections, each post with a new submission id. */
async function load(url: string, clients: number, seconds: number): Promise<Load> {
  const acknowledged: string[] = [];
  const latenciesMs: number[] = [];
  const run = autocannon({
    url,
    connections: clients,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers: { Origin: `http://localhost:${PORT}`, 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        // The context lives with the connection until its reply: that is how a 2xx is tied to its submission id.
        setupRequest: (request, context) => {
          context.id = randomUUID();
          return { ...request, body: formBody(String(context.id)) };
        },
        onResponse: (status, _body, context) => {
          if (status >= 200 && status < 300) acknowledged.push(String(context.id));
        },
      },
    ],
  });
  run.on('response', (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) latenciesMs.push(ms);
  });
  const result = await run;
  const nonOk = Object.fromEntries(Object.entries(result.statusCodeStats).filter(([code]) => !code.startsWith('2')).map(([code, s]) => [code, s.count]));
  return { acknowledged, latenciesMs, seconds: result.duration, nonOk, errors: result.errors + result.timeouts };
}

interface Stored {
  missing: number;
  stored: number;
}

/** How many private documents a new store starts with (the sample's), so `stored` counts only what the run added. */
async function seededFeedback(): Promise<number> {
  const store = await openLocalStore({ dataDir: null, contentDir });
  const seeded = store.stats().documents.feedback;
  await store.close();
  return seeded;
}

/** Opens the store the server wrote (after it stopped) and looks for every acknowledged submission. */
function checkStore(seeded: number): (dataDir: string, acknowledged: string[]) => Promise<Stored> {
  return async (dataDir, acknowledged) => {
    const store = await openLocalStore({ dataDir, contentDir });
    let missing = 0;
    for (const id of acknowledged) if (!(await store.getDocument(responseIdFor(id), { dataset: 'feedback' }))) missing++;
    const stored = store.stats().documents.feedback - seeded;
    await store.close();
    return { missing, stored };
  };
}

/** Opens the bare server's database (after it stopped) and looks for every acknowledged submission's row. */
async function checkBareSqlite(dataDir: string, acknowledged: string[]): Promise<Stored> {
  const db = new DatabaseSync(join(dataDir, BARE_DATABASE_FILE), { readOnly: true });
  try {
    const find = db.prepare('SELECT 1 FROM submissions WHERE id = ?');
    const missing = acknowledged.filter((id) => find.get(id) === undefined).length;
    const { n } = db.prepare('SELECT count(*) AS n FROM submissions').get() as { n: number };
    return { missing, stored: n };
  } finally {
    db.close();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
}

interface Target {
  label: string;
  url: string;
  start: (dataDir: string) => Promise<ChildProcess>;
  check: (dataDir: string, acknowledged: string[]) => Promise<Stored>;
}

interface Measured {
  target: string;
  clients: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  nonOk: Record<string, number>;
  errors: number;
  /** Warm-up included: everything sent to this data folder. */
  acknowledged: number;
  stored: number;
  missing: number;
}

/** One target at one concurrency, on a fresh data folder: warm up, measure, stop, check. */
async function measure(target: Target, clients: number): Promise<Measured> {
  const dataDir = scratchDir(`submissions-data-${clients}`);
  rmSync(dataDir, { recursive: true, force: true });
  const server = await target.start(dataDir);
  let warmUp: Load, run: Load;
  try {
    warmUp = await load(target.url, 10, WARM_UP_SECONDS);
    run = await load(target.url, clients, SECONDS);
  } finally {
    await stopServer(server);
  }
  const acknowledged = [...warmUp.acknowledged, ...run.acknowledged];
  const { missing, stored } = await target.check(dataDir, acknowledged);
  rmSync(dataDir, { recursive: true, force: true });
  const sorted = run.latenciesMs.sort((a, b) => a - b);
  return {
    target: target.label,
    clients,
    perSecond: run.acknowledged.length / run.seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    nonOk: run.nonOk,
    errors: run.errors,
    acknowledged: acknowledged.length,
    stored,
    missing,
  };
}

function reportRun(m: Measured): void {
  const of = `${m.target}, ${m.clients} clients`;
  report(`submissions/s, ${of}`, Math.round(m.perSecond), '/s');
  report(`latency p50, ${of}`, round(m.p50), 'ms');
  report(`latency p95, ${of}`, round(m.p95), 'ms');
  report(`latency p99, ${of}`, round(m.p99), 'ms');
  report(`non-2xx replies, ${of}`, Object.values(m.nonOk).reduce((a, b) => a + b, 0), 'replies', { atMost: 0 });
  report(`acknowledged but not stored, ${of}`, m.missing, 'submissions', { atMost: 0 });
}

async function main(): Promise<void> {
  const buildDir = scratchDir('submissions');
  await timedBuild(contentDir, buildDir);
  const checkStored = checkStore(await seededFeedback());
  const targets: Target[] = [
    {
      label: 'Astro Action',
      url: `http://localhost:${PORT}/_actions/submitSurvey`,
      // The per-address limit would refuse a load that all comes from one address.
      start: (dataDir) => serveBuild(buildDir, contentDir, PORT, dataDir, { SURVEY_RATE_LIMIT: '0' }),
      check: checkStored,
    },
    // The store path: the same checks and the same durable insert through the store, without Astro.
    { label: 'bare node:http', url: `http://localhost:${PORT}/`, start: startChild('--bare-server'), check: checkStored },
    // The floor for a durable insert: the same checks, then one row in a bare SQLite table with the store's settings.
    { label: 'bare node:sqlite', url: `http://localhost:${PORT}/`, start: startChild('--bare-sqlite-server'), check: checkBareSqlite },
  ];
  const results: Measured[] = [];
  try {
    for (const target of targets) for (const clients of CLIENTS) results.push(await measure(target, clients));
  } finally {
    rmSync(buildDir, { recursive: true, force: true });
  }
  console.log(`Survey submissions, ${SECONDS} s per run after ${WARM_UP_SECONDS} s of warm-up, each post a new submission id:`);
  console.log(
    table(
      ['server', 'clients', 'submissions/s', 'p50 ms', 'p95 ms', 'p99 ms', 'non-2xx', 'conn. errors', 'acknowledged', 'stored', 'acked, not stored'],
      results.map((m) => [
        m.target,
        m.clients,
        m.perSecond.toFixed(0),
        m.p50.toFixed(1),
        m.p95.toFixed(1),
        m.p99.toFixed(1),
        Object.entries(m.nonOk).map(([code, n]) => `${n}×${code}`).join(' ') || '0',
        m.errors,
        m.acknowledged,
        m.stored,
        m.missing,
      ]),
    ),
  );
  console.log(
    'Stored counts more than acknowledged: posts still in flight when a run stops are stored, but their replies are not ' +
      'read (the Astro server may log one as "[ERROR] Error: aborted"). "bare node:http" inserts through the store; ' +
      '"bare node:sqlite" makes the same checks, then inserts one row with the store\'s settings (WAL, synchronous=FULL, ' +
      'BEGIN IMMEDIATE … COMMIT each).',
  );
  for (const m of results) reportRun(m);
  const rate = (target: Target, clients: number) => results.find((m) => m.target === target.label && m.clients === clients)!.perSecond;
  for (const clients of CLIENTS) {
    const [astro, store, sqlite] = targets.map((t) => rate(t, clients));
    const astroToStore = astro! / store!;
    const storeToSqlite = store! / sqlite!;
    const astroToSqlite = astro! / sqlite!;
    console.log(
      `${clients} clients: Astro Action / bare node:http = ${astroToStore.toFixed(2)}; bare node:http (through the store) / ` +
        `bare node:sqlite = ${storeToSqlite.toFixed(2)}; Astro Action / bare node:sqlite = ${astroToSqlite.toFixed(2)}`,
    );
    report(`submissions/s ratio, Astro / bare, ${clients} clients`, round(astroToStore, 2), '×');
    report(`submissions/s ratio, through the store / bare node:sqlite, ${clients} clients`, round(storeToSqlite, 2), '×', { atLeast: 0.5 });
    report(`submissions/s ratio, Astro / bare node:sqlite, ${clients} clients`, round(astroToSqlite, 2), '×');
  }
  if (results.some((m) => m.missing > 0)) process.exitCode = 1;
}

if (process.argv.includes('--bare-server')) await serveBare();
else if (process.argv.includes('--bare-sqlite-server')) await serveBareSqlite();
else await main();
