import * as z from 'zod/mini';
import { BEHAVIOUR_CODES, HATE_STRANDS, type BehaviourCode, type HateStrand } from '../types.ts';
import { isIsoDateOrDateTime } from '../iso-date-strings.ts';
import { parseOrThrow } from '../validation-error.ts';

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
}

const isBlank = (value: unknown): boolean => value === undefined || (typeof value === 'string' && value.trim() === '');

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
      z.refine(isIsoDateOrDateTime, {
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
