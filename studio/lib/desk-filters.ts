// The GROQ filters behind the desk's working lists, kept here so tests can run them over the sample dataset.
import { reviewCutoff } from './review.ts';

export interface DeskFilter {
  filter: string;
  params?: Record<string, unknown>;
}

/** Services (or guides) not reviewed within 12 months of today, or never. */
export function dueForReview(type: 'service' | 'guide', today: string): DeskFilter {
  return { filter: `_type == "${type}" && (!defined(lastReviewed) || lastReviewed < $cutoff)`, params: { cutoff: reviewCutoff(today) } };
}

export const servicesInPhase = (phaseId: string): DeskFilter => ({
  filter: '_type == "service" && $phaseId in agePhases[]._ref',
  params: { phaseId },
});

export const servicesInCategory = (categoryId: string): DeskFilter => ({
  filter: '_type == "service" && $categoryId in categories[]._ref',
  params: { categoryId },
});

export const servicesOfProvider = (providerId: string): DeskFilter => ({
  filter: '_type == "service" && provider._ref == $providerId',
  params: { providerId },
});

export const actionsInArea = (areaId: string): DeskFilter => ({ filter: '_type == "action" && area._ref == $areaId', params: { areaId } });
export const measuresInArea = (areaId: string): DeskFilter => ({ filter: '_type == "impactMeasure" && area._ref == $areaId', params: { areaId } });

/** Actions with a record of how children, young people and families were involved. */
export const coProducedActions: DeskFilter = { filter: '_type == "action" && count(coProduction) > 0' };

/** Surveys taking answers at a moment (ISO date-time). */
export const openSurveys = (now: string): DeskFilter => ({
  filter: '_type == "survey" && opensAt <= $now && (!defined(closesAt) || closesAt > $now)',
  params: { now },
});

/** Responses with at least one free-text answer waiting for moderation (no state counts as waiting). */
export const PENDING_TEXT = 'defined(text) && text != "" && (!defined(moderation) || moderation == "pending")';
export const responsesWithPendingText: DeskFilter = { filter: `_type == "surveyResponse" && count(answers[${PENDING_TEXT}]) > 0` };

export const openCorrectionReports: DeskFilter = { filter: '_type == "correctionReport" && (!defined(status) || status != "resolved")' };
export const unhelpfulPages: DeskFilter = { filter: '_type == "pageFeedback" && useful == false' };

/** As a whole GROQ query (for tests and the evidence tool), ignoring drafts. */
export function asQuery({ filter }: DeskFilter, projection = '_id'): string {
  return `*[${filter} && !(_id in path("drafts.**"))]{${projection}}`;
}
