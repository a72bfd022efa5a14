import { cachePerPolicy } from '../policy/cache-per-policy.ts';
import type { Policy, PolicyLevel, PolicyRule } from '../policy/policy-schema.ts';
import type { BehaviourCode, RiskLevel } from '../types.ts';
import { conditionFacts } from './report-facts.ts';

/** Where a policy places a behaviour inside ASB: the level, and the policy text that says so. */
export interface Placement {
  level: PolicyLevel;
  source: string;
}

/** A behaviour the policy handles outside ASB (an entry of `policy.outsideAsb.behaviours`). */
export type OutsidePlacement = Policy['outsideAsb']['behaviours'][number];

/**
 * A triage rule of the policy with its optional parts filled in, so every rule has one shape, and
 * its conditions as sets of report facts (see `report-facts.ts`).
 */
export interface IndexedRule {
  /** The facts any of which satisfies `when.anyOf`; null when the rule has no `anyOf`. */
  anyOf: number | null;
  /** For each condition of `when.allOf`, the facts any of which satisfies it; null when none. */
  allOf: readonly number[] | null;
  /**
   * The rule's own conditions when one of them is outside the schema's words (a policy that was
   * not validated), to be tested one by one; null otherwise.
   */
  when: PolicyRule['when'] | null;
  raiseTo: RiskLevel | undefined;
  flags: readonly string[];
  routes: readonly string[];
  prompts: readonly string[];
  reason: string;
  source: string;
}

/** What `triage` looks up in a policy, indexed once per policy object. */
export interface TriagePolicyIndex {
  /** The rules, in policy order. */
  rules: readonly IndexedRule[];
  /** Behaviour → the first level that lists it. */
  placements: ReadonlyMap<BehaviourCode, Placement>;
  /** Behaviour → its first entry in the outside-ASB list. */
  outside: ReadonlyMap<BehaviourCode, OutsidePlacement>;
  /** Risk level → the first level definition for it. */
  levels: ReadonlyMap<RiskLevel, PolicyLevel>;
  /**
   * The policy's first-contact deadline rule when it has `unlessFlags` (an anonymous report has no
   * one to contact): triage then gives no first-contact date for a report with one of them.
   */
  firstContactUnless: { flags: readonly string[]; source: string } | null;
}

/** A rule's conditions as sets of facts, or as they are when some cannot be written as facts. */
function conditionsAsFacts(when: PolicyRule['when']): Pick<IndexedRule, 'anyOf' | 'allOf' | 'when'> {
  const anyOf = when.anyOf?.map(conditionFacts);
  const allOf = when.allOf?.map(conditionFacts);
  if (anyOf?.includes(null) || allOf?.includes(null)) return { anyOf: null, allOf: null, when };
  return {
    anyOf: anyOf === undefined ? null : anyOf.reduce<number>((facts, f) => facts | f!, 0),
    allOf: allOf === undefined ? null : (allOf as number[]),
    when: null,
  };
}

/** Sets `key` unless it is already set: the first entry wins, as a search in policy order finds it. */
function setFirst<K, V>(map: Map<K, V>, key: K, value: V): void {
  if (!map.has(key)) map.set(key, value);
}

/**
 * The policy's levels, placements and outside-ASB behaviours as maps, so triage finds each in one
 * look-up instead of searching the lists, and its rules in one shape with their conditions as sets
 * of facts. Built once per policy object and cached by identity: policies are treated as
 * immutable (see `cachePerPolicy`), so edit a copy, not the policy itself. Missing parts give
 * empty maps: triage throws for them when it needs them, as before.
 *
 * @internal
 * @example
 * triagePolicyIndex(policies['plus-dane']).placements.get('violence')?.level.label //=> 'Level 1 High Risk'
 */
export const triagePolicyIndex = cachePerPolicy((policy): TriagePolicyIndex => {
  const placements = new Map<BehaviourCode, Placement>();
  const levels = new Map<RiskLevel, PolicyLevel>();
  for (const level of policy.levels ?? []) {
    setFirst(levels, level.level, level);
    for (const b of level.behaviours ?? []) setFirst(placements, b.code, { level, source: b.source });
  }
  const outside = new Map<BehaviourCode, OutsidePlacement>();
  for (const b of policy.outsideAsb?.behaviours ?? []) setFirst(outside, b.code, b);
  const rules = (policy.rules ?? []).map(
    ({ when, then, reason, source }): IndexedRule => ({
      ...conditionsAsFacts(when),
      raiseTo: then.raiseTo,
      flags: then.flags ?? [],
      routes: then.routes ?? [],
      prompts: then.prompts ?? [],
      reason,
      source,
    }),
  );
  const firstContact = (policy.deadlines ?? []).find((d) => d.type === 'first-contact' && d.unlessFlags !== undefined && d.unlessFlags.length > 0);
  const firstContactUnless = firstContact ? { flags: firstContact.unlessFlags!, source: firstContact.source } : null;
  return { rules, placements, outside, levels, firstContactUnless };
});
