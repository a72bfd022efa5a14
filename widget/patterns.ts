import { PHONE_PATTERN, POSTCODE_PATTERN, TIME_PATTERN } from '../core/index.ts';

/**
 * The formats the form checks, the same as the core's report schema checks them
 * (find-errors.test.ts proves the form and the schema agree). The email pattern is zod's, which
 * the core reaches only through z.email(): importing zod here would cost the widget 10 KB.
 */
export const PATTERNS = {
  /** zod's email pattern, which the report schema uses. */
  email: /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/,
  phone: PHONE_PATTERN,
  postcode: POSTCODE_PATTERN,
  time: TIME_PATTERN,
};
