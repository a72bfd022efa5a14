import { FREQUENCY_ANSWERS } from '../types.ts';

/**
 * The fixed answers a tenant can choose in a report (besides the shared `BEHAVIOUR_CODES` and
 * `HATE_STRANDS` of core/types.ts). Each array is the single source of its union, so the schema
 * and the `<asb-report-form>` widget enumerate the same values.
 */

/**
 * How often the behaviour happens.
 * @example
 * FREQUENCIES.includes('weekly') //=> true
 */
export const FREQUENCIES = FREQUENCY_ANSWERS;
export type Frequency = (typeof FREQUENCIES)[number];

/**
 * Whether the behaviour is still happening.
 * @example
 * STILL_HAPPENING //=> ['yes', 'no', 'not-sure']
 */
export const STILL_HAPPENING = ['yes', 'no', 'not-sure'] as const;
export type StillHappening = (typeof STILL_HAPPENING)[number];

/**
 * Circumstances of the reporter or their household that may make them more vulnerable to harm.
 * @example
 * VULNERABILITY_CODES.includes('children-in-household') //=> true
 */
export const VULNERABILITY_CODES = [
  'disability',
  'mental-health',
  'older-person',
  'children-in-household',
  'pregnancy',
  'long-term-illness',
  'other',
] as const;
export type VulnerabilityCode = (typeof VULNERABILITY_CODES)[number];

/**
 * Age group of the person reported (10-17 matters: Plus Dane "Young People").
 * @example
 * AGE_GROUPS //=> ['under-10', '10-17', '18-or-over', 'not-sure']
 */
export const AGE_GROUPS = ['under-10', '10-17', '18-or-over', 'not-sure'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/**
 * Ways the reporter agrees to be contacted.
 * @example
 * CONTACT_METHODS //=> ['phone', 'email', 'text', 'letter']
 */
export const CONTACT_METHODS = ['phone', 'email', 'text', 'letter'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];
