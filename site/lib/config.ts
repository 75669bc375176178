// The site's configuration and clock, read once from the environment (src/config says what each variable means).
import { clockFor, type Clock } from '../../src/clock/clock.ts';
import { parseConfig, type Config } from '../../src/config/env.ts';
import { londonDate } from '../../src/text/dates.ts';

let config: Config | undefined;
let clock: Clock | undefined;

export function getConfig(): Config {
  config ??= parseConfig(process.env);
  return config;
}

/** Now, by the portal's clock: the wall clock, or the day a test chose with TEST_TODAY. */
export function now(): Date {
  clock ??= clockFor(getConfig());
  return clock();
}

/** Today on the Europe/London calendar by the portal's clock, as YYYY-MM-DD. */
export function today(): string {
  return londonDate(now());
}
