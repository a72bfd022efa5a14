import { cachePerPolicy } from '../policy/cache-per-policy.ts';
import type { DeadlineRule, PolicyLevel } from '../policy/policy-schema.ts';
import type { RiskLevel } from '../types.ts';

/** What every deadline entry starts with, taken from its rule (`decided` only when the rule has it). */
export interface DeadlineBase {
  id: string;
  label: string;
  basis: string;
  decided?: string;
}

/**
 * A deadline rule of the policy with the fields every rule has lifted out, in one shape for all
 * rule types, and the start of its entries made once. `type` narrows `rule`.
 */
export type IndexedDeadline = {
  [T in DeadlineRule['type']]: {
    type: T;
    /** The policy's own rule, for the fields of its type. */
    rule: Extract<DeadlineRule, { type: T }>;
    completedBy: string;
    levels: readonly string[] | undefined;
    whenFlags: readonly string[] | undefined;
    unlessFlags: readonly string[] | undefined;
    /** The rule's `explanationRequired`, as a boolean. */
    explanationRequired: boolean;
    /** The rule's `dateFrom` is `'appointmentAt'`. */
    byAppointment: boolean;
    /** The rule's `after` events as a set (empty for rules without triggers). */
    after: ReadonlySet<string>;
    /** Read only: copy it into each entry (`{ ...base }`), never hand it out. */
    base: Readonly<DeadlineBase>;
  };
}[DeadlineRule['type']];

/** What `caseDeadlines` looks up in a policy, indexed once per policy object. */
export interface DeadlinePolicyIndex {
  /** The deadline rules, in policy order. */
  rules: readonly IndexedDeadline[];
  /** Risk level → the first level definition for it (for first-contact targets). */
  levels: ReadonlyMap<RiskLevel, PolicyLevel>;
}

function indexRule(rule: DeadlineRule): IndexedDeadline {
  const base: DeadlineBase = rule.decided
    ? { id: rule.id, label: rule.label, basis: rule.source, decided: rule.decided }
    : { id: rule.id, label: rule.label, basis: rule.source };
  return {
    type: rule.type,
    rule,
    completedBy: rule.completedBy,
    levels: rule.levels,
    whenFlags: rule.whenFlags,
    unlessFlags: rule.unlessFlags,
    explanationRequired: rule.explanationRequired === true,
    byAppointment: rule.dateFrom === 'appointmentAt',
    after: new Set('after' in rule ? rule.after : []),
    base,
  } as IndexedDeadline;
}

/**
 * The policy's deadline rules in one uniform shape (see {@link IndexedDeadline}) and its levels
 * by risk level, so `caseDeadlines` does not rebuild or search them on every call. Built once per
 * policy object and cached by identity: policies are treated as immutable (see `cachePerPolicy`),
 * so edit a copy, not the policy itself.
 *
 * @internal
 * @example
 * deadlinePolicyIndex(policies['co-op-homes']).rules[0]
 * //=> { type: 'first-contact', rule: {...}, completedBy: 'complainant-contacted', levels: undefined,
 * //     whenFlags: undefined, base: { id: 'first-contact', label: 'Contact the complainant',
 * //     basis: '002 Co-op Homes procedure, 2.3 and Service Standards' } }
 */
export const deadlinePolicyIndex = cachePerPolicy((policy): DeadlinePolicyIndex => {
  const levels = new Map<RiskLevel, PolicyLevel>();
  for (const level of policy.levels ?? []) if (!levels.has(level.level)) levels.set(level.level, level);
  return { rules: (policy.deadlines ?? []).map(indexRule), levels };
});
