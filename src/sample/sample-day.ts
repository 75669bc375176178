// The two small records that place the sample in time: the day its files were written for, and the day a store began.
import { z } from 'zod';

const IsoDay = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });

/** `sample-day.json` beside a sample's NDJSON files: only generated samples have one, so only they ever move. */
export const SampleDay = z.object({ writtenFor: IsoDay }).strict();
export type SampleDay = z.infer<typeof SampleDay>;
export const SAMPLE_DAY_FILE = 'sample-day.json';

/** `store-created.json` in DATA_DIR: the day this store was first made from the sample, fixed from then on. */
export const StoreCreated = z.object({ createdOn: IsoDay }).strict();
export type StoreCreated = z.infer<typeof StoreCreated>;
export const STORE_CREATED_FILE = 'store-created.json';
