// Names the survey components share: field ids (error summary links point at them) and the "don't know" wording.

/** The id of a question's first input: what the error summary links to. Prefixed so no key clashes with page ids. */
export function fieldId(questionKey: string): string {
  return `q-${questionKey}`;
}

/** The words for the model's "don't know" answer, the same on every question and in the core's error messages. */
export const DONT_KNOW_LABEL = 'Don’t know';
