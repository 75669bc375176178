// Names the survey components share: field ids (error summary links point at them) and the "don't know" wording.

export { fieldId } from '../../../src/surveys/flow.ts';

/** The words for the model's "don't know" answer, the same on every question and in the core's error messages. */
export const DONT_KNOW_LABEL = 'Don’t know';
