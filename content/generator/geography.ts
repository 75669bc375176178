// The fictional Westmoor area: its localities, postcode districts WM1–WM9, streets and venues.
import type { Random } from './random.ts';

export const TOWN = 'Westmoor';

/** The localities the "area" filter offers; every location's `area` is one of these. */
export const LOCALITIES = ['City Centre', 'North', 'East', 'West', 'South', 'Moorside'] as const;
export type Locality = (typeof LOCALITIES)[number];

export interface District {
  district: string;
  lat: number;
  lng: number;
  area: Locality;
}

/** Centroids of the postcode districts: the "near me" search measures distance from these. */
export const POSTCODE_DISTRICTS: readonly District[] = [
  { district: 'WM1', lat: 50.3768, lng: -4.1402, area: 'City Centre' },
  { district: 'WM2', lat: 50.3795, lng: -4.1235, area: 'City Centre' },
  { district: 'WM3', lat: 50.4083, lng: -4.1468, area: 'North' },
  { district: 'WM4', lat: 50.4152, lng: -4.1127, area: 'North' },
  { district: 'WM5', lat: 50.3868, lng: -4.0789, area: 'East' },
  { district: 'WM6', lat: 50.3779, lng: -4.0884, area: 'South' },
  { district: 'WM7', lat: 50.3903, lng: -4.1846, area: 'West' },
  { district: 'WM8', lat: 50.4007, lng: -4.1671, area: 'West' },
  { district: 'WM9', lat: 50.4136, lng: -4.0632, area: 'Moorside' },
];

export function districtsIn(locality: Locality): District[] {
  return POSTCODE_DISTRICTS.filter((d) => d.area === locality);
}

/** Place names used for venues and schools, by locality; shared by the sample and the large mode. */
export const PLACES: Record<Locality, readonly string[]> = {
  'City Centre': ['Central', 'Market Square', 'Guildhall', 'Harbour Gate', 'Castle Hill', 'Old Quay'],
  North: ['Northgate', 'Hillside', 'Brookfield', 'Beacon Park', 'Oakridge', 'Fernleigh'],
  East: ['Eastgate', 'Riverside', 'Larkmead', 'Millbrook', 'Ashcombe', 'Kingsmoor'],
  West: ['Westcombe', 'Harbourside', 'Seaton Rise', 'Cliffside', 'Penmore', 'Tamar View'],
  South: ['Southcliff', 'Seaview', 'Lowerfield', 'Bayside', 'Sandhill', 'Coastguard'],
  Moorside: ['Moorside', 'Tor View', 'Heathfield', 'Granite Cross', 'Bracken Hill', 'Stannary'],
};

const STREETS = [
  'Moor Street', 'Station Road', 'Chapel Lane', 'Victoria Road', 'Park Avenue', 'Church Street', 'Mill Lane',
  'Harbour Road', 'Queens Road', 'Elm Grove', 'Beacon Way', 'Tavistock Road', 'Granite Way', 'Orchard Close',
  'Lark Rise', 'Quarry Lane', 'Fore Street', 'Market Way', 'Riverside Walk', 'Heather Drive',
] as const;

const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

/** A valid-format postcode in the locality, e.g. "WM4 2AB". */
export function postcodeIn(rng: Random, locality: Locality): { postcode: string; district: District } {
  const district = rng.pick(districtsIn(locality));
  const inward = `${rng.int(1, 9)}${rng.pick([...INWARD_LETTERS])}${rng.pick([...INWARD_LETTERS])}`;
  return { postcode: `${district.district} ${inward}`, district };
}

export interface Venue {
  name: string;
  address: { line1: string; line2?: string; town: string; postcode: string };
  geo: { _type: 'geopoint'; lat: number; lng: number };
  area: Locality;
}

/** A venue near its district's centroid (within ~600 m), with a plausible street address. */
export function makeVenue(rng: Random, name: string, locality: Locality): Venue {
  const { postcode, district } = postcodeIn(rng, locality);
  const jitter = () => Math.round((rng.next() - 0.5) * 0.012 * 10000) / 10000;
  return {
    name,
    address: { line1: `${rng.int(1, 180)} ${rng.pick(STREETS)}`, town: TOWN, postcode },
    geo: { _type: 'geopoint', lat: round4(district.lat + jitter()), lng: round4(district.lng + jitter()) },
    area: locality,
  };
}

function round4(n: number): number {
  return Math.round(n * 10000) / 10000;
}

/** Features families ask about before they visit; a venue gets a handful of these. */
export const VENUE_FEATURES = [
  'Step-free access',
  'Accessible toilet',
  'Changing Places toilet',
  'Hearing loop',
  'Quiet room',
  'Accessible parking',
  'Lift to all floors',
  'Sensory room',
  'Assistance dogs welcome',
  'Easy read signs',
  'Baby changing facilities',
  'Wheelchair-accessible entrance',
] as const;

export function venueFeatures(rng: Random): string[] {
  // Most public venues have the basics; specialist features are rarer.
  const basics = ['Step-free access', 'Accessible toilet'].filter(() => rng.chance(0.85));
  const extras = rng.sample(VENUE_FEATURES.filter((f) => !basics.includes(f)), rng.int(1, 4));
  return VENUE_FEATURES.filter((f) => basics.includes(f) || extras.includes(f));
}

const PLACE_STARTS = ['Ash', 'Beech', 'Oak', 'Elm', 'Holly', 'Brook', 'Mill', 'Stone', 'Lark', 'Fern', 'Heath', 'Kings', 'Wood', 'Marsh', 'Chapel', 'Bridge', 'Haw', 'Thorn', 'Wil', 'Cole'] as const;
const PLACE_ENDS = ['field', 'wood', 'ford', 'combe', 'leigh', 'ton', 'bury', 'well', 'stead', 'mead', 'hill', 'cross', 'dale', 'moor'] as const;

/**
 * Every place name the generator may use, each with its locality: the hand-picked ones first, then
 * compounds ("Ashcombe", "Thornmead") for the large mode, spread round the localities.
 */
export function allPlaces(): { place: string; locality: Locality }[] {
  const out: { place: string; locality: Locality }[] = [];
  const seen = new Set<string>();
  for (const locality of LOCALITIES) for (const place of PLACES[locality]) {
    out.push({ place, locality });
    seen.add(place);
  }
  let i = 0;
  for (const end of PLACE_ENDS) for (const start of PLACE_STARTS) {
    const place = `${start}${end}`;
    if (seen.has(place)) continue;
    seen.add(place);
    out.push({ place, locality: LOCALITIES[i++ % LOCALITIES.length]! });
  }
  return out;
}
