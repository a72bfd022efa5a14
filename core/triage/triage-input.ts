import * as z from 'zod/mini';
import {
  BEHAVIOUR_CODES,
  FREQUENCY_ANSWERS,
  HATE_STRANDS,
  REPORTER_TENURES,
  type BehaviourCode,
  type FrequencyAnswer,
  type HateStrand,
  type ReporterTenure,
} from '../types.ts';
import { isStrictIsoDateOrDateTime } from '../calendar/to-london-date.ts';
import { parseOrThrow } from '../validation-error.ts';
import type { WordsAddition } from '../reading/read-report-words.ts';

/**
 * What triage reads from a report (core contract, "Triage"), plus three optional facts the
 * report form can tell: a young person involved, a safeguarding concern, immediate danger.
 * @example
 * const input: TriageInput = { behaviours: ['noise-excessive'], receivedAt: '2026-12-18T16:05:00Z', riskOfHarm: false };
 * parseTriageInput(input) //=> { behaviours: ['noise-excessive'], receivedAt: '2026-12-18T16:05:00Z', riskOfHarm: false }
 */
export interface TriageInput {
  /** At least one. */
  behaviours: BehaviourCode[];
  /** Date-time (or date) the report was received. */
  receivedAt: string;
  /** Anyone at risk of personal harm. */
  riskOfHarm?: boolean;
  /** Hate motive perceived by the reporter or anyone else. */
  perceivedHate?: HateStrand[];
  /** The behaviour affects people beyond the parties to a dispute. */
  affectsOthers?: boolean;
  vulnerabilities?: string[];
  /** The person reported is aged 10 to 17 (Plus Dane "Young People"). */
  youngPersonInvolved?: boolean;
  /** A child or adult may need safeguarding (Plus Dane "Safeguarding"). */
  safeguardingConcern?: boolean;
  /** Someone was in immediate danger when the report was made. */
  immediateDanger?: boolean;
  /** The reporter gave no name or contact details (003, 4.2 Other definitions). */
  anonymous?: boolean;
  /** How often it happens, as the report form asks. */
  frequency?: FrequencyAnswer;
  /** Times of day incidents happened, HH:MM on the 24-hour clock, Europe/London (diary entries). */
  incidentTimes?: string[];
  /** Who is reporting, by tenure (003, 1 Policy Statement). */
  reporterTenure?: ReporterTenure;
  /** The person reported is one of the landlord's tenants (003, 1 Policy Statement). */
  reportedPersonIsTenant?: boolean;
  /** In a dispute between neighbours, one side is clearly a victim (003, Neighbour Disputes). */
  clearVictim?: boolean;
  /** The officer considers the report may be malicious or vexatious (003, Reporting ASB and 20). */
  maliciousConcern?: boolean;
  /** Signs of modern slavery or human trafficking (003, 27). */
  modernSlaveryConcern?: boolean;
  /** What the reporter's own words added to what they stated (see readReportWords), shown with the triage. */
  fromWords?: WordsAddition[];
}

const isBlank = (value: unknown): boolean => value === undefined || (typeof value === 'string' && value.trim() === '');

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const KNOWN_FREQUENCIES: ReadonlySet<unknown> = new Set(FREQUENCY_ANSWERS);
const KNOWN_TENURES: ReadonlySet<unknown> = new Set(REPORTER_TENURES);

const flag = z.optional(z.boolean({ error: 'must be true or false' }));

/**
 * zod/mini schema of {@link TriageInput}: behaviours known and at least one, `receivedAt` a real
 * date or date-time, hate strands known, vulnerabilities non-empty strings. Unknown fields are
 * dropped, not refused (a case record may be passed as it is).
 *
 * @example
 * triageInputSchema.safeParse({ behaviours: ['drugs'], receivedAt: '2026-12-18T16:05:00Z' }).success //=> true
 */
