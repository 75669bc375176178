import { describe, expect, it } from 'vitest';
import { csvField, measureCsv, toCsv } from '../../../src/plan/csv.ts';

describe('CSV files', () => {
  it.each([
    ['plain text as it is', 'Westmoor', 'Westmoor'],
    ['commas quoted', 'Council, ICB', '"Council, ICB"'],
    ['quotes doubled', 'the "graduated response"', '"the ""graduated response"""'],
    ['line breaks quoted', 'one\ntwo', '"one\ntwo"'],
    ['formulas defused', '=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['a leading minus in text defused', '-10 places', "'-10 places"],
    ['a leading at sign defused', '@risk', "'@risk"],
    ['numbers as numbers, negative too', -3.5, '-3.5'],
    ['missing values empty', undefined, ''],
    ['true as yes', true, 'yes'],
  ] as const)('write %s', (_what, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('end every row with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
  });

  it("give a measure's baseline, each figure (suppressed ones say so, with no number) and its target", () => {
    const csv = measureCsv('Parents who feel listened to', {
      measureId: 'm',
      unit: 'percent',
      direction: 'higher-is-better',
      baseline: { value: 34, date: '2024-03-31' },
      target: { value: 60, date: '2027-03-31' },
      source: 'survey',
      points: [
        { date: '2024-06-30', label: 'April to June 2024', value: 40, n: 30, low: 24.1, high: 57.9 },
        { date: '2024-09-30', label: 'July to September 2024', suppressed: true, note: 'Fewer than 10 responses' },
      ],
    });
    expect(csv.split('\r\n')).toEqual([
      'measure,kind,date,period,value,unit,responses,interval_low,interval_high,note',
      'Parents who feel listened to,baseline,2024-03-31,,34,percent,,,,',
      'Parents who feel listened to,actual,2024-06-30,April to June 2024,40,percent,30,24.1,57.9,',
      'Parents who feel listened to,actual,2024-09-30,July to September 2024,,percent,,,,Fewer than 10 responses',
      'Parents who feel listened to,target,2027-03-31,,60,percent,,,,',
      '',
    ]);
  });
});
