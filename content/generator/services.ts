// Service documents: the hand-written templates, their local variants, and as many more as the large mode asks for.
import { SCHOOL_OR_SETTING_KINDS } from '../../src/model/provider.ts';
import { addDays } from './dates.ts';
import { LOCALITIES, PLACES, allPlaces, makeVenue, venueFeatures, type Locality, type Venue } from './geography.ts';
import { docId, refItems, slug, slugify, uniqueSlug } from './ids.ts';
import { openingTimeItems, weekly, type Weekday } from './opening-times.ts';
import { portableText, type Part } from './portable-text.ts';
import { PROVIDERS, providerId, setting, type ProviderSpec } from './providers.ts';
import { createRandom, type Random } from './random.ts';
import { schedule2For, settingTemplate } from './schools.ts';
import type { ServiceTemplate } from './service-template.ts';
import { categoryId, needId, phaseId, phasesForAges } from './taxonomy.ts';
import { ADULTHOOD_TEMPLATES } from './templates-adulthood.ts';
import { EARLY_YEARS_TEMPLATES } from './templates-early-years.ts';
import { HEALTH_TEMPLATES } from './templates-health.ts';
import { LEISURE_TEMPLATES } from './templates-leisure.ts';
import { PARENT_GROUP_TEMPLATE, SUPPORT_TEMPLATES } from './templates-support.ts';

export const SERVICE_TEMPLATES: readonly ServiceTemplate[] = [
  ...EARLY_YEARS_TEMPLATES,
  ...SUPPORT_TEMPLATES,
  PARENT_GROUP_TEMPLATE,
  ...HEALTH_TEMPLATES,
  ...LEISURE_TEMPLATES,
  ...ADULTHOOD_TEMPLATES,
];

/** Share of services last reviewed more than 12 months ago: enough for the "overdue for review" view to show. */
const OVERDUE_SHARE = 0.1;

const ACCESSIBILITY_NOTES = [
  'Information is available in easy read and large print. Tell us if you need an interpreter, including British Sign Language.',
  'Staff have autism awareness training. You can ask for a quieter appointment time or a visit before you start.',
  'We can talk by phone, video call, email or text, whichever suits you. Interpreters are free.',
  'Ask us about reasonable adjustments, such as a longer appointment or someone to meet you on arrival.',
] as const;

const DAY_LABEL: Record<Weekday, string> = {
  monday: 'Monday', tuesday: 'Tuesday', wednesday: 'Wednesday', thursday: 'Thursday', friday: 'Friday', saturday: 'Saturday', sunday: 'Sunday',
};

export interface ServicesResult {
  services: ReturnType<typeof buildService>[];
  providers: ProviderSpec[];
}

/** A variant of a repeating session, or a whole new school, to fill the requested count. */
type Planned = { template: ServiceTemplate; venue?: readonly [string, Locality]; slugHint?: string };

export function generateServices(seed: number, count: number, today: string): ServicesResult {
  const rng = createRandom(seed, 'services');
  const venues = new VenueBook(seed);
  const providers = new Map(PROVIDERS.map((p) => [p.slug, p]));
  const planned = plan(count, seed, providers);
  const slugs = new Set<string>();
  const services = planned.map((p) => buildService(p, { rng, today, venues, providers, slugs }));
  return { services, providers: [...providers.values()] };
}

/** The order services are made in: hand-written first, then a session in every locality, then more. */
function plan(count: number, seed: number, providers: Map<string, ProviderSpec>): Planned[] {
  const out: Planned[] = [];
  const settings = PROVIDERS.filter((p) => p.setting).map((p) => ({ template: settingTemplate(p) }));
  for (const template of SERVICE_TEMPLATES) out.push({ template });
  out.push(...settings);
  const repeating = SERVICE_TEMPLATES.filter((t) => t.repeat);
  for (const locality of LOCALITIES) {
    for (const template of repeating) {
      const venueLocality = 'at' in template.delivery ? template.delivery.at[0]?.[1] : undefined;
      if (venueLocality === locality) continue;
      const place = PLACES[locality][0]!;
      out.push(variant(template, place, locality, template.repeat!.days[out.length % template.repeat!.days.length]!));
    }
  }
  if (out.length >= count) return out.slice(0, count);
  // Beyond the sample: walk every (template, place, day) combination in a shuffled but fixed order, with a
  // new school or nursery every eighth entry, so titles stay distinct for as long as the phrase banks allow.
  const rng = createRandom(seed, 'service-variants');
  const used = new Set(LOCALITIES.map((l) => PLACES[l][0]));
  const places = rng.shuffle(allPlaces().filter((p) => !used.has(p.place)));
  const schoolPlaces = rng.shuffle(allPlaces());
  let i = 0;
  let school = 0;
  while (out.length < count) {
    if (out.length % 8 === 7 && school < schoolPlaces.length * SCHOOL_KINDS.length) {
      const { place, locality } = schoolPlaces[school % schoolPlaces.length]!;
      const kind = SCHOOL_KINDS[Math.floor(school / schoolPlaces.length)]!;
      school += 1;
      const spec = kind(place, locality);
      if (providers.has(spec.slug)) continue;
      providers.set(spec.slug, spec);
      out.push({ template: settingTemplate(spec) });
      continue;
    }
    const template = repeating[i % repeating.length]!;
    const { place, locality } = places[Math.floor(i / repeating.length) % places.length]!;
    const days = template.repeat!.days;
    const day = days[(Math.floor(i / (repeating.length * places.length)) + i) % days.length]!;
    out.push(variant(template, place, locality, day));
    i += 1;
  }
  return out;
}

