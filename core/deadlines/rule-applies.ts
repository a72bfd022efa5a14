import type { CaseFacts } from './read-case.ts';

/**
 * Whether a deadline rule or checklist step applies to a case: its `levels` (when given) include
 * the case's level, the case carries at least one of its `whenFlags` (when given) and none of its
 * `unlessFlags`. An empty `levels` or `whenFlags` list matches nothing.
 *
 * @example
 * ruleApplies({ levels: ['high'], whenFlags: ['hate-incident'] }, { level: 'high', flags: new Set(['hate-incident']) })
 * //=> true
 */
export function ruleApplies(
  rule: { levels?: readonly string[] | undefined; whenFlags?: readonly string[] | undefined; unlessFlags?: readonly string[] | undefined },
  facts: Pick<CaseFacts, 'level' | 'flags'>,
): boolean {
  return levelApplies(rule, facts.level) && flagsApply(rule, facts);
}

/**
 * Whether a rule's `levels` (when given) include this level.
 * @example
 * levelApplies({ levels: ['high'] }, 'low') //=> false
 */
export function levelApplies(rule: { levels?: readonly string[] | undefined }, level: string): boolean {
  return !rule.levels || rule.levels.includes(level);
}

/**
 * Whether the case carries one of the rule's `whenFlags` (when given) and none of its `unlessFlags`.
 * @example
 * flagsApply({ unlessFlags: ['anonymous'] }, { flags: new Set(['anonymous']) }) //=> false
 */
export function flagsApply(
  rule: { whenFlags?: readonly string[] | undefined; unlessFlags?: readonly string[] | undefined },
  facts: Pick<CaseFacts, 'flags'>,
): boolean {
  if (rule.whenFlags && !rule.whenFlags.some((flag) => facts.flags.has(flag))) return false;
  if (rule.unlessFlags && rule.unlessFlags.some((flag) => facts.flags.has(flag))) return false;
  return true;
}
