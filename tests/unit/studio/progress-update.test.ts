// "Add progress update": a dated entry appended to an action's log, checked before it is written.
import { describe, expect, it } from 'vitest';
import { Action } from '../../../src/model/index.ts';
import { addProgressUpdate } from '../../../studio/lib/progress-update.ts';
import { applyStudioPatches, ofType, sample, TODAY } from './helpers.ts';

const actions = ofType(sample().content, 'action');
const open = actions.find((a) => !a.completedDate && a.startDate && a.startDate < TODAY && (a.progress ?? 0) < 90)!;
const options = { today: TODAY, key: () => 'upd1' };

describe('adding an update to a sample action', () => {
  it('appends a dated entry (and the new per cent complete) and the action stays valid', () => {
    const result = addProgressUpdate(open, { date: TODAY, text: '  Twelve families joined the new drop-in. ', impact: 'Waiting lists fell.', progress: '95' }, options);
    expect(result.kind).toBe('patches');
    if (result.kind !== 'patches') return;
    const after = Action.parse(applyStudioPatches(open, result.patches));
    expect(after.updates.at(-1)).toEqual({ _key: 'upd1', date: TODAY, text: 'Twelve families joined the new drop-in.', impact: 'Waiting lists fell.' });
    expect(after.updates.slice(0, -1)).toEqual(open.updates);
    expect(after.progress).toBe(95);
    expect(result.warnings).toEqual([]);
  });

  it('works on an action with no log yet and leaves progress alone when none is given', () => {
    const { updates: _u, ...bare } = open;
    const result = addProgressUpdate(bare, { date: TODAY, text: 'Started.' }, options);
    if (result.kind !== 'patches') throw new Error('expected patches');
    const after = applyStudioPatches(bare as typeof open, result.patches);
    expect(after.updates).toEqual([{ _key: 'upd1', date: TODAY, text: 'Started.' }]);
    expect(after.progress).toBe(open.progress);
  });
});

describe('what it refuses, in plain English', () => {
  it.each([
    [{ date: '2027-01-01', text: 'x' }, 'date', 'The date of an update cannot be in the future'],
    [{ date: '23/11/2026', text: 'x' }, 'date', 'Enter the date as YYYY-MM-DD, e.g. 2026-11-23'],
    [{ date: '2020-01-01', text: 'x' }, 'date', expect.stringContaining('the update cannot be earlier')],
    [{ date: TODAY, text: '   ' }, 'text', 'Say what was done'],
    [{ date: TODAY, text: 'x', progress: '101' }, 'progress', 'Per cent complete is a whole number from 0 to 100'],
    [{ date: TODAY, text: 'x', progress: '12.5' }, 'progress', 'Per cent complete is a whole number from 0 to 100'],
  ])('%o', (input, field, message) => {
    expect(addProgressUpdate(open, input, options)).toEqual({ kind: 'invalid', errors: { [field]: message } });
  });

  it('warns (but allows) going backwards and a repeated entry', () => {
    const again = addProgressUpdate({ ...open, updates: [{ date: TODAY, text: 'Same' }], progress: 60 }, { date: TODAY, text: 'Same', progress: 40 }, options);
    expect(again.kind === 'patches' && again.warnings).toEqual(['The log already has this update on this date', 'Per cent complete goes down from 60 to 40']);
  });
});
