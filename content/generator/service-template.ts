// The shape of a hand-written service description that services.ts turns into Service documents.
import type { COST_KINDS, REFERRAL_ROUTES } from '../../src/model/service.ts';
import type { Locality } from './geography.ts';
import type { Times, Weekday } from './opening-times.ts';
import type { CategorySlug, NeedSlug, PhaseSlug } from './taxonomy.ts';

export type Route = (typeof REFERRAL_ROUTES)[number];

/** Where the service happens: named venues, the family hubs in every locality, or it comes to families. */
export type Delivery =
  | { at: readonly (readonly [string, Locality])[] }
  | { outreach: true; also?: readonly (readonly [string, Locality])[] }
  | { hubs: true }
  | { online: true };

export interface ServiceTemplate {
  slug: string;
  title: string;
  /** Provider slug (see providers.ts). */
  provider: string;
  ages: readonly [number, number];
  /** Normally worked out from the ages; set only when the service deliberately spans fewer phases. */
  phases?: readonly PhaseSlug[];
  categories: readonly CategorySlug[];
  /** Empty or absent: open to children and young people with any need. */
  needs?: readonly NeedSlug[];
  summary: string;
  about: readonly string[];
  offers?: readonly string[];
  eligibility: string;
  cost: { kind: (typeof COST_KINDS)[number]; details?: string };
  routes: readonly Route[];
  howToAccess: string;
  delivery: Delivery;
  times: Times;
  accessibility?: string;
  contactRole?: string;
  /** A session that runs in many places: how to name another one, for the locality and large-mode variants. */
  repeat?: {
    title: (place: string, day: string) => string;
    venue: (place: string) => string;
    days: readonly Weekday[];
    opens: string;
    closes: string;
    /** Keep the template's own opening pattern (a holiday scheme runs all week), instead of one weekly session. */
    sameTimes?: boolean;
  };
}
