// Text patterns the Studio checks; each mirrors a regex in src/model, and the contract test proves they are identical.
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/i;
export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const HEX_COLOUR = /^#[0-9a-f]{6}$/i;
export const LINK_HREF = /^(https?:\/\/|mailto:|tel:|\/)/;
export const SITE_PATH = /^\/[^\s]*$/;
export const QUESTION_KEY = /^[a-z][a-z0-9-]*$/;
export const OPTION_VALUE = /^[a-z0-9-]+$/;
export const SHA256_HEX = /^[a-f0-9]{64}$/;
/** zod's z.uuid(): RFC 9562 versions 1–8 with the RFC variant, plus the nil and max UUIDs. */
export const UUID =
  /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
