import type { CaseFacts } from './read-case.ts';

/**
 * Whether a deadline rule or checklist step applies to a case: its `levels` (when given) include
 * the case's level, and the case carries at least one of its `whenFlags` (when given). An empty
 * list matches nothing.
 *
 * @example
 * ruleApplies({ levels: ['high'], whenFlags: ['hate-incident'] }, { level: 'high', flags: new Set(['hate-incident']) })
 * //=> true
 */
export function ruleApplies(
  rule: { levels?: readonly string[] | undefined; whenFlags?: readonly string[] | undefined },
  facts: Pick<CaseFacts, 'level' | 'flags'>,
): boolean {
  if (rule.levels && !rule.levels.includes(facts.level)) return false;
  if (rule.whenFlags && !rule.whenFlags.some((flag) => facts.flags.has(flag))) return false;
  return true;
}
