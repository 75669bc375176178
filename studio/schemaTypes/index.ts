// Every Studio schema type: one per document type of src/model, plus the objects they are built from.
import { action } from './documents/action.ts';
import { agePhase } from './documents/agePhase.ts';
import { category } from './documents/category.ts';
import { correctionReport } from './documents/correctionReport.ts';
import { feedbackTheme } from './documents/feedbackTheme.ts';
import { glossaryTerm } from './documents/glossaryTerm.ts';
import { guide } from './documents/guide.ts';
import { impactMeasure } from './documents/impactMeasure.ts';
import { need } from './documents/need.ts';
import { pageFeedback } from './documents/pageFeedback.ts';
import { plan } from './documents/plan.ts';
import { priorityArea } from './documents/priorityArea.ts';
import { provider } from './documents/provider.ts';
import { searchGap } from './documents/searchGap.ts';
import { publishedQuarter } from './documents/publishedQuarter.ts';
import { service } from './documents/service.ts';
import { subscription } from './documents/subscription.ts';
import { survey } from './documents/survey.ts';
import { surveyResponse } from './documents/surveyResponse.ts';
import { youSaidWeDid } from './documents/youSaidWeDid.ts';
import { actionUpdate } from './objects/actionUpdate.ts';
import { address } from './objects/address.ts';
import { answer } from './objects/answer.ts';
import { approvedQuote } from './objects/approvedQuote.ts';
import { coProductionEntry } from './objects/coProductionEntry.ts';
import { contact } from './objects/contact.ts';
import { dataPoint } from './objects/dataPoint.ts';
import { location } from './objects/location.ts';
import { milestone } from './objects/milestone.ts';
import { openingTime } from './objects/openingTime.ts';
import { question } from './objects/question.ts';
import { questionOption } from './objects/questionOption.ts';
import { schedule2Answers } from './objects/schedule2Answers.ts';
import { surveyQuestionLink } from './objects/surveyQuestionLink.ts';
import { siteSettings } from './singletons/siteSettings.ts';

export { SITE_SETTINGS_ID } from './singletons/siteSettings.ts';

export const singletonTypes = [siteSettings];

export const documentTypes = [
  agePhase,
  category,
  need,
  provider,
  service,
  guide,
  glossaryTerm,
  plan,
  priorityArea,
  action,
  impactMeasure,
  survey,
  surveyResponse,
  feedbackTheme,
  youSaidWeDid,
  correctionReport,
  pageFeedback,
  searchGap,
  subscription,
  publishedQuarter,
];

export const objectTypes = [
  address,
  contact,
  location,
  openingTime,
  schedule2Answers,
  milestone,
  actionUpdate,
  coProductionEntry,
  dataPoint,
  surveyQuestionLink,
  question,
  questionOption,
  answer,
  approvedQuote,
];

export const schemaTypes = [...singletonTypes, ...documentTypes, ...objectTypes];

/** Written by the site into the private feedback dataset; never created by editors. */
export { PRIVATE_TYPES } from '../../src/model/index.ts';
