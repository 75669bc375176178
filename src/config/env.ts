// Every environment variable the portal reads, parsed once at start-up; a wrong or half-set value stops it with one line.
import { z } from 'zod';
import { parseTrustProxy, type TrustProxy } from '../http/forwarded.ts';
import { isCalendarDate } from '../text/dates.ts';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(4321),
  HOST: z.string().min(1).default('localhost'),
  DATA_DIR: z.string().min(1).default('.data'),
  CONTENT_DIR: z.string().min(1).default('content'),
  SITE_URL: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL such as https://localoffer.example.gov.uk' }).optional(),
  SANITY_PROJECT_ID: optionalText.pipe(z.string().regex(/^[a-z0-9-]+$/, 'must be a Sanity project id (lower-case letters and digits)').optional()),
  SANITY_DATASET: optionalText.pipe(z.string().regex(/^[a-z0-9_-]{1,64}$/, 'must be a dataset name (lower-case letters, digits, "_" and "-")').optional()),
  SANITY_FEEDBACK_DATASET: optionalText.pipe(z.string().regex(/^[a-z0-9_-]{1,64}$/, 'must be a dataset name (lower-case letters, digits, "_" and "-")').optional()),
  SANITY_API_VERSION: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2025-02-19').default('2025-02-19'),
  SANITY_API_READ_TOKEN: optionalText,
  SANITY_API_WRITE_TOKEN: optionalText,
  SANITY_WEBHOOK_SECRET: optionalText.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
  /** Opens /preview/… draft previews for the comms team (read by src/webhooks/preview.ts). */
  SANITY_PREVIEW_SECRET: optionalText.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
  /** Where the Studio built for this site lives (studio/build-for-site.ts), served at /studio. */
  STUDIO_DIST_DIR: optionalText,
  /** Only for tests and self-hosted proxies: where the Sanity API answers. */
  SANITY_API_HOST: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  RESEND_API_KEY: optionalText.pipe(z.string().startsWith('re_', 'must be a Resend API key starting "re_"').optional()),
  RESEND_BASE_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  EMAIL_FROM: optionalText.pipe(z.string().regex(/^(?:[^<>]+<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, 'must be an address such as "Local Offer <localoffer@example.gov.uk>"').optional()),
  COMMS_EMAIL: optionalText.pipe(z.email('must be an email address').optional()),
  /** Signs survey receipt and resume codes; without it a secret is made once in DATA_DIR. */
  SURVEY_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters (e.g. the output of `openssl rand -hex 32`)').optional()),
  /** Signs email update links (confirm, unsubscribe); without it a secret is made once in DATA_DIR. */
  SUBSCRIPTION_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters (e.g. the output of `openssl rand -hex 32`)').optional()),
  /**
   * Survey answers one address may send a minute. A whole school answering at 9am shares one address, so the default
   * is generous; 0 turns the limit off, for when a proxy in front limits instead (and for load tests).
   */
  TRUST_PROXY: z.string().optional(),
  SURVEY_RATE_LIMIT: optionalText.pipe(z.string().regex(/^\d{1,7}$/, 'must be a whole number of submissions a minute (0 turns the limit off)').transform(Number).optional()),
  /** Tests only: the day the whole portal takes as today (the sample's dates move with it). Refused on a live site. */
  TEST_TODAY: optionalText.pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD, such as 2027-03-31')
      .refine(isCalendarDate, 'must be a real calendar date as YYYY-MM-DD')
      .optional(),
  ),
});

const LOOPBACK_HOSTS = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/** Whether a SITE_URL is a public address (a live site), rather than this machine's own (development and tests). */
export function isPublicSiteUrl(siteUrl: string): boolean {
  return !LOOPBACK_HOSTS.test(new URL(siteUrl).hostname);
}

export interface SanityConfig {
  projectId: string;
  dataset: string;
  feedbackDataset: string;
  apiVersion: string;
  readToken?: string;
  writeToken?: string;
  webhookSecret?: string;
  apiHost?: string;
}

export interface EmailConfig {
  resendApiKey?: string;
  resendBaseUrl?: string;
  from: string;
  commsEmail?: string;
}

export interface Config {
  port: number;
  host: string;
  siteUrl: string;
  dataDir: string;
  contentDir: string;
  surveySecret?: string;
  subscriptionSecret?: string;
  /** Which proxies in front may say who the client is (X-Forwarded-*). */
  trustProxy: TrustProxy;
  /** Survey submissions per client address per minute; 0 is no limit. */
  surveyRateLimit: number;
  /** Set only by tests (TEST_TODAY): the day the portal's clock reads. */
  testToday?: string;
  sanity?: SanityConfig;
  email: EmailConfig;
}

export class ConfigError extends Error {
  readonly variable: string;
  constructor(variable: string, message: string) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
    this.variable = variable;
  }
}

