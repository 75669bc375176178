import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfigError, parseConfig } from '../../../src/config/env.ts';

function errorOf(env: Record<string, string>): ConfigError {
  try {
    parseConfig(env);
  } catch (e) {
    return e as ConfigError;
  }
  throw new Error('expected a configuration error');
}

describe('configuration from the environment', () => {
  it('defaults to the embedded store on localhost:4321 with nothing set', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ port: 4321, host: 'localhost', dataDir: '.data', siteUrl: 'http://localhost:4321' });
    expect(config.sanity).toBeUndefined();
    expect(config.email.resendApiKey).toBeUndefined();
  });

  it('limits survey answers to 300 a minute from one address unless told otherwise (0 is off)', () => {
    expect(parseConfig({}).surveyRateLimit).toBe(300);
    expect(parseConfig({ SURVEY_RATE_LIMIT: '0' }).surveyRateLimit).toBe(0);
    expect(parseConfig({ SURVEY_RATE_LIMIT: '1000' }).surveyRateLimit).toBe(1000);
  });

  it('takes PORT and HOST overrides', () => {
    expect(parseConfig({ PORT: '8080', HOST: '0.0.0.0' })).toMatchObject({ port: 8080, host: '0.0.0.0', siteUrl: 'http://localhost:8080' });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ SITE_URL: 'localoffer.example' }, 'SITE_URL'],
    [{ SANITY_PROJECT_ID: 'abc123' }, 'SANITY_DATASET'],
    [{ SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production' }, 'SANITY_FEEDBACK_DATASET'],
    [{ SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production', SANITY_FEEDBACK_DATASET: 'production' }, 'SANITY_FEEDBACK_DATASET'],
    [{ SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production', SANITY_FEEDBACK_DATASET: 'feedback' }, 'SURVEY_SECRET'],
    [{ SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production', SANITY_FEEDBACK_DATASET: 'feedback', SURVEY_SECRET: 'x'.repeat(32) }, 'SUBSCRIPTION_SECRET'],
    [
      { SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production', SANITY_FEEDBACK_DATASET: 'feedback', SURVEY_SECRET: 'x'.repeat(32), SUBSCRIPTION_SECRET: 'y'.repeat(32) },
      'SANITY_API_WRITE_TOKEN',
    ],
    [{ SURVEY_SECRET: 'too-short' }, 'SURVEY_SECRET'],
    [{ SUBSCRIPTION_SECRET: 'too-short' }, 'SUBSCRIPTION_SECRET'],
    [{ SANITY_PREVIEW_SECRET: 'short' }, 'SANITY_PREVIEW_SECRET'],
    [{ SANITY_DATASET: 'production' }, 'SANITY_DATASET'],
    [{ SANITY_PROJECT_ID: 'Not A Project!' }, 'SANITY_PROJECT_ID'],
    [{ SANITY_WEBHOOK_SECRET: 'short' }, 'SANITY_WEBHOOK_SECRET'],
    [{ RESEND_API_KEY: 'abc' }, 'RESEND_API_KEY'],
    [{ RESEND_API_KEY: 're_123' }, 'EMAIL_FROM'],
    [{ RESEND_API_KEY: 're_123', EMAIL_FROM: 'Local Offer <lo@example.gov.uk>' }, 'COMMS_EMAIL'],
    [{ COMMS_EMAIL: 'not-an-email' }, 'COMMS_EMAIL'],
    [{ SURVEY_RATE_LIMIT: 'lots' }, 'SURVEY_RATE_LIMIT'],
    [{ SURVEY_RATE_LIMIT: '-1' }, 'SURVEY_RATE_LIMIT'],
    [{ SURVEY_RATE_LIMIT: '2.5' }, 'SURVEY_RATE_LIMIT'],
  ])('stops on %o naming %s', (env, variable) => {
    const error = errorOf(env as Record<string, string>);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.variable).toBe(variable);
    const line = describeConfigError(error);
    expect(line).toMatch(new RegExp(`^Configuration error: ${variable}: `));
    expect(line).not.toContain('\n');
  });

  it('accepts a complete Sanity and Resend configuration', () => {
    const config = parseConfig({
      SANITY_PROJECT_ID: 'abc123',
      SANITY_DATASET: 'production',
      SANITY_FEEDBACK_DATASET: 'feedback',
      SANITY_API_WRITE_TOKEN: 'sk-write',
      SURVEY_SECRET: 's'.repeat(32),
      SUBSCRIPTION_SECRET: 'u'.repeat(32),
      RESEND_API_KEY: 're_123',
      EMAIL_FROM: 'Local Offer <lo@example.gov.uk>',
      COMMS_EMAIL: 'comms@example.gov.uk',
    });
    expect(config.sanity).toMatchObject({ projectId: 'abc123', dataset: 'production', feedbackDataset: 'feedback' });
    expect(config.email.commsEmail).toBe('comms@example.gov.uk');
  });

  it('treats empty variables as unset', () => {
    expect(parseConfig({ SANITY_PROJECT_ID: '', RESEND_API_KEY: '' }).sanity).toBeUndefined();
    expect(parseConfig({ SURVEY_RATE_LIMIT: '' }).surveyRateLimit).toBe(300);
  });
});

describe('TEST_TODAY, the test clock', () => {
  it('sets the day the portal takes as today, in tests on a loopback address', () => {
    expect(parseConfig({}).testToday).toBeUndefined();
    expect(parseConfig({ TEST_TODAY: '2029-02-28' }).testToday).toBe('2029-02-28');
    expect(parseConfig({ TEST_TODAY: '2029-02-28', SITE_URL: 'http://127.0.0.1:4399' }).testToday).toBe('2029-02-28');
  });

  it.each(['tomorrow', '2029-2-28', '2029-02-30', '28/02/2029'])('refuses "%s" with one line naming the setting', (value) => {
    const error = errorOf({ TEST_TODAY: value });
    expect(error.variable).toBe('TEST_TODAY');
    expect(describeConfigError(error)).toMatch(/^Configuration error: TEST_TODAY: must be a (real calendar )?date as YYYY-MM-DD/);
    expect(describeConfigError(error)).not.toContain('\n');
  });

  it('is refused on a live site, whose SITE_URL is a public address', () => {
    const error = errorOf({ TEST_TODAY: '2029-02-28', SITE_URL: 'https://localoffer.example.gov.uk' });
    expect(error.variable).toBe('TEST_TODAY');
    expect(describeConfigError(error)).toBe(
      'Configuration error: TEST_TODAY: is for tests only and cannot be set on a live site (SITE_URL is https://localoffer.example.gov.uk); unset it',
    );
  });
});