export const triageInputSchema = z.object({
  behaviours: z
    .array(
      z.enum(BEHAVIOUR_CODES, {
        error: (issue) => (isBlank(issue.input) ? 'behaviour is missing' : `unknown behaviour ${JSON.stringify(issue.input)}`),
      }),
      { error: (issue) => (issue.input === undefined ? 'at least one behaviour is required' : 'must be a list of behaviour codes') },
    )
    .check(z.minLength(1, 'at least one behaviour is required')),
  receivedAt: z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a date or date-time string') })
    .check(
      z.trim(),
      z.minLength(1, { error: 'is required', abort: true }),
      z.refine(isStrictIsoDateOrDateTime, {
        error: (issue) =>
          `must be a real date (YYYY-MM-DD) or ISO 8601 date-time (like 2026-12-18T16:05:00Z), not ${JSON.stringify(issue.input)}`,
      }),
    ),
  riskOfHarm: flag,
  perceivedHate: z.optional(
    z.array(
      z.enum(HATE_STRANDS, { error: (issue) => `unknown hate strand ${JSON.stringify(issue.input)}` }),
      { error: 'must be a list of hate strands' },
    ),
  ),
  affectsOthers: flag,
  vulnerabilities: z.optional(
    z.array(
      z.string({ error: 'must be text' }).check(z.trim(), z.minLength(1, 'must not be empty')),
      { error: 'must be a list of text' },
    ),
  ),
  youngPersonInvolved: flag,
  safeguardingConcern: flag,
  immediateDanger: flag,
  anonymous: flag,
  frequency: z.optional(z.enum(FREQUENCY_ANSWERS, { error: (issue) => `unknown frequency ${JSON.stringify(issue.input)}` })),
  incidentTimes: z.optional(
    z.array(z.string({ error: 'must be a time HH:MM' }).check(z.regex(CLOCK_TIME, 'must be a time HH:MM on the 24-hour clock')), {
      error: 'must be a list of times HH:MM',
    }),
  ),
  reporterTenure: z.optional(z.enum(REPORTER_TENURES, { error: (issue) => `unknown tenure ${JSON.stringify(issue.input)}` })),
  reportedPersonIsTenant: flag,
  clearVictim: flag,
  maliciousConcern: flag,
  modernSlaveryConcern: flag,
  fromWords: z.optional(
    z.array(
      z.object({
        adds: z.string({ error: 'must be text' }).check(z.minLength(1, 'must not be empty')),
        field: z.string({ error: 'must be text' }).check(z.minLength(1, 'must not be empty')),
        evidence: z.array(
          z.object({
            phrase: z.string({ error: 'must be text' }),
            meaning: z.string({ error: 'must be text' }),
            start: z.number({ error: 'must be a number' }).check(z.int(), z.gte(0)),
            end: z.number({ error: 'must be a number' }).check(z.int(), z.gte(0)),
          }),
          { error: 'must be a list of phrases' },
        ),
        reason: z.string({ error: 'must be text' }).check(z.minLength(1, 'must not be empty')),
      }),
      { error: 'must be a list of what the words add' },
    ),
  ),
});

// The schema and the interface must describe the same thing.
true satisfies z.infer<typeof triageInputSchema> extends TriageInput ? (TriageInput extends z.infer<typeof triageInputSchema> ? true : false) : false;

/**
 * Validates a triage input; throws an `Error` naming each offending field.
 *
 * @example
 * parseTriageInput({ behaviours: ['karaoke'], receivedAt: '2026-12-18' })
 * //=> throws ValidationError 'behaviours[0]: unknown behaviour "karaoke"'
 */
export function parseTriageInput(input: unknown): TriageInput {
  return parseOrThrow(triageInputSchema, input, { root: 'report' });
}

const KNOWN_BEHAVIOURS: ReadonlySet<unknown> = new Set(BEHAVIOUR_CODES);
const KNOWN_HATE_STRANDS: ReadonlySet<unknown> = new Set(HATE_STRANDS);

const isOptionalFlag = (value: unknown): boolean => value === undefined || typeof value === 'boolean';

/** Whether `value` is a list whose every item passes `check` (holes fail it). */
function isListOf(value: unknown, check: (item: unknown) => boolean): value is unknown[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!check(value[i])) return false;
  return true;
}

