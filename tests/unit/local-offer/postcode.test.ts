import { describe, expect, it } from 'vitest';
import { lookUpPostcode, type PostcodeDistrict } from '../../../src/local-offer/postcode.ts';
import { formatMiles, milesBetween } from '../../../src/local-offer/distance.ts';

const districts: PostcodeDistrict[] = [
  { district: 'WM1', lat: 50.371, lng: -4.142, area: 'City Centre' },
  { district: 'WM4', lat: 50.395, lng: -4.12, area: 'North' },
];

describe('postcodes a parent types', () => {
  it.each(['WM4 2AB', 'wm4 2ab', 'WM42AB', ' wm4  2ab ', 'WM4'])('finds the district for %j', (input) => {
    const result = lookUpPostcode(input, districts, 'Westmoor');
    expect(result).toMatchObject({ ok: true, district: { district: 'WM4', area: 'North' } });
  });

  it('formats the postcode the standard way', () => {
    expect(lookUpPostcode('wm42ab', districts, 'Westmoor')).toMatchObject({ postcode: 'WM4 2AB' });
  });

  it.each([
    ['', 'Enter a postcode'],
    ['hello', 'Enter a real postcode, like WM1 2AB'],
    ['WM4 2AB extra', 'Enter a real postcode, like WM1 2AB'],
    ['12345', 'Enter a real postcode, like WM1 2AB'],
    ['SW1A 1AA', 'SW1A is not in Westmoor. Enter a postcode in Westmoor, like WM1 2AB'],
  ])('explains what is wrong with %j', (input, error) => {
    expect(lookUpPostcode(input, districts, 'Westmoor')).toEqual({ ok: false, error });
  });
});

describe('distances', () => {
  it('measures miles between two points', () => {
    // Plymouth Hoe to Plymouth station is about 0.9 miles as the crow flies.
    expect(milesBetween({ lat: 50.3644, lng: -4.1418 }, { lat: 50.3779, lng: -4.1433 })).toBeCloseTo(0.94, 1);
    expect(milesBetween({ lat: 50, lng: -4 }, { lat: 50, lng: -4 })).toBe(0);
  });

  it('says distances as people do', () => {
    expect(formatMiles(0.43)).toBe('0.4 miles');
    expect(formatMiles(1)).toBe('1.0 mile');
    expect(formatMiles(12.4)).toBe('12 miles');
  });
});
