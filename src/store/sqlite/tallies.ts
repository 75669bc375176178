// Decision 007's tallies on the embedded store: running totals per measure × quarter × grouping × group, kept in the
// same transaction as the survey response that changes them, so the plan pages read a few rows, not every response;
// and published quarters, the totals of each ended quarter frozen when it ends.
import { createHash } from 'node:crypto';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { GroupBy, MeasureFigures, ResponseForEvidence, SurveyForEvidence } from '../../evidence/aggregate.ts';
import { applyDelta, contributions, figuresFromTallies, measureLinks, type EvidenceLinks, type MeasureForTally, type TallyRow } from '../../evidence/tally.ts';
import { isPublishedId } from '../documents.ts';

type Json = Record<string, unknown>;

interface Links {
  links: EvidenceLinks;
  /** What the totals were counted by: when it changes (a survey's positive answers, a measure's links), recount. */
  signature: string;
}

/** What the totals are counted by, read from the published surveys and survey-based measures in the database. */
function currentLinks(db: DatabaseSync): Links {
  const rows = db.prepare("SELECT id, type, body FROM documents WHERE dataset = 'content' AND type IN ('survey', 'impactMeasure') ORDER BY id").all() as {
    id: string;
    type: string;
    body: string;
  }[];
  const surveys: SurveyForEvidence[] = [];
  const measures: MeasureForTally[] = [];
  for (const row of rows) {
    if (!isPublishedId(row.id)) continue;
    const doc = JSON.parse(row.body) as Json;
    if (row.type === 'survey') {
      const questions = (doc.questions as { key: string; positiveValues?: string[] }[] | undefined) ?? [];
      surveys.push({ _id: row.id, questions: questions.map((q) => ({ key: q.key, positiveValues: q.positiveValues ?? [] })) });
    } else if (doc.source === 'survey') {
      const links = (doc.surveyQuestions as { survey: { _ref: string }; questionKey: string }[] | undefined) ?? [];
      measures.push({ _id: row.id, surveyQuestions: links.map((l) => ({ survey: { _ref: l.survey._ref }, questionKey: l.questionKey })) });
    }
  }
  const signature = createHash('sha256').update(JSON.stringify([surveys, measures])).digest('hex');
  return { links: measureLinks(measures, surveys), signature };
}

/** What a stored response counts as: its answers without free text, as the evidence query reads them. */
export function evidenceOf(doc: Json): ResponseForEvidence {
  const answers = ((doc.answers as Json[] | undefined) ?? []).map((a) => ({
    questionKey: a.questionKey as string,
    ...(a.choice !== undefined ? { choice: a.choice as string } : {}),
    ...(a.choices !== undefined ? { choices: a.choices as string[] } : {}),
    ...(a.score !== undefined ? { score: a.score as number } : {}),
  }));
  return {
    survey: { _ref: (doc.survey as { _ref: string })._ref },
    submittedAt: doc.submittedAt as string,
    audience: doc.audience as ResponseForEvidence['audience'],
    ...(doc.agePhase !== undefined ? { agePhase: doc.agePhase as ResponseForEvidence['agePhase'] } : {}),
    answers,
  };
}

/** SQL: the measure × quarter of tallies row `alias` is published (its counts are frozen). */
const PUBLISHED = (alias: string) => `EXISTS (SELECT 1 FROM published_quarters p WHERE p.measure = ${alias}.measure AND p.quarter = ${alias}.quarter)`;

const counts = (doc: Json | undefined): doc is Json => doc !== undefined && doc._type === 'surveyResponse' && isPublishedId(doc._id as string);

export class Tallies {
  #db: DatabaseSync;
  #cached?: { contentVersion: number; links: Links };
  #add: StatementSync;

