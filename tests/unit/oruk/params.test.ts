import { describe, expect, it } from 'vitest';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE, parseId, parsePaging, parseServiceQuery, type ParameterError } from '../../../src/oruk/params.ts';
import { districts } from './builders.ts';

const places = { districts, areaName: 'Westmoor' };
const parse = (qs: string) => parseServiceQuery(new URLSearchParams(qs), places);

function errorsOf(qs: string): ParameterError[] {
  const result = parse(qs);
  if (result.ok) throw new Error(`expected "${qs}" to be refused`);
  return result.errors;
}

describe('paging parameters', () => {
  it('default to the first page of 50', () => {
    expect(parsePaging(new URLSearchParams(''))).toEqual({ ok: true, value: { page: 1, perPage: DEFAULT_PER_PAGE } });
    expect(DEFAULT_PER_PAGE).toBe(50);
  });

  it('read whole numbers, ignoring surrounding spaces and empty values', () => {
    expect(parsePaging(new URLSearchParams('page=%203%20&per_page=10'))).toEqual({ ok: true, value: { page: 3, perPage: 10 } });
    expect(parsePaging(new URLSearchParams('page=&per_page='))).toEqual({ ok: true, value: { page: 1, perPage: 50 } });
  });

  it.each([
    ['page=0', 'page', 'page must be 1 or more'],
    ['page=-1', 'page', 'page must be a whole number, like 1'],
    ['page=1.5', 'page', 'page must be a whole number, like 1'],
    ['page=two', 'page', 'page must be a whole number, like 1'],
    ['per_page=abc', 'per_page', 'per_page must be a whole number, like 50'],
    ['per_page=0', 'per_page', 'per_page must be 1 or more'],
    [`per_page=${MAX_PER_PAGE + 1}`, 'per_page', `per_page must be ${MAX_PER_PAGE} or less`],
    ['per_page=99999999999999999999999', 'per_page', `per_page must be ${MAX_PER_PAGE} or less`],
    ['page=1&page=2', 'page', 'page was given 2 times: give it once'],
  ])('refuses %s, naming %s', (qs, parameter, message) => {
    expect(parsePaging(new URLSearchParams(qs))).toEqual({ ok: false, errors: [{ parameter, message }] });
  });

  it('reports every bad parameter at once', () => {
    expect(errorsOf('page=0&per_page=abc&minimum_age=old').map((e) => e.parameter)).toEqual(['page', 'per_page', 'minimum_age']);
  });
});

