// npm run export -- [DIR]: write the embedded store (sample content plus everything written since) as NDJSON files
// that `sanity dataset import` accepts: content.ndjson for the public dataset, feedback.ndjson for the private one.
import { clockFor } from '../src/clock/clock.ts';
import { openStore } from '../src/store/open-store.ts';
import { exportToFiles } from '../src/store/export-files.ts';
import { loadConfigOrExit } from './lib.ts';

const config = loadConfigOrExit();
const dir = process.argv[2] ?? 'export';
const store = await openStore({ sanity: config.sanity, dataDir: config.dataDir, contentDir: config.contentDir, now: clockFor(config) });
const { files, counts } = await exportToFiles(store, dir);
await store.close();
console.log(`Wrote ${counts.content} documents to ${files.content} and ${counts.feedback} to ${files.feedback}.`);
console.log(`Import them with: npx sanity dataset import ${files.content} <dataset>  and  ${files.feedback} <feedback-dataset>`);
