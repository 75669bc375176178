// The words families see for the model's coded values.
import type { Service } from '../model/index.ts';

export const REFERRAL_ROUTE_LABELS: Record<Service['access']['referralRoutes'][number], string> = {
  'self-referral': 'You can contact the service yourself',
  gp: 'Your GP can refer you',
  'health-visitor': 'Your health visitor can refer you',
  'school-or-setting': 'Your school, college or nursery can refer you',
  'social-worker': 'A social worker can refer you',
  'other-professional': 'Another professional working with your family can refer you',
  'ehc-plan': 'Through an education, health and care (EHC) plan',
};

export const COST_LABELS: Record<Service['cost']['kind'], string> = {
  free: 'Free',
  paid: 'There is a charge',
  'free-and-paid': 'Some parts are free',
};

export const WEEKDAY_LABELS: Record<Service['openingTimes'][number]['day'], string> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
};

export function ageRangeLabel(min: number, max: number): string {
  if (min === 0 && max === 0) return 'Under 1';
  return min === 0 ? `Up to ${max}` : `${min} to ${max}`;
}