describe('service filters', () => {
  it('read every ORUK filter into a typed query', () => {
    const result = parse(
      'search=speech%20therapy&taxonomy_term_id=EE30F369-2679-58EF-9661-10F73CFDEF68&taxonomy_id=5c4d79d7-cc55-470e-9f1f-8cad074e4892' +
        '&organization_id=d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610&minimum_age=4&maximum_age=11.5&modified_after=2026-01-31' +
        '&postcode=wm42ab&proximity=1500&day=MO&start_time=09:00&end_time=17:30:00&format=json',
    );
    expect(result).toEqual({
      ok: true,
      value: {
        page: 1,
        perPage: 50,
        search: 'speech therapy',
        taxonomyTermId: 'ee30f369-2679-58ef-9661-10f73cfdef68',
        taxonomyId: '5c4d79d7-cc55-470e-9f1f-8cad074e4892',
        organizationId: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
        minimumAge: 4,
        maximumAge: 11.5,
        modifiedAfter: Date.parse('2026-01-31T00:00:00Z'),
        postcode: { postcode: 'WM4 2AB', district: districts[1] },
        proximity: 1500,
        day: 'monday',
        startTime: '09:00',
        endTime: '17:30',
      },
    });
  });

  it('accepts a bare postcode district and full day names in any case', () => {
    expect(parse('postcode=WM9&day=Saturday')).toMatchObject({ ok: true, value: { postcode: { postcode: 'WM9' }, day: 'saturday' } });
  });

  it('reads modified_after as a moment with its offset', () => {
    expect(parse('modified_after=2026-03-01T10:00:00%2B01:00')).toMatchObject({ ok: true, value: { modifiedAfter: Date.parse('2026-03-01T09:00:00Z') } });
    expect(parse('modified_after=2026-03-01T10:00:00+01:00')).toMatchObject({ ok: true, value: { modifiedAfter: Date.parse('2026-03-01T09:00:00Z') } });
    expect(parse('modified_after=2026-03-01T09:00:00.123Z')).toMatchObject({ ok: true, value: { modifiedAfter: Date.parse('2026-03-01T09:00:00.123Z') } });
  });

  it('treats a search of spaces as no search, and ignores parameters it does not know', () => {
    expect(parse('search=%20%20&utm_source=x&_=123')).toEqual({ ok: true, value: { page: 1, perPage: 50 } });
  });

  it.each([
    ['taxonomy_term_id=autism', 'taxonomy_term_id', 'taxonomy_term_id must be a UUID, like 3f7b145d-84af-42d7-8fae-eaca714b02b2 (see /taxonomy_terms)'],
    ['taxonomy_id=1', 'taxonomy_id', 'taxonomy_id must be a UUID, like 3f7b145d-84af-42d7-8fae-eaca714b02b2 (see /taxonomies)'],
    ['organization_id=nhs', 'organization_id', 'organization_id must be a UUID, like 3f7b145d-84af-42d7-8fae-eaca714b02b2 (an organization_id from /services)'],
    ['minimum_age=five', 'minimum_age', 'minimum_age must be a number of years, like 5'],
    ['maximum_age=-3', 'maximum_age', 'maximum_age must be a number of years, like 11'],
    ['maximum_age=200', 'maximum_age', 'maximum_age must be 150 years or less'],
    ['minimum_age=12&maximum_age=5', 'minimum_age', 'minimum_age must not be above maximum_age'],
    ['modified_after=yesterday', 'modified_after', 'modified_after must be a date or a date and time, like 2026-01-31 or 2026-01-31T09:00:00Z'],
    ['modified_after=2026-02-30', 'modified_after', 'modified_after must be a date or a date and time, like 2026-01-31 or 2026-01-31T09:00:00Z'],
    ['postcode=hello', 'postcode', 'postcode: Enter a real postcode, like WM1 2AB'],
    ['postcode=SW1A%201AA', 'postcode', 'postcode: SW1A is not in Westmoor. Enter a postcode in Westmoor, like WM1 2AB'],
    ['postcode=WM4%202AB%20and%20more', 'postcode', 'postcode must be a postcode, like WM4 2AB'],
    ['proximity=1000', 'proximity', 'proximity needs a postcode: give the postcode to measure from, like postcode=WM4 2AB&proximity=2000'],
    ['postcode=WM4&proximity=near', 'proximity', 'proximity must be a number of metres, like 2000'],
    ['postcode=WM4&proximity=0', 'proximity', 'proximity must be more than 0 metres'],
    ['postcode=WM4&proximity=100001', 'proximity', 'proximity must be 100000 metres or less'],
    ['day=funday', 'day', 'day must be a day of the week, like monday (or MO as in RRULE)'],
    ['start_time=9am', 'start_time', 'start_time must be a time as HH:MM, like 09:30'],
    ['end_time=25:00', 'end_time', 'end_time must be a time as HH:MM, like 09:30'],
    ['start_time=18:00&end_time=09:00', 'start_time', 'start_time must not be after end_time'],
    [`search=${'a'.repeat(201)}`, 'search', 'search must be 200 characters or fewer'],
    ['format=ndjson', 'format', 'format must be json: this API does not stream other formats'],
    ['search=a&search=b', 'search', 'search was given 2 times: give it once'],
  ])('refuses %s, naming %s', (qs, parameter, message) => {
    expect(errorsOf(qs)).toEqual([{ parameter, message }]);
  });
});

describe('ids in paths', () => {
  it('accept a UUID in either case', () => {
    expect(parseId('EE30F369-2679-58EF-9661-10F73CFDEF68', 'service')).toEqual({ ok: true, value: 'ee30f369-2679-58ef-9661-10f73cfdef68' });
  });

  it.each([undefined, '', 'service-speech', '123'])('refuse %j, saying what an id looks like', (id) => {
    expect(parseId(id, 'service')).toEqual({
      ok: false,
      errors: [{ parameter: 'id', message: 'id must be the UUID of a service, like 3f7b145d-84af-42d7-8fae-eaca714b02b2' }],
    });
  });
});
