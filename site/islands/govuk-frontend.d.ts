// govuk-frontend ships JavaScript without type declarations: the little the survey island uses, typed by hand.
declare module 'govuk-frontend' {
  export type ComponentClass = abstract new (...args: never[]) => unknown;
  export const Button: ComponentClass;
  export const CharacterCount: ComponentClass;
  export const Checkboxes: ComponentClass;
  export const ErrorSummary: ComponentClass;
  export const Radios: ComponentClass;
  export function createAll(component: ComponentClass, config?: object, scope?: Element | Document): unknown[];
}
