// Calendar arithmetic on ISO dates in UTC, so no result depends on the machine's clock or time zone.

const DAY = 86_400_000;

export function toTime(iso: string): number {
  return Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
}

export function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoDate(toTime(iso) + days * DAY);
}

export function addMonths(iso: string, months: number): string {
  const d = new Date(toTime(iso));
  d.setUTCMonth(d.getUTCMonth() + months);
  return isoDate(d.getTime());
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY);
}

/** The last day of each calendar quarter from `from` up to `to`, both included. */
export function quarterEnds(from: string, to: string): string[] {
  const out: string[] = [];
  const start = new Date(toTime(from));
  let year = start.getUTCFullYear();
  let quarter = Math.floor(start.getUTCMonth() / 3);
  for (;;) {
    const end = isoDate(Date.UTC(year, quarter * 3 + 3, 0));
    if (end > to) break;
    if (end >= from) out.push(end);
    quarter += 1;
    if (quarter === 4) {
      quarter = 0;
      year += 1;
    }
  }
  return out;
}

/** An ISO date-time in UTC, to the second, as Sanity's datetime stores it. */
export function isoDateTime(time: number): string {
  return new Date(Math.floor(time / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
