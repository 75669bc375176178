// npm run moderate: the comms team's moderation of written survey answers on the embedded store (Sanity mode uses the Studio).
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { ContentStore } from '../src/store/port.ts';
import {
  formatAnswerRef,
  listPendingAnswers,
  moderateAnswer,
  ModerationError,
  parseAnswerRef,
  type ModerationOutcome,
  type ModerationRequest,
  type PendingAnswer,
} from '../src/surveys/moderation.ts';
import { formatDate } from '../src/text/dates.ts';

export const USAGE = `Moderate written survey answers: only approved answers can ever be quoted in public.

  npm run moderate -- --list [--limit N]
      Written answers waiting, oldest first, with their ids (<response id>:<question key>).
  npm run moderate -- --approve <id> [--theme <slug>]… [--quote-to <you-said-we-did slug> [--attribution "A parent of a primary-age child"]]
      Approve an answer, tag it with feedback themes, and optionally quote it on a "You said, we did" page.
      Without --attribution the quote says who in general terms (audience and age phase only).
  npm run moderate -- --reject <id> [--theme <slug>]…
      Reject an answer (it is never published; any quote of it is taken down). Themes still count it.
  npm run moderate
      Go through the waiting answers one by one (in a terminal).

Answers were scrubbed of names, emails, phone numbers, postcodes, addresses and dates of birth when they arrived;
quotes are scrubbed again. Still read each one: approve only what could not identify anyone.`;

export interface ModerateIo {
  store: ContentStore;
  now: () => Date;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Where interactive answers come from (default: standard input). */
  input?: NodeJS.ReadableStream;
  /** Whether to go through answers one by one when no action is given (default: standard input is a terminal). */
  interactive?: boolean;
}

const DEFAULT_LIMIT = 20;

/** Several processes share the database (decision 007), so a running portal shows these changes on its next request. */
export const LIVE_NOTE = 'The site shows these changes from the next page view; there is no need to restart it.';

function describeAnswer(a: PendingAnswer): string[] {
  return [
    formatAnswerRef(a),
    `  ${a.surveyTitle} · ${formatDate(a.submittedAt)}`,
    `  Question: ${a.questionLabel}`,
    ...a.text.split('\n').map((line, i) => `  ${i === 0 ? '“' : ' '}${line}`),
  ].map((line, i, all) => (i === all.length - 1 ? `${line}”` : line));
}

function describeOutcome(o: ModerationOutcome): string[] {
  const lines = [`${o.moderation === 'approved' ? 'Approved' : 'Rejected'} ${formatAnswerRef(o.answer)}.`];
  if (o.themes.length) lines.push(`Themes: ${o.themes.join(', ')}.`);
  if (o.quotedIn) lines.push(`Quoted on ${o.quotedIn}: “${o.quoteText}”`);
  for (const id of o.removedFrom) lines.push(`Took its quote down from ${id}.`);
  return lines;
}

