// Reading what the evidence needs from the store: survey definitions, and responses without their free text.
import { z } from 'zod';
import { AGE_PHASE_SLUGS, SURVEY_AUDIENCES } from '../model/index.ts';
import { defineQuery, runQuery } from '../queries/define.ts';
import type { ContentStore } from '../store/port.ts';
import type { ResponseForEvidence, SurveyForEvidence } from './aggregate.ts';

export const evidenceSurveysQuery = defineQuery(
  'evidenceSurveys',
  `*[_type == "survey"]{ _id, "questions": questions[]{ key, "positiveValues": coalesce(positiveValues, []) } }`,
  z.array(z.object({ _id: z.string(), questions: z.array(z.object({ key: z.string(), positiveValues: z.array(z.string()) })) })),
);

/** Only the answers a measure can count: never free text, which stays in the private dataset until moderated. */
export const evidenceResponsesQuery = defineQuery(
  'evidenceResponses',
  `*[_type == "surveyResponse"]{
    "survey": { "_ref": survey._ref }, submittedAt, audience, agePhase,
    "answers": answers[defined(score) || defined(choice) || defined(choices)]{ questionKey, choice, choices, score }
  }`,
  z.array(
    z.object({
      survey: z.object({ _ref: z.string() }),
      submittedAt: z.string(),
      audience: z.enum(SURVEY_AUDIENCES),
      agePhase: z.enum(AGE_PHASE_SLUGS).optional(),
      answers: z
        .array(
          z.object({
            questionKey: z.string(),
            choice: z.string().optional(),
            choices: z.array(z.string()).optional(),
            score: z.number().optional(),
          }),
        )
        .default([]),
    }),
  ),
  'feedback',
);

export interface SurveyEvidence {
  surveys: SurveyForEvidence[];
  responses: ResponseForEvidence[];
}

export async function loadSurveyEvidence(store: ContentStore): Promise<SurveyEvidence> {
  const [surveys, responses] = await Promise.all([runQuery(store, evidenceSurveysQuery), runQuery(store, evidenceResponsesQuery)]);
  return { surveys, responses };
}
