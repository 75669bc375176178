// Survey figures counted where the answers are (Sanity mode): one GROQ query of count()s per quarter, written from a
// measure's links so that each count follows aggregateMeasure's rules exactly, and no answer ever leaves the dataset.
import { DONT_KNOW } from '../model/index.ts';
import type { Link } from './aggregate.ts';
import type { EvidenceLinks } from './tally.ts';

const literal = (value: string) => JSON.stringify(value);
const list = (values: Iterable<string>) => `[${[...values].map(literal).join(', ')}]`;

/** GROQ: the response's first answer to `link`'s question, as `verdict` in aggregate.ts finds it. */
const firstAnswer = (link: Link) => `answers[questionKey == ${literal(link.questionKey)}][0]`;

/**
 * GROQ: that answer gives a verdict, as `verdict` reads it: a score; else a choice that is not "don't know"; else at
 * least one of several choices.
 */
function answered(link: Link): string {
  const a = firstAnswer(link);
  // count() of a missing array is null, and null would spread through && and !: hence coalesce, so this is true or false.
  return `(defined(${a}.score) || (defined(${a}.choice) && ${a}.choice != ${literal(DONT_KNOW)}) || (!defined(${a}.choice) && count(coalesce(${a}.choices, [])) > 0))`;
}

/** GROQ: that answer is a positive one (given that it gives a verdict). */
function positive(link: Link): string {
  const a = firstAnswer(link);
  const values = list(link.positive);
  return (
    `((defined(${a}.score) && string(${a}.score) in ${values}) || ` +
    `(!defined(${a}.score) && defined(${a}.choice) && ${a}.choice in ${values}) || ` +
    `(!defined(${a}.score) && !defined(${a}.choice) && count(coalesce(${a}.choices, [])[@ in ${values}]) > 0))`
  );
}

/**
 * GROQ filters for one survey's links in the measure's order: the response counts if any linked question gives a
 * verdict, and the verdict is the first such question's (aggregateMeasure counts a person once).
 */
function surveyFilters(links: readonly Link[]): { counts: string; positive: string } {
  const counts = links.map(answered);
  const firstPositive = links.map((link, i) => [...counts.slice(0, i).map((c) => `!(${c})`), counts[i]!, positive(link)].join(' && '));
  return { counts: counts.map((c) => `(${c})`).join(' || '), positive: firstPositive.map((c) => `(${c})`).join(' || ') };
}

/** Measure id → each survey it counts and the filters for its responses. */
function filtersByMeasure(links: EvidenceLinks): Map<string, { counts: string; positive: string }> {
  const byMeasure = new Map<string, { counts: string[]; positive: string[] }>();
  for (const [surveyId, entries] of links) {
    for (const { measure, links: questionLinks } of entries) {
      const { counts, positive } = surveyFilters(questionLinks);
      const into = byMeasure.get(measure) ?? { counts: [], positive: [] };
      into.counts.push(`(survey._ref == ${literal(surveyId)} && (${counts}))`);
      into.positive.push(`(survey._ref == ${literal(surveyId)} && (${positive}))`);
      byMeasure.set(measure, into);
    }
  }
  return new Map([...byMeasure].map(([measure, f]) => [measure, { counts: f.counts.join(' || '), positive: f.positive.join(' || ') }]));
}

export interface CountQuery {
  /** GROQ with `$from` and `$to` (ISO instants): `{ "<i>": { n, positive } }` for the i-th measure of `measures`. */
  groq: string;
  measures: string[];
}

/**
 * One query counting every linked measure's responses sent in [$from, $to): n and positive for each. Each response in
 * the window is judged once (one boolean per measure), and the counts are taken over those booleans, so the window
 * is tested once per response rather than once per count.
 */
export function countQuery(links: EvidenceLinks): CountQuery {
  const filters = filtersByMeasure(links);
  const measures = [...filters.keys()].sort();
  const inWindow = '_type == "surveyResponse" && dateTime(submittedAt) >= dateTime($from) && dateTime(submittedAt) < dateTime($to)';
  const judged = measures.map((measure, i) => {
    const f = filters.get(measure)!;
    return `"c${i}": ${f.counts}, "p${i}": ${f.positive}`;
  });
  const relevant = measures.map((measure) => `(${filters.get(measure)!.counts})`).join(' || ');
  const counts = measures.map((_, i) => `"${i}": { "n": count(judged[c${i}]), "positive": count(judged[p${i}]) }`);
  return { groq: `{ "judged": *[${inWindow} && (${relevant || 'false'})]{ ${judged.join(', ')} } }{ ${counts.join(', ')} }`, measures };
}
