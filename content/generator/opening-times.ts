// Opening patterns for services, written once and reused: office hours, weekly sessions, holidays, school days.
import type { WEEKDAYS } from '../../src/model/service.ts';

export type Weekday = (typeof WEEKDAYS)[number];
export interface Opening {
  day: Weekday;
  opens: string;
  closes: string;
  note?: string;
}
export interface Times {
  openings: Opening[];
  scheduleNote?: string;
}

const WORKDAYS: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

export const office = (note?: string): Times => ({
  openings: WORKDAYS.map((day) => ({ day, opens: '09:00', closes: day === 'friday' ? '16:30' : '17:00' })),
  scheduleNote: note,
});

export const weekly = (day: Weekday, opens: string, closes: string, note?: string): Times => ({
  openings: [{ day, opens, closes }],
  scheduleNote: note,
});

export const days = (list: Weekday[], opens: string, closes: string, note?: string): Times => ({
  openings: list.map((day) => ({ day, opens, closes })),
  scheduleNote: note,
});

export const holidays = (): Times => ({
  openings: WORKDAYS.slice(0, 4).map((day) => ({ day, opens: '09:30', closes: '15:00' })),
  scheduleNote: 'School holidays only: Easter, summer and October half term. Book a place at least two weeks ahead.',
});

export const schoolDay = (): Times => ({
  openings: WORKDAYS.map((day) => ({ day, opens: '08:45', closes: day === 'friday' ? '14:30' : '15:15' })),
  scheduleNote: 'Term time only. Breakfast and after-school clubs run outside these hours.',
});

export const nurseryDay = (): Times => ({
  openings: WORKDAYS.map((day) => ({ day, opens: '07:30', closes: '18:00' })),
  scheduleNote: 'Open all year except bank holidays and one week at Christmas.',
});

export const collegeDay = (): Times => ({
  openings: WORKDAYS.map((day) => ({ day, opens: '08:30', closes: '17:00' })),
  scheduleNote: 'College terms run from early September to late June.',
});

export const byAppointment = (note: string): Times => ({ openings: [], scheduleNote: note });

/** Sanity array items need `_key`s: the day, with a number when a day has more than one opening. */
export function openingTimeItems(times: Times) {
  const seen = new Map<string, number>();
  return times.openings.map((o) => {
    const n = (seen.get(o.day) ?? 0) + 1;
    seen.set(o.day, n);
    return { _key: n === 1 ? o.day : `${o.day}-${n}`, ...o };
  });
}
