/**
 * Rule conditions as sets of facts about a report, so triage tests each rule with one bitwise AND
 * instead of searching lists.
 *
 * A report states facts: each behaviour it describes, its answer (yes or no) to each yes/no
 * question, and each list it fills in. A condition holds when the report states any fact of the
 * condition's set. Each fact is one bit of a number, so both are sets of bits.
 */
import type { PolicyRule } from '../policy/policy-schema.ts';
import { BEHAVIOUR_CODES, type BehaviourCode } from '../types.ts';
import type { TriageInput } from './triage-input.ts';

/** One condition of a rule: a behaviour listed, a yes/no field, or a list that is not empty. */
export type RuleCondition = NonNullable<PolicyRule['when']['anyOf']>[number];
type ListField = Extract<RuleCondition, { hasAny: unknown }>['hasAny'];
/** The yes/no fields that have bits; the others (and frequency, time and tenure) are tested one by one. */
type BitField = 'riskOfHarm' | 'affectsOthers' | 'youngPersonInvolved' | 'safeguardingConcern' | 'immediateDanger';

// One bit per fact: 18 behaviours, then yes and no for each of 5 fields, then 2 lists (30 bits).
let nextBit = 0;
const bit = () => 1 << nextBit++;
const BEHAVIOUR_BITS = new Map<string, number>(BEHAVIOUR_CODES.map((code) => [code, bit()]));
const ANSWER_BITS: Record<BitField, { yes: number; no: number }> = {
  riskOfHarm: { yes: bit(), no: bit() },
  affectsOthers: { yes: bit(), no: bit() },
  youngPersonInvolved: { yes: bit(), no: bit() },
  safeguardingConcern: { yes: bit(), no: bit() },
  immediateDanger: { yes: bit(), no: bit() },
};
const LIST_BITS: Record<ListField, number> = { vulnerabilities: bit(), perceivedHate: bit() };

/** The fact of a yes/no answer, read as rule conditions read it: not given counts as no. */
function answer(bits: { yes: number; no: number }, value: boolean | undefined): number {
  const given = value ?? false;
  return given === true ? bits.yes : given === false ? bits.no : 0;
}

/** The fact of a filled-in list, or none. */
function filled(factBit: number, value: readonly unknown[] | undefined): number {
  return (value ?? []).length > 0 ? factBit : 0;
}

/**
 * The facts a report states: its behaviours (as triage reads them, hate incident included when a
 * motive is perceived), its answers to the yes/no fields and its filled-in lists.
 * @internal
 * @example
 * (reportFacts({ behaviours: ['drugs'], receivedAt: '2026-12-18' }, ['drugs']) & conditionFacts({ behaviourIn: ['drugs', 'violence'] })!) !== 0 //=> true
 */
export function reportFacts(input: TriageInput, behaviours: readonly BehaviourCode[]): number {
  let facts = 0;
  for (const code of behaviours) facts |= BEHAVIOUR_BITS.get(code) ?? 0;
  return (
    facts |
    answer(ANSWER_BITS.riskOfHarm, input.riskOfHarm) |
    answer(ANSWER_BITS.affectsOthers, input.affectsOthers) |
    answer(ANSWER_BITS.youngPersonInvolved, input.youngPersonInvolved) |
    answer(ANSWER_BITS.safeguardingConcern, input.safeguardingConcern) |
    answer(ANSWER_BITS.immediateDanger, input.immediateDanger) |
    filled(LIST_BITS.vulnerabilities, input.vulnerabilities) |
    filled(LIST_BITS.perceivedHate, input.perceivedHate)
  );
}

/**
 * The facts any of which makes a condition hold: it holds for a report when
 * `(reportFacts(...) & conditionFacts(condition)) !== 0`. Null for a condition outside the
 * policy schema's words (a field or list it does not know), which must be tested another way.
 * @internal
 * @example
 * conditionFacts({ field: 'riskOfHarm', is: true }) === conditionFacts({ field: 'riskOfHarm', is: false }) //=> false
 */
export function conditionFacts(condition: RuleCondition): number | null {
  if ('behaviourIn' in condition) {
    // An unknown code names a behaviour no report has: it adds no fact.
    return condition.behaviourIn.reduce((facts, code) => facts | (BEHAVIOUR_BITS.get(code) ?? 0), 0);
  }
  if ('field' in condition) {
    if (!Object.hasOwn(ANSWER_BITS, condition.field) || typeof condition.is !== 'boolean') return null;
    const bits = ANSWER_BITS[condition.field as BitField];
    return condition.is ? bits.yes : bits.no;
  }
  if ('hasAny' in condition) return Object.hasOwn(LIST_BITS, condition.hasAny) ? LIST_BITS[condition.hasAny] : null;
  return null;
}
