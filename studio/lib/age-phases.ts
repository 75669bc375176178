// A service's ages and its age phases must agree: the site lists it under each phase, so a phase none of its ages
// fall in misleads families (an error), and ages in no chosen phase leave it missing from a phase page (a warning).

export interface PhaseRange {
  _id: string;
  title: string;
  minAge: number;
  maxAge: number;
}

export interface AgeRange {
  min?: number;
  max?: number;
}

const overlaps = (a: { min: number; max: number }, p: PhaseRange) => a.min <= p.maxAge && p.minAge <= a.max;

/** Chosen phases that share no age with the service. */
export function phasesOutsideAges(ages: AgeRange | undefined, chosen: readonly PhaseRange[]): PhaseRange[] {
  if (!isRange(ages)) return [];
  return chosen.filter((p) => !overlaps(ages, p));
}

function isRange(ages: AgeRange | undefined): ages is { min: number; max: number } {
  return typeof ages?.min === 'number' && typeof ages.max === 'number' && ages.min <= ages.max;
}

/** Runs of ages the service serves that none of the chosen phases covers, e.g. [[19, 25]]. */
export function uncoveredAges(ages: AgeRange | undefined, chosen: readonly PhaseRange[]): [number, number][] {
  if (!isRange(ages)) return [];
  const runs: [number, number][] = [];
  for (let age = ages.min; age <= ages.max; age++) {
    if (chosen.some((p) => p.minAge <= age && age <= p.maxAge)) continue;
    const last = runs.at(-1);
    if (last && last[1] === age - 1) last[1] = age;
    else runs.push([age, age]);
  }
  return runs;
}

const span = ([from, to]: [number, number]) => (from === to ? `Age ${from}` : `Ages ${from} to ${to}`);

/** The error for phases that do not fit the ages, or true. */
export function phaseFitError(ages: AgeRange | undefined, chosen: readonly PhaseRange[]): true | string {
  const outside = phasesOutsideAges(ages, chosen);
  if (!outside.length || !isRange(ages)) return true;
  const names = outside.map((p) => `${p.title} (ages ${p.minAge} to ${p.maxAge})`).join(' and ');
  return `${names} ${outside.length === 1 ? 'does' : 'do'} not include any age from ${ages.min} to ${ages.max}: remove ${outside.length === 1 ? 'it' : 'them'} or correct the ages`;
}

/** The warning for ages no chosen phase covers (suggesting the phases that would), or true. */
export function coverageWarning(ages: AgeRange | undefined, chosen: readonly PhaseRange[], all: readonly PhaseRange[]): true | string {
  const gaps = uncoveredAges(ages, chosen);
  if (!gaps.length) return true;
  const suggestions = all.filter((p) => !chosen.some((c) => c._id === p._id) && gaps.some(([from, to]) => from <= p.maxAge && p.minAge <= to));
  const add = suggestions.length ? `: add ${suggestions.map((p) => p.title).join(' or ')}` : '';
  return `${gaps.map(span).join(' and ')} ${gaps.length === 1 && gaps[0]![0] === gaps[0]![1] ? 'is' : 'are'} in none of the chosen age phases, so families looking there will not find it${add}, or correct the ages`;
}
