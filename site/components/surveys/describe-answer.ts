// An answer as the respondent chose it: the option's words (and symbol) rather than its stored value.
import { DONT_KNOW, type Question } from '../../../src/model/index.ts';
import { DONT_KNOW_LABEL } from './ids.ts';

export interface AnswerPart {
  text: string;
  symbol?: string;
}

export function describeAnswer(q: Question, value: string | string[] | undefined): AnswerPart[] {
  if (value === undefined) return [];
  const values = (Array.isArray(value) ? value : [value]).filter((v) => v.trim() !== '');
  if (q.type === 'short-text' || q.type === 'long-text') return values.map((text) => ({ text }));
  return values.map((v) => {
    if (v === DONT_KNOW) return { text: DONT_KNOW_LABEL };
    const option = q.options.find((o) => o.value === v);
    if (!option) return { text: v === 'yes' ? 'Yes' : v === 'no' ? 'No' : v };
    return option.symbol ? { text: option.label, symbol: option.symbol } : { text: option.label };
  });
}