const drama = (n: number) => `01632 960${String(n % 1000).padStart(3, '0')}`;
const SCHOOL_KINDS = [
  (place: string, l: Locality) => setting(slugify(`${place} Primary School`), `${place} Primary School`, 'maintained-school', 'primary', l, [4, 11], drama(place.length * 37)),
  (place: string, l: Locality) => setting(slugify(`${place} Academy`), `${place} Academy`, 'academy', 'secondary', l, [11, 18], drama(place.length * 41)),
  (place: string, l: Locality) => setting(slugify(`${place} Day Nursery`), `${place} Day Nursery`, 'early-years-setting', 'early-years', l, [0, 5], drama(place.length * 43)),
] as const;

function variant(template: ServiceTemplate, place: string, locality: Locality, day: Weekday): Planned {
  const r = template.repeat!;
  const title = r.title(place, DAY_LABEL[day]);
  return {
    template: {
      ...template,
      title,
      delivery: { at: [[r.venue(place), locality]] },
      times: r.sameTimes ? template.times : weekly(day, r.opens, r.closes, template.times.scheduleNote),
    },
    slugHint: slugify(title),
  };
}

/** Venues are made once per name, from their own stream, so a venue has one address wherever it appears. */
class VenueBook {
  readonly #seed: number;
  readonly #venues = new Map<string, Venue & { accessibility: string[] }>();
  constructor(seed: number) {
    this.#seed = seed;
  }
  /** "Audiology Department, Westmoor General Hospital" shares its address with the hospital's other rooms. */
  get(name: string, locality: Locality) {
    const site = name.split(', ').at(-1)!;
    const key = `${site}|${locality}`;
    let venue = this.#venues.get(key);
    if (!venue) {
      const rng = createRandom(this.#seed, `venue:${key}`);
      venue = { ...makeVenue(rng, site, locality), accessibility: venueFeatures(rng) };
      this.#venues.set(key, venue);
    }
    return { ...venue, name };
  }
}

interface BuildContext {
  rng: Random;
  today: string;
  venues: VenueBook;
  providers: Map<string, ProviderSpec>;
  slugs: Set<string>;
}

function buildService({ template: t, slugHint }: Planned, ctx: BuildContext) {
  const provider = ctx.providers.get(t.provider);
  if (!provider) throw new Error(`service template "${t.slug}" names unknown provider "${t.provider}"`);
  const serviceSlug = uniqueSlug(slugHint ?? t.slug, ctx.slugs);
  const { locations, serviceAreas } = where(t, ctx.venues);
  const phases = t.phases ?? phasesForAges(t.ages[0], t.ages[1]);
  const overdue = ctx.rng.chance(OVERDUE_SHARE);
  const lastReviewed = addDays(ctx.today, -(overdue ? ctx.rng.int(370, 800) : ctx.rng.int(3, 350)));
  const doc = {
    _id: docId('service', serviceSlug),
    _type: 'service' as const,
    title: t.title,
    slug: slug(serviceSlug),
    provider: { _type: 'reference' as const, _ref: providerId(provider.slug) },
    summary: t.summary,
    description: portableText(describe(t)),
    agePhases: refItems(phases.map(phaseId)),
    categories: refItems(t.categories.map(categoryId)),
    needs: refItems((t.needs ?? []).map(needId)),
    ageRange: { min: t.ages[0], max: t.ages[1] },
    eligibility: t.eligibility,
    cost: t.cost.details ? { kind: t.cost.kind, details: t.cost.details } : { kind: t.cost.kind },
    access: { referralRoutes: [...t.routes], howToAccess: t.howToAccess },
    contacts: [
      {
        _key: 'main',
        role: t.contactRole ?? 'Enquiries',
        phone: provider.phone,
        email: provider.email,
        website: provider.website,
      },
    ],
    locations,
    serviceAreas,
    openingTimes: openingTimeItems(t.times),
    ...(t.times.scheduleNote ? { scheduleNote: t.times.scheduleNote } : {}),
    accessibility: t.accessibility ?? ctx.rng.pick(ACCESSIBILITY_NOTES),
    ...(SCHOOL_OR_SETTING_KINDS.has(provider.kind) && provider.setting ? { schedule2: schedule2For(provider) } : {}),
    lastReviewed,
  };
  return doc;
}

function describe(t: ServiceTemplate): Part[] {
  const parts: Part[] = [...t.about];
  if (t.offers?.length) parts.push({ h3: 'What you can get' }, { bullets: [...t.offers] });
  return parts;
}

function where(t: ServiceTemplate, venues: VenueBook) {
  const d = t.delivery;
  const named = 'at' in d ? d.at : 'outreach' in d ? (d.also ?? []) : 'hubs' in d ? LOCALITIES.map((l) => [`${PLACES[l][0]} Family Hub`, l] as const) : [];
  const locations = named.map(([name, locality]) => {
    const v = venues.get(name, locality);
    return { _key: slugify(name), name: v.name, address: v.address, geo: v.geo, area: v.area, accessibility: v.accessibility };
  });
  // Services that come to families, or are run by phone and online, serve the whole area.
  const serviceAreas = 'outreach' in d || 'online' in d ? [...LOCALITIES] : [];
  return { locations, serviceAreas };
}
