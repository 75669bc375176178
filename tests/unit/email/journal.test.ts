import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmailJournalCorruptError, journalPath, openEmailJournal } from '../../../src/email/journal.ts';
import { EmailMessage } from '../../../src/email/message.ts';

const from = 'Local Offer <localoffer@example.gov.uk>';
const message = EmailMessage.parse({ to: 'comms@example.gov.uk', subject: 'A report', text: 'Text', html: '<p>HTML</p>' });
const intent = (key: string) => ({ key, from, message, createdAt: '2026-11-23T10:00:00.000Z' });

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'email-journal-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function lines(): Promise<string[]> {
  return (await readFile(journalPath(dataDir), 'utf8')).split('\n').filter(Boolean);
}

describe('the email journal', () => {
  it('replays intents, attempts and sends when opened again', async () => {
    const journal = await openEmailJournal(dataDir);
    expect(await journal.recordIntent(intent('a'))).toBe(true);
    expect(await journal.recordIntent(intent('b'))).toBe(true);
    expect(await journal.recordIntent(intent('c'))).toBe(true);
    await journal.recordAttempt({ key: 'a', at: '2026-11-23T10:00:01.000Z', error: 'internal_server_error (500): boom', status: 500, permanent: false });
    await journal.recordSent({ key: 'a', providerId: 'em_1', via: 'resend', at: '2026-11-23T10:00:03.000Z' });
    await journal.recordAttempt({ key: 'c', at: '2026-11-23T10:00:01.000Z', error: 'validation_error (422): bad', status: 422, permanent: true });
    await journal.close();

    const reopened = await openEmailJournal(dataDir);
    expect(reopened.get('a')).toMatchObject({ status: 'sent', sent: { providerId: 'em_1' }, attempts: [{ status: 500 }], message });
    expect(reopened.pending().map((e) => e.key)).toEqual(['b']);
    expect(reopened.failed().map((e) => e.key)).toEqual(['c']);
    expect(reopened.entries().map((e) => e.key)).toEqual(['a', 'b', 'c']);
    await reopened.close();
  });

  it('records an intent once, however often or however concurrently it is asked', async () => {
    const journal = await openEmailJournal(dataDir);
    const results = await Promise.all([journal.recordIntent(intent('k')), journal.recordIntent(intent('k')), journal.recordIntent(intent('k'))]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await journal.recordIntent(intent('k'))).toBe(false);
    await journal.close();
    const reopened = await openEmailJournal(dataDir);
    expect(await reopened.recordIntent(intent('k'))).toBe(false);
    await reopened.close();
    expect(await lines()).toHaveLength(1);
  });

  it('ignores a torn last line, cuts it off, and appends cleanly after it', async () => {
    const journal = await openEmailJournal(dataDir);
    await journal.recordIntent(intent('a'));
    await journal.close();
    const whole = JSON.stringify({ type: 'intent', ...intent('b') });
    await appendFile(journalPath(dataDir), whole.slice(0, 40));

    const reopened = await openEmailJournal(dataDir);
    expect(reopened.entries().map((e) => e.key)).toEqual(['a']);
    await reopened.recordIntent(intent('c'));
    await reopened.close();

    expect((await lines()).map((l) => JSON.parse(l).key)).toEqual(['a', 'c']);
    const third = await openEmailJournal(dataDir);
    expect(third.pending().map((e) => e.key)).toEqual(['a', 'c']);
    await third.close();
  });

  it('treats damaged lines at the very end as torn too', async () => {
    const journal = await openEmailJournal(dataDir);
    await journal.recordIntent(intent('a'));
    await journal.close();
    await appendFile(journalPath(dataDir), '\0\0\0\0\n{"type":"intent"\n');
    const reopened = await openEmailJournal(dataDir);
    expect(reopened.entries().map((e) => e.key)).toEqual(['a']);
    await reopened.close();
    expect(await lines()).toHaveLength(1);
  });

  it('refuses to open when a damaged line is followed by good ones', async () => {
    const good = JSON.stringify({ type: 'intent', ...intent('a') });
    await openEmailJournal(dataDir).then((j) => j.close());
    await writeFile(journalPath(dataDir), `${good}\nnot json\n${good.replace('"a"', '"b"')}\n`);
    await expect(openEmailJournal(dataDir)).rejects.toBeInstanceOf(EmailJournalCorruptError);
    await expect(openEmailJournal(dataDir)).rejects.toThrow(/journal\.ndjson:2: not valid JSON/);
  });

  it('keeps the file a person can read: one JSON record a line', async () => {
    const journal = await openEmailJournal(dataDir);
    await journal.recordIntent(intent('correction-report:r1:comms'));
    await journal.close();
    const [line] = await lines();
    expect(JSON.parse(line!)).toMatchObject({ type: 'intent', key: 'correction-report:r1:comms', message: { subject: 'A report' } });
  });
});
