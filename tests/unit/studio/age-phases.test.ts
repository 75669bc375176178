// A service's ages and age phases agree: every chosen phase shares an age with it; ages outside all of them are flagged.
import { describe, expect, it } from 'vitest';
import { coverageWarning, phaseFitError, phasesOutsideAges, uncoveredAges, type PhaseRange } from '../../../studio/lib/age-phases.ts';
import { ofType, sample } from './helpers.ts';

const phases: PhaseRange[] = ofType(sample().content, 'agePhase').map(({ _id, title, minAge, maxAge }) => ({ _id, title, minAge, maxAge }));
const phase = (slug: string) => phases.find((p) => p._id === `agePhase-${slug}`)!;

describe('with the sample phases (0–5, 5–11, 11–18, 16–25)', () => {
  it('accepts every sample service', () => {
    for (const service of ofType(sample().content, 'service')) {
      const chosen = service.agePhases.map((r) => phases.find((p) => p._id === r._ref)!);
      expect(phaseFitError(service.ageRange, chosen), service._id).toBe(true);
      expect(coverageWarning(service.ageRange, chosen, phases), service._id).toBe(true);
    }
  });

  it('rejects a phase that shares no age with the service', () => {
    const chosen = [phase('early-years'), phase('secondary')];
    expect(phasesOutsideAges({ min: 0, max: 4 }, chosen).map((p) => p._id)).toEqual(['agePhase-secondary']);
    expect(phaseFitError({ min: 0, max: 4 }, chosen)).toBe(
      'Secondary (ages 11 to 18) does not include any age from 0 to 4: remove it or correct the ages',
    );
  });

  it('counts a shared boundary age as fitting (a 5-year-old is in early years and primary)', () => {
    expect(phaseFitError({ min: 5, max: 5 }, [phase('early-years'), phase('primary')])).toBe(true);
  });

  it('warns about ages in no chosen phase and suggests the phases that would cover them', () => {
    expect(uncoveredAges({ min: 8, max: 25 }, [phase('primary'), phase('secondary')])).toEqual([[19, 25]]);
    expect(coverageWarning({ min: 8, max: 25 }, [phase('primary'), phase('secondary')], phases)).toBe(
      'Ages 19 to 25 are in none of the chosen age phases, so families looking there will not find it: add Preparing for adulthood, or correct the ages',
    );
  });

  it('leaves a backwards age range to the age rule itself', () => {
    expect(phaseFitError({ min: 12, max: 5 }, [phase('primary')])).toBe(true);
    expect(uncoveredAges({ min: 12, max: 5 }, [phase('primary')])).toEqual([]);
  });
});
