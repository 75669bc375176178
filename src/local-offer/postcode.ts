// UK postcodes typed by people: normalise, validate, and find the district centroid from the shipped table.
import { z } from 'zod';

export const PostcodeDistrict = z.object({
  district: z.string().regex(/^[A-Z]{1,2}\d[A-Z\d]?$/),
  lat: z.number(),
  lng: z.number(),
  area: z.string().min(1),
});
export type PostcodeDistrict = z.infer<typeof PostcodeDistrict>;
export const PostcodeDistricts = z.array(PostcodeDistrict);

const FULL = /^([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})$/;
const OUTWARD_ONLY = /^([A-Z]{1,2}\d[A-Z\d]?)$/;

export type PostcodeResult =
  | { ok: true; postcode: string; district: PostcodeDistrict }
  | { ok: false; error: string };

/** Accepts a full postcode ("wm4 2ab", "WM42AB") or just its district ("WM4"). */
export function lookUpPostcode(input: string, districts: readonly PostcodeDistrict[], areaName: string): PostcodeResult {
  const compact = input.toUpperCase().replace(/\s+/g, '');
  if (compact === '') return { ok: false, error: 'Enter a postcode' };
  const example = districts[0] ? `${districts[0].district} 2AB` : 'WM4 2AB';
  const full = FULL.exec(compact);
  const outward = full?.[1] ?? OUTWARD_ONLY.exec(compact)?.[1];
  if (!outward || compact.length > 8) return { ok: false, error: `Enter a real postcode, like ${example}` };
  const district = districts.find((d) => d.district === outward);
  if (!district) {
    return { ok: false, error: `${outward} is not in ${areaName}. Enter a postcode in ${areaName}, like ${example}` };
  }
  return { ok: true, postcode: full ? `${full[1]} ${full[2]}` : outward, district };
}