const isTrimmedText = (value: unknown): boolean => typeof value === 'string' && value !== '' && value.trim() === value;

/**
 * Whether `input` already has exactly the shape {@link triageInputSchema} accepts and would return
 * unchanged (nothing to trim), checked by hand because most callers pass valid input.
 */
function isPlainValidTriageInput(input: unknown): input is TriageInput {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return false;
  const report = input as Record<keyof TriageInput, unknown>;
  return (
    isListOf(report.behaviours, (code) => KNOWN_BEHAVIOURS.has(code)) &&
    report.behaviours.length > 0 &&
    isTrimmedText(report.receivedAt) &&
    isStrictIsoDateOrDateTime(report.receivedAt as string) &&
    isOptionalFlag(report.riskOfHarm) &&
    isOptionalFlag(report.affectsOthers) &&
    isOptionalFlag(report.youngPersonInvolved) &&
    isOptionalFlag(report.safeguardingConcern) &&
    isOptionalFlag(report.immediateDanger) &&
    isOptionalFlag(report.anonymous) &&
    isOptionalFlag(report.reportedPersonIsTenant) &&
    isOptionalFlag(report.clearVictim) &&
    isOptionalFlag(report.maliciousConcern) &&
    isOptionalFlag(report.modernSlaveryConcern) &&
    (report.frequency === undefined || KNOWN_FREQUENCIES.has(report.frequency)) &&
    (report.reporterTenure === undefined || KNOWN_TENURES.has(report.reporterTenure)) &&
    (report.incidentTimes === undefined || isListOf(report.incidentTimes, (t) => typeof t === 'string' && CLOCK_TIME.test(t))) &&
    (report.perceivedHate === undefined || isListOf(report.perceivedHate, (strand) => KNOWN_HATE_STRANDS.has(strand))) &&
    (report.vulnerabilities === undefined || isListOf(report.vulnerabilities, isTrimmedText)) &&
    report.fromWords === undefined
  );
}

/**
 * {@link parseTriageInput} for triage's own use: the same checks and the same errors, but input
 * of the common valid shape is read by hand, without zod. The result has only the known fields,
 * with the same values `parseTriageInput` gives (its lists may be the caller's own: read only).
 * @internal
 * @example
 * readTriageInput({ behaviours: ['drugs'], receivedAt: '2026-12-18', extra: 1 }) //=> { behaviours: ['drugs'], receivedAt: '2026-12-18' }
 */
export function readTriageInput(input: unknown): TriageInput {
  if (!isPlainValidTriageInput(input)) return parseTriageInput(input);
  const result: TriageInput = { behaviours: input.behaviours, receivedAt: input.receivedAt };
  if (input.riskOfHarm !== undefined) result.riskOfHarm = input.riskOfHarm;
  if (input.perceivedHate !== undefined) result.perceivedHate = input.perceivedHate;
  if (input.affectsOthers !== undefined) result.affectsOthers = input.affectsOthers;
  if (input.vulnerabilities !== undefined) result.vulnerabilities = input.vulnerabilities;
  if (input.youngPersonInvolved !== undefined) result.youngPersonInvolved = input.youngPersonInvolved;
  if (input.safeguardingConcern !== undefined) result.safeguardingConcern = input.safeguardingConcern;
  if (input.immediateDanger !== undefined) result.immediateDanger = input.immediateDanger;
  if (input.anonymous !== undefined) result.anonymous = input.anonymous;
  if (input.frequency !== undefined) result.frequency = input.frequency;
  if (input.incidentTimes !== undefined) result.incidentTimes = input.incidentTimes;
  if (input.reporterTenure !== undefined) result.reporterTenure = input.reporterTenure;
  if (input.reportedPersonIsTenant !== undefined) result.reportedPersonIsTenant = input.reportedPersonIsTenant;
  if (input.clearVictim !== undefined) result.clearVictim = input.clearVictim;
  if (input.maliciousConcern !== undefined) result.maliciousConcern = input.maliciousConcern;
  if (input.modernSlaveryConcern !== undefined) result.modernSlaveryConcern = input.modernSlaveryConcern;
  return result;
}
