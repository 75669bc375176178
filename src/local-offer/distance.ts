// Straight-line distance between two points on the Earth, for ordering services "near me".
export interface Point {
  lat: number;
  lng: number;
}

const EARTH_RADIUS_MILES = 3958.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

export function milesBetween(a: Point, b: Point): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** "0.4 miles", "12 miles": one decimal under 10 miles, whole miles above. */
export function formatMiles(miles: number): string {
  const value = miles < 10 ? miles.toFixed(1) : Math.round(miles).toString();
  return `${value} ${value === '1.0' ? 'mile' : 'miles'}`;
}