  constructor(db: DatabaseSync) {
    this.#db = db;
    this.#add = db.prepare(
      'INSERT INTO tallies (measure, quarter, grouping, grp, n, positive) VALUES (?, ?, ?, ?, ?, ?) ' +
        'ON CONFLICT (measure, quarter, grouping, grp) DO UPDATE SET n = n + excluded.n, positive = positive + excluded.positive',
    );
  }

  /**
   * Inside a write transaction: what one private document's change does to the totals (take out what the old version
   * added, add what the new one adds). Recounts first if the surveys or measures have changed since the last count.
   */
  apply(before: Json | undefined, after: Json | undefined): void {
    if (!counts(before) && !counts(after)) return;
    const { links } = this.#upToDate();
    if (counts(before)) this.#addRows(contributions(evidenceOf(before), links), -1);
    if (counts(after)) this.#addRows(contributions(evidenceOf(after), links), 1);
  }

  /** Inside a write transaction: recount if what the totals are counted by has changed (after a content write). */
  refresh(): void {
    this.#upToDate();
  }

  /**
   * A measure's figures: a published quarter's frozen counts, and for every other quarter its running totals (the
   * same as aggregateMeasure's over the responses still stored).
   */
  figures(measureId: string, groupBy: GroupBy): MeasureFigures {
    const rows = this.#db
      .prepare(
        'SELECT measure, quarter, grouping, grp AS "group", n, positive FROM published_quarters WHERE measure = ? AND grouping = ? ' +
          'UNION ALL SELECT measure, quarter, grouping, grp, n, positive FROM tallies t WHERE measure = ? AND grouping = ? ' +
          `AND NOT ${PUBLISHED('t')}`,
      )
      .all(measureId, groupBy, measureId, groupBy) as unknown as TallyRow[];
    return figuresFromTallies(rows, groupBy);
  }

  /** Every published quarter's ungrouped counts, oldest first: what an export carries to another store. */
  published(): { measure: string; quarter: number; n: number; positive: number; publishedAt: string }[] {
    return this.#db
      .prepare("SELECT measure, quarter, n, positive, published_at AS publishedAt FROM published_quarters WHERE grouping = 'none' ORDER BY quarter, measure")
      .all() as unknown as { measure: string; quarter: number; n: number; positive: number; publishedAt: string }[];
  }

  /** Whether a quarter before `current` has running totals that are not yet published (a read-only check). */
  unpublishedBefore(current: number): boolean {
    return this.#db.prepare(`SELECT 1 FROM tallies t WHERE quarter < ? AND NOT ${PUBLISHED('t')} LIMIT 1`).get(current) !== undefined;
  }

  /**
   * Inside a write transaction: publish every quarter before `current` (an ended quarter) that is not yet published,
   * for each measure, by copying its running totals. From then on its figures are those counts: deleting an answer
   * later takes it out of the running totals only, and the retention purge can delete the answers themselves.
   */
  publishBefore(current: number, at: string): void {
    // Chosen before any is copied: a copy of one row would otherwise hide the rest of its quarter from the same query.
    const ended = this.#db.prepare(`SELECT DISTINCT measure, quarter FROM tallies t WHERE quarter < ? AND NOT ${PUBLISHED('t')}`).all(current) as { measure: string; quarter: number }[];
    const copy = this.#db.prepare(
      'INSERT INTO published_quarters (measure, quarter, grouping, grp, n, positive, published_at) ' +
        'SELECT measure, quarter, grouping, grp, n, positive, ? FROM tallies WHERE measure = ? AND quarter = ?',
    );
    for (const { measure, quarter } of ended) copy.run(at, measure, quarter);
  }

  /** Whether the totals were counted by the surveys and measures as they are now (a read-only check). */
  current(): boolean {
    return this.#links().signature === this.#storedSignature();
  }

  #links(): Links {
    const contentVersion = (this.#db.prepare("SELECT coalesce(max(seq), 0) AS seq FROM changes WHERE dataset = 'content'").get() as { seq: number }).seq;
    if (this.#cached?.contentVersion !== contentVersion) this.#cached = { contentVersion, links: currentLinks(this.#db) };
    return this.#cached.links;
  }

  #storedSignature(): string | undefined {
    return (this.#db.prepare("SELECT value FROM meta WHERE key = 'tallies_counted_by'").get() as { value: string } | undefined)?.value;
  }

  #upToDate(): Links {
    const links = this.#links();
    if (links.signature !== this.#storedSignature()) this.#recount(links);
    return links;
  }

  /** Count every stored response afresh: after a survey or measure changes, or on the first start with tallies. */
  #recount(links: Links): void {
    // Added up row by row as they are read, so memory holds the totals, never every response at once.
    const totals = new Map<string, TallyRow>();
    const rows = this.#db.prepare("SELECT id, body FROM documents WHERE dataset = 'feedback' AND type = 'surveyResponse'").iterate() as Iterable<{ id: string; body: string }>;
    for (const row of rows) if (isPublishedId(row.id)) applyDelta(totals, contributions(evidenceOf(JSON.parse(row.body) as Json), links.links), 1);
    this.#db.exec('DELETE FROM tallies');
    this.#addRows([...totals.values()], 1);
    this.#db.prepare("INSERT INTO meta (key, value) VALUES ('tallies_counted_by', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(links.signature);
  }

  #addRows(rows: readonly TallyRow[], sign: 1 | -1): void {
    for (const row of rows) this.#add.run(row.measure, row.quarter, row.grouping, row.group, sign * row.n, sign * row.positive);
  }
}
