// The day the committed sample was written for, and a clock on it, so tests that read the sample never read the wall clock.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clockOnDay, type Clock } from '../../src/clock/clock.ts';
import { SAMPLE_DAY_FILE, SampleDay } from '../../src/sample/sample-day.ts';

export const CONTENT_DIR = join(import.meta.dirname, '../../content');

/** "Today" in the sample's own story: the store moves nothing when it is opened on this day. */
export const SAMPLE_DAY: string = SampleDay.parse(JSON.parse(readFileSync(join(CONTENT_DIR, SAMPLE_DAY_FILE), 'utf8'))).writtenFor;

/** A clock that reads the sample's day, for opening the sample unmoved. */
export function sampleDayClock(): Clock {
  return clockOnDay(SAMPLE_DAY);
}
