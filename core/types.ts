/**
 * The names every surface shares (core contract, "Names shared by every surface").
 * The arrays are the single source of each union, so schemas and UIs enumerate them.
 */

/** Risk levels, most serious first. */
export const RISK_LEVELS = ['high', 'medium', 'low'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** UK bank-holiday regions, spelled as gov.uk spells its divisions. */
export const REGIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export type Region = (typeof REGIONS)[number];

export const BEHAVIOUR_CODES = [
  'violence',
  'hate-incident',
  'domestic-abuse',
  'harassment',
  'verbal-abuse',
  'property-damage',
  'drugs',
  'alcohol',
  'prostitution',
  'criminal-behaviour',
  'noise-everyday',
  'noise-excessive',
  'animal-nuisance',
  'vehicle-nuisance',
  'garden-nuisance',
  'communal-areas',
  'neighbour-dispute',
  'other',
] as const;
export type BehaviourCode = (typeof BEHAVIOUR_CODES)[number];

export const HATE_STRANDS = ['race', 'religion', 'disability', 'sexual-orientation', 'transgender', 'other'] as const;
export type HateStrand = (typeof HATE_STRANDS)[number];

/**
 * Yes/no answers about a report that policy rules can test (`{ field, is }`): the contract's
 * `riskOfHarm` and `affectsOthers`, and facts the form or the officer can add.
 * @example
 * CONDITION_FIELDS.includes('anonymous') //=> true
 */
export const CONDITION_FIELDS = [
  'riskOfHarm',
  'affectsOthers',
  'youngPersonInvolved',
  'safeguardingConcern',
  'immediateDanger',
  'anonymous',
  'clearVictim',
  'reportedPersonIsTenant',
  'maliciousConcern',
  'modernSlaveryConcern',
] as const;
export type ConditionField = (typeof CONDITION_FIELDS)[number];

/**
 * How often the behaviour happens, as a report answers (the report form's own list), for rules'
 * `frequencyIn` conditions.
 * @example
 * FREQUENCY_ANSWERS[1] //=> 'daily'
 */
export const FREQUENCY_ANSWERS = ['once', 'daily', 'several-times-a-week', 'weekly', 'monthly', 'less-often', 'not-sure'] as const;
export type FrequencyAnswer = (typeof FREQUENCY_ANSWERS)[number];

/**
 * Who is reporting, by tenure (003, 1 Policy Statement treats shared owners and leaseholders
 * apart), for rules' `reporterIn` conditions.
 * @example
 * REPORTER_TENURES //=> ['tenant', 'shared-owner', 'leaseholder', 'non-customer']
 */
export const REPORTER_TENURES = ['tenant', 'shared-owner', 'leaseholder', 'non-customer'] as const;
export type ReporterTenure = (typeof REPORTER_TENURES)[number];

/** A calendar date in Europe/London, `'YYYY-MM-DD'`. */
export type IsoDate = string;
/** An ISO 8601 date-time (or a bare date); without an offset it is Europe/London local time. */
export type IsoDateTime = string;

/**
 * Rank of a level: higher is more serious.
 * @example
 * levelRank('high') //=> 3
 */
export function levelRank(level: RiskLevel): number {
  return RISK_LEVELS.length - RISK_LEVELS.indexOf(level);
}

/**
 * The more serious of two levels (either may be null).
 * @example
 * moreSerious('low', 'medium') //=> 'medium'
 * moreSerious(null, 'low')     //=> 'low'
 */
export function moreSerious(a: RiskLevel | null, b: RiskLevel | null): RiskLevel | null {
  if (a === null) return b;
  if (b === null) return a;
  return levelRank(a) >= levelRank(b) ? a : b;
}
