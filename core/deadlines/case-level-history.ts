import type { Policy } from '../policy/policy-schema.ts';
import type { IsoDate, IsoDateTime, RiskLevel } from '../types.ts';
import { deadlinePolicyIndex } from './deadline-policy-index.ts';
import { readCase } from './read-case.ts';
import type { CaseInput } from './read-case.ts';

/** One level a case has had: the level at receipt, or a reclassification. */
export interface CaseLevelChange {
  level: RiskLevel;
  /** The policy's name for the level: "Level 1 High Risk". */
  label: string;
  /** London date the level took effect (the receipt date for the first entry). */
  from: IsoDate;
  /** The reclassification as recorded (`at` of its event); null for the level at receipt. */
  at: IsoDateTime | null;
  /** Why the level changed, in the officer's words; null for the level at receipt. */
  reason: string | null;
  /** The level before this change; null for the level at receipt. */
  previous: RiskLevel | null;
}

/**
 * A case's level history as of `today`: the level at receipt (`c.level`), then each
 * `{ type: 'case-reclassified', at, level, reason }` event dated from the receipt date to today,
 * oldest first (same-day changes in the order given). The last entry is the level in force today,
 * the one `caseDeadlines` and `caseChecklist` apply to rules limited to some levels.
 *
 * Throws an `Error` naming the field for bad input, as `caseDeadlines` does: a reclassification
 * with a missing or empty reason (`events[2].reason: is required`) or an unknown level
 * (`events[2].level: unknown level "urgent" ...`), or a level the policy does not define.
 *
 * @example
 * caseLevelHistory(
 *   { reference: 'PD-1', receivedAt: '2026-12-18T16:05:00Z', level: 'low',
 *     events: [{ type: 'case-reclassified', at: '2026-12-24T11:00:00Z', level: 'high', reason: 'Threats of violence at the second visit' }] },
 *   plusDane,
 *   { today: '2026-12-29' },
 * )
 * //=> [{ level: 'low', label: 'Level 3 Low Risk', from: '2026-12-18', at: null, reason: null, previous: null },
 * //    { level: 'high', label: 'Level 1 High Risk', from: '2026-12-24', at: '2026-12-24T11:00:00Z',
 * //      reason: 'Threats of violence at the second visit', previous: 'low' }]
 */
export function caseLevelHistory(c: CaseInput, policy: Policy, opts: { today: IsoDateTime }): CaseLevelChange[] {
  const facts = readCase(c, opts?.today);
  const levels = deadlinePolicyIndex(policy).levels;
  const out: CaseLevelChange[] = [];
  for (const period of facts.levelHistory) {
    if (period.fromDay > facts.todayDay) break;
    const def = levels.get(period.level);
    if (!def) throw new Error(`levels: the policy has no level "${period.level}"`);
    out.push({
      level: period.level,
      label: def.label,
      from: period.from,
      at: period.at,
      reason: period.reason,
      previous: out.length === 0 ? null : out[out.length - 1]!.level,
    });
  }
  return out;
}
