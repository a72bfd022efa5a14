import * as z from 'zod/mini';
import { RISK_LEVELS } from '../../core/index.ts';
import type { RiskLevel } from '../../core/index.ts';

/** The most a reason may be: a paragraph, not a document. */
export const REASON_MAX_LENGTH = 1000;

const schema = z.object({
  level: z.enum(RISK_LEVELS, { error: 'New level: choose the level the case moves to' }),
  reason: z
    .string({ error: 'Reason: enter why the level changes' })
    .check(
      z.trim(),
      z.minLength(1, 'Reason: enter why the level changes'),
      z.maxLength(REASON_MAX_LENGTH, `Reason: use ${REASON_MAX_LENGTH} characters or fewer`),
    ),
});

/** A checked level change: the new level and the reason, trimmed. */
export interface LevelChange {
  level: RiskLevel;
  reason: string;
}

/** The form's errors by field, each naming its field ("Reason: enter why the level changes"). */
export type LevelChangeErrors = Partial<Record<'level' | 'reason', string>>;

/**
 * Checks the side panel's "Change the level" form with zod: a level the policy has and not the one
 * in force, and a reason (002 3.6 and 003 ask why a case is re-categorised). Every error names its
 * field, so the form can show each beside its input.
 *
 * @example
 * readLevelChange({ level: 'high', reason: ' Threats at the visit ' }, { current: 'low', levels: ['high', 'medium', 'low'] })
 * //=> { ok: true, value: { level: 'high', reason: 'Threats at the visit' } }
 * readLevelChange({ level: 'high', reason: '' }, { current: 'low', levels: ['high', 'medium', 'low'] })
 * //=> { ok: false, errors: { reason: 'Reason: enter why the level changes' } }
 */
export function readLevelChange(
  input: { level: unknown; reason: unknown },
  context: { current: RiskLevel | null; levels: readonly RiskLevel[] },
): { ok: true; value: LevelChange } | { ok: false; errors: LevelChangeErrors } {
  const errors: LevelChangeErrors = {};
  const parsed = z.safeParse(schema, { level: input.level === '' ? undefined : input.level, reason: input.reason });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if ((field === 'level' || field === 'reason') && errors[field] === undefined) errors[field] = issue.message;
    }
    return { ok: false, errors };
  }
  const { level, reason } = parsed.data;
  if (!context.levels.includes(level)) errors.level = 'New level: choose one of the policy’s levels';
  else if (level === context.current) errors.level = 'New level: choose a level other than the one the case has now';
  if (errors.level) return { ok: false, errors };
  return { ok: true, value: { level, reason } };
}
