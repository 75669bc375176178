// Child process for the kill -9 test: writes documents as fast as it can and prints each one once it is acknowledged.
import { openLocalStore } from '../../../src/store/local/index.ts';
import { aSurveyResponse } from './fixtures.ts';

const [dataDir, inFlightArg] = process.argv.slice(2);
const inFlight = Number(inFlightArg ?? 50);
const store = await openLocalStore({ seed: { content: [], feedback: [] }, dataDir: dataDir! });
process.stdout.write('READY\n');

let next = 0;
async function worker(): Promise<void> {
  for (;;) {
    const doc = await store.create(aSurveyResponse({ answers: [{ _key: 'a1', questionKey: 'overall', score: (next++ % 5) + 1 }] }));
    // Printed only after create resolved, i.e. after the fsync: every line the parent reads is a durable write.
    process.stdout.write(`ACK ${JSON.stringify(doc)}\n`);
  }
}
await Promise.all(Array.from({ length: inFlight }, worker));
