// The model's registry: every document type's schema by `_type`, and parsing that names the document and field.
import { z } from 'zod';
import { SiteSettings } from './site-settings.ts';
import { AgePhase, Category, Need } from './taxonomy.ts';
import { Provider } from './provider.ts';
import { Service } from './service.ts';
import { Guide, GlossaryTerm } from './guide.ts';
import { Action, ImpactMeasure, Plan, PriorityArea } from './plan.ts';
import { Survey, SurveyResponse } from './survey.ts';
import { CorrectionReport, FeedbackTheme, PageFeedback, PublishedQuarter, SearchGap, Subscription, YouSaidWeDid } from './feedback.ts';

export * from './common.ts';
export * from './site-settings.ts';
export * from './taxonomy.ts';
export * from './provider.ts';
export * from './service.ts';
export * from './guide.ts';
export * from './plan.ts';
export * from './survey.ts';
export * from './feedback.ts';

export const documentSchemas = {
  siteSettings: SiteSettings,
  agePhase: AgePhase,
  category: Category,
  need: Need,
  provider: Provider,
  service: Service,
  guide: Guide,
  glossaryTerm: GlossaryTerm,
  plan: Plan,
  priorityArea: PriorityArea,
  action: Action,
  impactMeasure: ImpactMeasure,
  survey: Survey,
  surveyResponse: SurveyResponse,
  feedbackTheme: FeedbackTheme,
  youSaidWeDid: YouSaidWeDid,
  correctionReport: CorrectionReport,
  pageFeedback: PageFeedback,
  searchGap: SearchGap,
  subscription: Subscription,
  publishedQuarter: PublishedQuarter,
} as const;

export type DocumentType = keyof typeof documentSchemas;
export type DocumentOf<T extends DocumentType> = z.infer<(typeof documentSchemas)[T]>;
export type AnyDocument = { [T in DocumentType]: DocumentOf<T> }[DocumentType];

export const DOCUMENT_TYPES = Object.keys(documentSchemas) as DocumentType[];

/** What families send (feedback, and email addresses for updates): kept in the private dataset in Sanity mode, never served raw. */
export const PRIVATE_TYPES: ReadonlySet<DocumentType> = new Set([
  'surveyResponse',
  'correctionReport',
  'pageFeedback',
  'searchGap',
  'subscription',
  'publishedQuarter',
]);

export function isDocumentType(value: unknown): value is DocumentType {
  return typeof value === 'string' && Object.hasOwn(documentSchemas, value);
}

/** Thrown when a document does not match the model; its message names the document id and each failing field. */
export class DocumentValidationError extends Error {
  readonly documentId: string;
  readonly issues: { path: string; message: string }[];
  constructor(documentId: string, documentType: string, issues: { path: string; message: string }[]) {
    super(
      `${documentType} "${documentId}" is invalid: ` + issues.map((i) => `${i.path || '(document)'}: ${i.message}`).join('; '),
    );
    this.name = 'DocumentValidationError';
    this.documentId = documentId;
    this.issues = issues;
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, part) => {
    if (typeof part === 'number') return `${acc}[${part}]`;
    return acc ? `${acc}.${String(part)}` : String(part);
  }, '');
}

/** Parse any stored document against the schema for its `_type`. */
export function parseDocument(raw: unknown): AnyDocument {
  const doc = (raw ?? {}) as { _id?: unknown; _type?: unknown };
  const id = typeof doc._id === 'string' ? doc._id : '(no _id)';
  if (!isDocumentType(doc._type)) {
    throw new DocumentValidationError(id, String(doc._type ?? '(no _type)'), [
      { path: '_type', message: `unknown document type; expected one of ${DOCUMENT_TYPES.join(', ')}` },
    ]);
  }
  const result = documentSchemas[doc._type].safeParse(raw);
  if (!result.success) {
    throw new DocumentValidationError(
      id,
      doc._type,
      result.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    );
  }
  return result.data as AnyDocument;
}

/** Parse a document that must be of one type. */
export function parseDocumentOf<T extends DocumentType>(type: T, raw: unknown): DocumentOf<T> {
  const doc = parseDocument(raw);
  if (doc._type !== type) {
    throw new DocumentValidationError(doc._id, doc._type, [{ path: '_type', message: `expected a ${type}` }]);
  }
  return doc as DocumentOf<T>;
}
