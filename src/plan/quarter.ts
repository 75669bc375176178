// Calendar quarters for the board pack: "2026-q4" in addresses, "October to December 2026" in words.
import { MONTHS } from '../text/dates.ts';

export interface Quarter {
  year: number;
  /** 1 to 4. */
  number: number;
  /** "2026-q4". */
  slug: string;
  /** First and last days, YYYY-MM-DD. */
  start: string;
  end: string;
  /** "October to December 2026". */
  label: string;
}

export function quarter(year: number, number: number): Quarter {
  const firstMonth = (number - 1) * 3;
  const lastDay = new Date(Date.UTC(year, firstMonth + 3, 0)).getUTCDate();
  const mm = (m: number) => String(m + 1).padStart(2, '0');
  return {
    year,
    number,
    slug: `${year}-q${number}`,
    start: `${year}-${mm(firstMonth)}-01`,
    end: `${year}-${mm(firstMonth + 2)}-${lastDay}`,
    label: `${MONTHS[firstMonth]} to ${MONTHS[firstMonth + 2]} ${year}`,
  };
}

export function quarterOf(date: string): Quarter {
  return quarter(Number(date.slice(0, 4)), Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1);
}

export function previousQuarter(q: Quarter): Quarter {
  return q.number === 1 ? quarter(q.year - 1, 4) : quarter(q.year, q.number - 1);
}

/** Every quarter from the one holding `from` to the one holding `to`, newest first. */
export function quartersBetween(from: string, to: string): Quarter[] {
  const out: Quarter[] = [];
  const first = quarterOf(from);
  for (let q = quarterOf(to); q.start >= first.start; q = previousQuarter(q)) out.push(q);
  return out;
}

export function parseQuarter(slug: string): Quarter | undefined {
  const match = /^(\d{4})-q([1-4])$/.exec(slug);
  return match ? quarter(Number(match[1]), Number(match[2])) : undefined;
}