/** Runs the command; resolves with the exit code. Nothing is written unless every check passes. */
export async function main(argv: string[], io: ModerateIo): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  try {
    ({ values } = parse(argv));
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const actions = (['list', 'approve', 'reject'] as const).filter((a) => values[a] !== undefined && values[a] !== false);
  if (actions.length > 1) return usage(io, `Choose one of --list, --approve and --reject, not ${actions.map((a) => `--${a}`).join(' and ')}.`);
  const action = actions[0];
  if (action !== 'approve' && action !== 'reject' && values.theme?.length) return usage(io, '--theme goes with --approve or --reject.');
  if (action !== 'approve' && values['quote-to']) return usage(io, '--quote-to goes with --approve: only approved answers are quoted.');
  if (values.attribution !== undefined && !values['quote-to']) return usage(io, '--attribution goes with --quote-to.');

  try {
    if (action === 'list') return await list(io, values.limit);
    if (action === 'approve' || action === 'reject') {
      const request: ModerationRequest = {
        ...parseAnswerRef(String(values[action])),
        decision: action,
        themes: values.theme,
        ...(values['quote-to'] ? { quoteTo: { slug: values['quote-to'], attribution: values.attribution } } : {}),
      };
      for (const line of describeOutcome(await moderateAnswer(io.store, request, io.now()))) io.out(line);
      io.out(LIVE_NOTE);
      return 0;
    }
    if (io.interactive ?? Boolean(process.stdin.isTTY)) return await interactive(io);
    io.out(USAGE);
    return 2;
  } catch (error) {
    if (error instanceof ModerationError) {
      io.err(`${error.message}\nNothing was changed.`);
      return 1;
    }
    throw error;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    options: {
      list: { type: 'boolean' },
      limit: { type: 'string' },
      approve: { type: 'string' },
      reject: { type: 'string' },
      theme: { type: 'string', multiple: true },
      'quote-to': { type: 'string' },
      attribution: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function usage(io: ModerateIo, message: string): number {
  io.err(`${message}\n\n${USAGE}`);
  return 2;
}

async function list(io: ModerateIo, limitText: string | undefined): Promise<number> {
  if (limitText !== undefined && !/^[1-9]\d*$/.test(limitText)) return usage(io, `--limit must be a whole number above 0, not "${limitText}".`);
  const limit = limitText ? Number(limitText) : DEFAULT_LIMIT;
  const pending = await listPendingAnswers(io.store);
  if (pending.length === 0) {
    io.out('No written answers are waiting for moderation.');
    return 0;
  }
  io.out(`${pending.length} written answer${pending.length === 1 ? ' is' : 's are'} waiting for moderation, oldest first:`);
  for (const answer of pending.slice(0, limit)) {
    io.out('');
    for (const line of describeAnswer(answer)) io.out(line);
  }
  if (pending.length > limit) io.out(`\n… and ${pending.length - limit} more: use --limit ${pending.length} to see them all.`);
  return 0;
}

/** One by one: approve, reject, skip or quit; themes and a quote asked for on approval. */
async function interactive(io: ModerateIo): Promise<number> {
  const rl = createInterface({ input: io.input ?? process.stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (prompt: string): Promise<string | undefined> => {
    io.out(prompt);
    const next = await lines.next();
    return next.done ? undefined : String(next.value).trim();
  };
  try {
    const pending = await listPendingAnswers(io.store);
    io.out(`${pending.length} written answer${pending.length === 1 ? ' is' : 's are'} waiting. For each: a = approve, r = reject, s = skip, q = quit.`);
    let done = 0;
    for (const answer of pending) {
      io.out('');
      for (const line of describeAnswer(answer)) io.out(line);
      let choice: string | undefined;
      do choice = (await ask('Approve, reject, skip or quit? [a/r/s/q]'))?.toLowerCase();
      while (choice !== undefined && !['a', 'r', 's', 'q'].includes(choice));
      if (choice === undefined || choice === 'q') break;
      if (choice === 's') continue;
      const themes = ((await ask('Themes (slugs separated by spaces; Enter for none):')) ?? '').split(/[\s,]+/).filter(Boolean);
      const request: ModerationRequest = { ...answer, decision: choice === 'a' ? 'approve' : 'reject', themes };
      if (choice === 'a') {
        const slug = await ask('Quote it on a "You said, we did" page? Its slug, or Enter for no:');
        if (slug) {
          const attribution = await ask('Who said it, in general terms (Enter for the audience and age phase):');
          request.quoteTo = { slug, attribution: attribution || undefined };
        }
      }
      try {
        for (const line of describeOutcome(await moderateAnswer(io.store, request, io.now()))) io.out(line);
        done++;
      } catch (error) {
        if (!(error instanceof ModerationError)) throw error;
        io.err(`${error.message}\nNothing was changed for this answer.`);
      }
    }
    io.out(`\nModerated ${done} answer${done === 1 ? '' : 's'}.`);
    if (done > 0) io.out(LIVE_NOTE);
    return 0;
  } finally {
    rl.close();
  }
}

if (import.meta.main) {
  const { loadConfigOrExit } = await import('./lib.ts');
  const { openStore } = await import('../src/store/open-store.ts');
  const { clockFor } = await import('../src/clock/clock.ts');
  const config = loadConfigOrExit();
  if (config.sanity) {
    console.error('In Sanity mode, moderate answers in the Studio: open a survey response and use "Approve as public quote" or "Reject".');
    process.exit(2);
  }
  const store = await openStore({ dataDir: config.dataDir, contentDir: config.contentDir, now: clockFor(config) });
  let code = 1;
  try {
    code = await main(process.argv.slice(2), {
      store,
      now: clockFor(config),
      out: (line) => console.log(line),
      err: (line) => console.error(line),
    });
  } finally {
    await store.close();
  }
  process.exit(code);
}
