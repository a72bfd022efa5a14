import type { CaseMatch, Policy, PolicyLetterRules } from '../policy/policy-schema.ts';

/**
 * What a letter needs to know about the case it is for: the triage flags
 * (`TriageResult.flags`) and the behaviours reported. Letters that depend on the case read it:
 * no mediation in a hate, domestic abuse or violence case; a confirmation that writing is safe
 * before a letter goes to the address in a domestic abuse case.
 *
 * @example
 * const letterCase: LetterCase = { flags: ['domestic-abuse'], behaviours: ['domestic-abuse'] };
 */
export interface LetterCase {
  flags?: readonly string[] | undefined;
  behaviours?: readonly string[] | undefined;
}

const SEEDS_ON_MEDIATION =
  '000 Habinteg (Housing Ombudsman: severe maladministration of a race-hate ASB report; correct categories); 002 Co-op Homes procedure, 1.2 (iii) and 6.2; 003 Plus Dane policy, 4.3 Domestic Abuse and 4.4 Hate Crime';

/**
 * The rules letters follow when a policy gives none of its own (`policy.letters`): no mediation
 * in hate, domestic abuse or violence cases, and a confirmation before writing to the address in
 * a domestic abuse case. The presets state the same rules in their own data.
 *
 * @example
 * DEFAULT_LETTER_RULES.noMediation.flags //=> ['hate-incident', 'domestic-abuse', 'violence']
 */
export const DEFAULT_LETTER_RULES: PolicyLetterRules = {
  noMediation: {
    flags: ['hate-incident', 'domestic-abuse', 'violence'],
    behaviours: ['hate-incident', 'domestic-abuse', 'violence'],
    source: SEEDS_ON_MEDIATION,
    decided:
      'Neither procedure forbids mediation in so many words. Both send hate and domestic abuse to specialist routes, and the 000 lesson is that a hate report handled as ordinary nuisance fails the person harmed. Mediation treats them as one side of a dispute, so no letter offers it in these cases.',
  },
  confirmSafeToWrite: {
    flags: ['domestic-abuse'],
    behaviours: ['domestic-abuse'],
    source: '002 Co-op Homes procedure, 1.4 and 6.2; 003 Plus Dane policy, 4.3 Domestic Abuse',
    decided:
      'Neither policy says how to write to someone experiencing domestic abuse. A letter may be opened by the person causing harm at a shared address, so the officer confirms that writing there is safe.',
  },
};

/**
 * Why a letter rule of the policy applies to the case, or null when it does not: the first flag
 * or behaviour of the case the rule names. Without `policy.letters` the {@link DEFAULT_LETTER_RULES} apply.
 *
 * @example
 * letterRuleApplies(policy, 'noMediation', { flags: ['hate-incident'] }) //=> 'the hate-incident flag'
 * letterRuleApplies(policy, 'noMediation', { behaviours: ['noise-everyday'] }) //=> null
 */
export function letterRuleApplies(policy: Policy, rule: keyof PolicyLetterRules, letterCase: LetterCase | undefined): string | null {
  const match: CaseMatch = (policy.letters ?? DEFAULT_LETTER_RULES)[rule];
  const flag = letterCase?.flags?.find((f) => match.flags.includes(f));
  if (flag !== undefined) return `the ${flag} flag`;
  const behaviour = letterCase?.behaviours?.find((b) => (match.behaviours as readonly string[] | undefined)?.includes(b));
  return behaviour === undefined ? null : `the reported behaviour "${behaviour}"`;
}
