/**
 * The formats the form checks, the same as the core's report schema checks them (the core
 * does not export its patterns; find-errors.test.ts proves the form and the schema agree).
 */
export const PATTERNS = {
  /** zod's email pattern, which the report schema uses. */
  email: /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/,
  /** A UK or international phone number: 10 to 15 digits, spaces, brackets, dashes and a leading +. */
  phone: /^\+?(?:[\s()-]*\d){10,15}[\s()-]*$/,
  /** A UK postcode, any case, with or without the space. */
  postcode: /^[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}$/,
  /** HH:MM, 24-hour clock. */
  time: /^([01]\d|2[0-3]):[0-5]\d$/,
};
