// What a form shows for an action's input error: the first message for each field, by the field's name.
export function firstMessages(error: { fields: object }): Record<string, string> {
  return Object.fromEntries(Object.entries(error.fields).map(([field, messages]) => [field, (messages as string[])[0]!]));
}
