// The Open Referral UK v3 objects this API publishes: only fields the profile's JSON Schemas define.
// The contract tests (tests/contract/oruk.contract.test.ts) hold these to vendor/oruk-v3/schema/compiled/*.json.

export type OrukStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';

export interface OrukTaxonomyTerm {
  id: string;
  name: string;
  description: string;
  parent_id?: string;
  taxonomy?: string;
  taxonomy_id?: string;
  term_uri?: string;
  term?: string;
}

export interface OrukTaxonomy {
  id: string;
  name: string;
  description: string;
  uri?: string;
  version?: string;
  taxonomy_terms?: OrukTaxonomyTerm[];
}

export interface OrukAttribute {
  id: string;
  link_id: string;
  taxonomy_term_id: string;
  link_type: string;
  taxonomy_term: OrukTaxonomyTerm;
}

export interface OrukOrganization {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
}

export interface OrukAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  region?: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical' | 'postal' | 'virtual';
}

export interface OrukAccessibility {
  id: string;
  location_id: string;
  description: string;
}

/** A location as list endpoints show it: one-to-one fields only. */
export interface OrukLocationSummary {
  id: string;
  location_type: 'physical' | 'postal' | 'virtual';
  name?: string;
  description?: string;
  latitude?: number;
  longitude?: number;
}

export interface OrukLocation extends OrukLocationSummary {
  addresses: OrukAddress[];
  accessibility: OrukAccessibility[];
}

export interface OrukServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
  location: OrukLocation;
}

export interface OrukSchedule {
  id: string;
  service_id: string;
  freq?: 'WEEKLY' | 'MONTHLY';
  interval?: number;
  byday?: string;
  description?: string;
  opens_at?: string;
  closes_at?: string;
  notes?: string;
}

export interface OrukServiceArea {
  id: string;
  service_id: string;
  name: string;
  service_area: string;
}

export interface OrukCostOption {
  id: string;
  service_id: string;
  option?: string;
  amount?: number;
  amount_description?: string;
}

export interface OrukContact {
  id: string;
  service_id: string;
  name?: string;
  title?: string;
}

/** A service's one-to-one fields with its organization: the shape of `/services` list items. */
export interface OrukServiceSummary {
  id: string;
  /** Absent only when the service's provider document is missing. */
  organization_id?: string;
  name: string;
  description: string;
  url: string;
  email?: string;
  status: OrukStatus;
  minimum_age: number;
  maximum_age: number;
  assured_date: string;
  last_modified: string;
  organization?: OrukOrganization;
}

/** A fully nested service: the shape of `/services/{id}`. */
export interface OrukService extends OrukServiceSummary {
  schedules: OrukSchedule[];
  service_areas: OrukServiceArea[];
  service_at_locations: OrukServiceAtLocation[];
  cost_options: OrukCostOption[];
  contacts: OrukContact[];
  attributes: OrukAttribute[];
}

/** A `/service_at_locations` list item: the link, its location and its service, one-to-one fields only. */
export interface OrukServiceAtLocationSummary {
  id: string;
  service_id: string;
  location_id: string;
  location: OrukLocationSummary;
  service: OrukServiceSummary;
}

/** The ORUK `Page` envelope around every list. */
export interface OrukPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

/** A fully nested service_at_location: `/service_at_locations/{id}`. */
export interface OrukServiceAtLocationFull {
  id: string;
  service_id: string;
  location_id: string;
  location: OrukLocation;
  service: Omit<OrukService, 'service_at_locations'>;
}

/** What `GET /` says about the API. */
export interface OrukApiInfo {
  version: string;
  profile: string;
  openapi_url: string;
}
