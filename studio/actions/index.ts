// Which custom document actions each type gets, in each workspace; Sanity's own actions keep their place first.
import type { DocumentActionComponent } from 'sanity';
import { AddProgressUpdateAction } from './addProgressUpdate.tsx';
import { DraftYouSaidWeDidAction } from './draftYouSaidWeDid.tsx';
import { MarkReviewedAction } from './markReviewed.tsx';
import { ApproveQuoteAction, RejectAnswerAction } from './moderateAnswer.tsx';
import { PreviewOnSiteAction } from './previewOnSite.tsx';

/** Custom actions by schema type, for the public-content workspace. */
export const CONTENT_ACTIONS: Readonly<Record<string, DocumentActionComponent[]>> = {
  service: [MarkReviewedAction, PreviewOnSiteAction],
  guide: [MarkReviewedAction, PreviewOnSiteAction],
  action: [AddProgressUpdateAction],
  feedbackTheme: [DraftYouSaidWeDidAction],
};

/** Custom actions by schema type, for the private feedback workspace. Moderation comes first: it is the job there. */
export const FEEDBACK_ACTIONS: Readonly<Record<string, DocumentActionComponent[]>> = {
  surveyResponse: [ApproveQuoteAction, RejectAnswerAction],
};

export function withCustomActions(
  table: Readonly<Record<string, DocumentActionComponent[]>>,
  prev: DocumentActionComponent[],
  schemaType: string,
  { first = false } = {},
): DocumentActionComponent[] {
  const extra = table[schemaType] ?? [];
  return first ? [...extra, ...prev] : [...prev, ...extra];
}
