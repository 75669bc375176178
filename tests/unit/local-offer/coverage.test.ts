import { describe, expect, it } from 'vitest';
import { coverageReport } from '../../../src/local-offer/coverage.ts';

describe('the statutory coverage report', () => {
  const report = coverageReport({
    guides: [{ title: 'Travel help', slug: 'travel', topics: ['travel'] }],
    services: [
      { title: 'Travel training', slug: 'tt', providerKind: 'local-authority', categoryTopics: ['travel'], schedule2Answered: 0 },
      { title: 'Oak School', slug: 'oak', providerKind: 'special-school', categoryTopics: [], schedule2Answered: 9 },
      { title: 'Elm Nursery', slug: 'elm', providerKind: 'early-years-setting', categoryTopics: ['childcare'], schedule2Answered: 4 },
    ],
  });

  it('lists what covers each topic and what is missing', () => {
    const travel = report.topics.find((t) => t.topic === 'travel')!;
    expect(travel).toMatchObject({ covered: true, serviceCount: 1, guides: [{ title: 'Travel help', slug: 'travel' }] });
    expect(report.missingTopics).toContain('Childcare');
    expect(report.missingTopics).not.toContain('Travel arrangements to and from schools, colleges and settings');
  });

  it('lists provider types with no services', () => {
    expect(report.missingProviderKinds).toContain('academy');
    expect(report.missingProviderKinds).not.toContain('special-school');
  });

  it('counts schools and settings that have not answered all nine questions', () => {
    expect(report.schoolsAndSettings).toEqual({ total: 2, complete: 1, incomplete: [{ title: 'Elm Nursery', slug: 'elm', answered: 4 }] });
  });
});
