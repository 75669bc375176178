// What a form shows for an action's input error: the first message for each field, by the field's name.
export function firstMessages(error: { fields: object }): Record<string, string> {
  return Object.fromEntries(Object.entries(error.fields).map(([field, messages]) => [field, (messages as string[])[0]!]));
}

/** How long to tell a client to wait after "could not be saved just now" (the store's busy wait is 5 s; a full disk needs a person). */
export const RETRY_AFTER_SECONDS = 30;

/** Answer with the action error's status; a 503 also says when to try again, as HTTP expects. */
export function answerWith(response: { status?: number; headers: Headers }, error: { status: number }): void {
  response.status = error.status;
  if (error.status === 503) response.headers.set('Retry-After', String(RETRY_AFTER_SECONDS));
}
