// Builds the whole sample local area from a seed: the public content dataset and the private feedback dataset.
import type { AnyDocument } from '../../src/model/index.ts';
import { actionDocuments } from './actions.ts';
import { glossaryDocuments } from './glossary.ts';
import { guideDocuments } from './guides.ts';
import { measureDocuments } from './measures.ts';
import { areaDocuments, planDocument } from './plan.ts';
import { providerDocument } from './providers.ts';
import { correctionReportDocuments, pageFeedbackDocuments } from './reports.ts';
import { generateResponses } from './responses.ts';
import { generateServices } from './services.ts';
import { siteSettingsDocument } from './settings.ts';
import { surveyDocuments } from './surveys.ts';
import { taxonomyDocuments } from './taxonomy.ts';
import { themeDocuments } from './themes.ts';
import { youSaidWeDidDocuments } from './you-said-we-did.ts';

export interface GenerateOptions {
  seed?: number;
  services?: number;
  responses?: number;
  /** "Today" as YYYY-MM-DD: review dates, response dates and the plan's log are all relative to it. */
  today?: string;
}

/** The committed sample: content/sample.ndjson and content/feedback.ndjson are exactly this. */
export const SAMPLE_OPTIONS = { seed: 20231008, services: 160, responses: 600, today: '2026-11-23' } as const;

export interface Dataset {
  content: AnyDocument[];
  feedback: AnyDocument[];
}

export function generateDataset(options: GenerateOptions = {}): Dataset {
  const { seed, services: serviceCount, responses: responseCount, today } = { ...SAMPLE_OPTIONS, ...options };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`today must be a date as YYYY-MM-DD, not "${today}"`);
  for (const [name, n] of [['services', serviceCount], ['responses', responseCount]] as const) {
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number of 0 or more, not ${n}`);
  }
  const { services, providers } = generateServices(seed, serviceCount, today);
  // Only providers that run at least one service are published, so a small run has no empty providers.
  const used = new Set(services.map((s) => s.provider._ref));
  const content = [
    siteSettingsDocument(),
    ...taxonomyDocuments(),
    ...providers.map(providerDocument).filter((p) => used.has(p._id)),
    ...services,
    planDocument(),
    ...areaDocuments(),
    ...actionDocuments(today),
    ...measureDocuments(seed, today),
    ...guideDocuments(today),
    ...glossaryDocuments(),
    ...surveyDocuments(),
    ...themeDocuments(),
    ...youSaidWeDidDocuments(today),
  ];
  const feedback = [
    ...generateResponses(seed, responseCount, today),
    ...correctionReportDocuments(seed, today),
    ...pageFeedbackDocuments(seed, today),
  ];
  return { content: content as AnyDocument[], feedback: feedback as AnyDocument[] };
}