/** Parse the environment into the portal's configuration, or throw a ConfigError naming the first bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(String(issue.path[0]), issue.message);
  }
  const e = parsed.data;
  const needsProject = (name: string) =>
    new ConfigError(name, 'is set but SANITY_PROJECT_ID is not; set SANITY_PROJECT_ID too, or unset it to use the embedded store');
  const sanityVars = ['SANITY_DATASET', 'SANITY_FEEDBACK_DATASET', 'SANITY_API_READ_TOKEN', 'SANITY_API_WRITE_TOKEN'] as const;
  let sanity: SanityConfig | undefined;
  if (e.SANITY_PROJECT_ID) {
    if (!e.SANITY_DATASET) throw new ConfigError('SANITY_DATASET', 'is required when SANITY_PROJECT_ID is set (e.g. "production")');
    if (!e.SANITY_FEEDBACK_DATASET) {
      throw new ConfigError('SANITY_FEEDBACK_DATASET', 'is required when SANITY_PROJECT_ID is set: the private dataset for feedback (e.g. "feedback")');
    }
    if (e.SANITY_FEEDBACK_DATASET === e.SANITY_DATASET) {
      throw new ConfigError('SANITY_FEEDBACK_DATASET', 'must differ from SANITY_DATASET: raw feedback never goes in the public dataset');
    }
    if (!e.SURVEY_SECRET) {
      throw new ConfigError('SURVEY_SECRET', 'is required when SANITY_PROJECT_ID is set, so every server behind a load balancer signs receipt and resume codes alike');
    }
    if (!e.SUBSCRIPTION_SECRET) {
      throw new ConfigError(
        'SUBSCRIPTION_SECRET',
        'is required when SANITY_PROJECT_ID is set, so confirm and unsubscribe links work on every server and after a redeploy',
      );
    }
    if (!e.SANITY_API_WRITE_TOKEN) {
      throw new ConfigError('SANITY_API_WRITE_TOKEN', 'is required when SANITY_PROJECT_ID is set: the site stores feedback and reports');
    }
    sanity = {
      projectId: e.SANITY_PROJECT_ID,
      dataset: e.SANITY_DATASET,
      feedbackDataset: e.SANITY_FEEDBACK_DATASET,
      apiVersion: e.SANITY_API_VERSION,
      readToken: e.SANITY_API_READ_TOKEN,
      writeToken: e.SANITY_API_WRITE_TOKEN,
      webhookSecret: e.SANITY_WEBHOOK_SECRET,
      apiHost: e.SANITY_API_HOST,
    };
  } else {
    const stray = sanityVars.find((name) => e[name]);
    if (stray) throw needsProject(stray);
  }
  if (e.RESEND_API_KEY && !e.EMAIL_FROM) {
    throw new ConfigError('EMAIL_FROM', 'is required when RESEND_API_KEY is set: the address emails are sent from, on a domain verified in Resend');
  }
  if (e.RESEND_API_KEY && !e.COMMS_EMAIL) {
    throw new ConfigError('COMMS_EMAIL', 'is required when RESEND_API_KEY is set: the comms team inbox that receives reports');
  }
  // A live site has a public SITE_URL; a moved clock there would open and close surveys and mark actions overdue on
  // the wrong day. Tests run on loopback addresses (or without SITE_URL).
  if (e.TEST_TODAY && e.SITE_URL && isPublicSiteUrl(e.SITE_URL)) {
    throw new ConfigError('TEST_TODAY', `is for tests only and cannot be set on a live site (SITE_URL is ${e.SITE_URL}); unset it`);
  }
  let trustProxy: TrustProxy;
  try {
    trustProxy = parseTrustProxy(e.TRUST_PROXY);
  } catch (error) {
    throw new ConfigError('TRUST_PROXY', (error as Error).message);
  }
  return {
    port: e.PORT,
    host: e.HOST,
    siteUrl: (e.SITE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    dataDir: e.DATA_DIR,
    contentDir: e.CONTENT_DIR,
    surveySecret: e.SURVEY_SECRET,
    subscriptionSecret: e.SUBSCRIPTION_SECRET,
    trustProxy,
    surveyRateLimit: e.SURVEY_RATE_LIMIT ?? 300,
    testToday: e.TEST_TODAY,
    sanity,
    email: {
      resendApiKey: e.RESEND_API_KEY,
      resendBaseUrl: e.RESEND_BASE_URL,
      from: e.EMAIL_FROM ?? 'Local Offer <localoffer@localhost>',
      commsEmail: e.COMMS_EMAIL,
    },
  };
}

/** The one line a person sees when the configuration is wrong. */
export function describeConfigError(error: unknown): string {
  if (error instanceof ConfigError) return `Configuration error: ${error.message}`;
  return `Configuration error: ${error instanceof Error ? error.message : String(error)}`;
}
