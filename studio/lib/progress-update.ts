// "Add progress update" on an improvement-plan action: a dated entry in its action-and-impact log, checked first.
import { ActionUpdate } from '../../src/model/index.ts';
import type { KeyFn } from './keys.ts';

export interface ProgressInput {
  date: string;
  text: string;
  impact?: string;
  /** Optionally, the owner's new "per cent complete". */
  progress?: number | string;
}

export interface ActionState {
  startDate?: string;
  completedDate?: string;
  progress?: number;
  updates?: { date?: string; text?: string }[];
}

export type ProgressResult =
  | { kind: 'invalid'; errors: Partial<Record<keyof ProgressInput, string>> }
  | {
      kind: 'patches';
      update: ActionUpdate;
      /** In the shape the Studio's patch operation takes. */
      patches: ({ setIfMissing: { updates: [] } } | { insert: { after: string; items: ActionUpdate[] } } | { set: { progress: number } })[];
      warnings: string[];
    };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function addProgressUpdate(action: ActionState | null | undefined, input: ProgressInput, options: { today: string; key: KeyFn }): ProgressResult {
  const errors: Partial<Record<keyof ProgressInput, string>> = {};
  const date = input.date.trim();
  const text = input.text.trim();
  const impact = input.impact?.trim() || undefined;
  if (!action) return { kind: 'invalid', errors: { text: 'Save the action first' } };
  if (!ISO_DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) errors.date = 'Enter the date as YYYY-MM-DD, e.g. 2026-11-23';
  else if (date > options.today) errors.date = 'The date of an update cannot be in the future';
  else if (action.startDate && date < action.startDate) errors.date = `The action started on ${action.startDate}: the update cannot be earlier`;
  if (!text) errors.text = 'Say what was done';
  let progress: number | undefined;
  if (input.progress !== undefined && String(input.progress).trim() !== '') {
    progress = Number(input.progress);
    if (!Number.isInteger(progress) || progress < 0 || progress > 100) errors.progress = 'Per cent complete is a whole number from 0 to 100';
  }
  if (Object.keys(errors).length) return { kind: 'invalid', errors };

  const update = ActionUpdate.parse({ _key: options.key(), date, text, ...(impact ? { impact } : {}) });
  const warnings: string[] = [];
  if ((action.updates ?? []).some((u) => u.date === date && u.text?.trim() === text)) warnings.push('The log already has this update on this date');
  if (progress !== undefined && action.progress !== undefined && progress < action.progress) {
    warnings.push(`Per cent complete goes down from ${action.progress} to ${progress}`);
  }
  if (action.completedDate && progress !== undefined && progress < 100) warnings.push('The action is marked completed but is less than 100% complete');
  return {
    kind: 'patches',
    update,
    patches: [
      { setIfMissing: { updates: [] } },
      { insert: { after: 'updates[-1]', items: [update] } },
      ...(progress !== undefined ? [{ set: { progress } }] : []),
    ],
    warnings,
  };
}
