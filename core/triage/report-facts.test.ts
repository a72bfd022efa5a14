import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_CODES } from '../types.ts';
import type { BehaviourCode } from '../types.ts';
import { conditionFacts, reportFacts } from './report-facts.ts';
import type { RuleCondition } from './report-facts.ts';
import type { TriageInput } from './triage-input.ts';

/** A condition read the plain way, as the policy schema describes it: the specification. */
function plainlyHolds(condition: RuleCondition, input: TriageInput, behaviours: readonly BehaviourCode[]): boolean {
  if ('behaviourIn' in condition) return condition.behaviourIn.some((b) => behaviours.includes(b));
  if ('field' in condition) return (input[condition.field] ?? false) === condition.is;
  if ('hasAny' in condition) return (input[condition.hasAny] ?? []).length > 0;
  throw new Error('not a condition with facts');
}

const FIELDS = ['riskOfHarm', 'affectsOthers', 'youngPersonInvolved', 'safeguardingConcern', 'immediateDanger'] as const;
const behaviour = fc.constantFrom(...BEHAVIOUR_CODES);
const maybeYes = fc.constantFrom(true, false, undefined);
const anyInput = fc.record({
  behaviours: fc.uniqueArray(behaviour, { minLength: 1, maxLength: 4 }),
  receivedAt: fc.constant('2026-12-18'),
  riskOfHarm: maybeYes,
  affectsOthers: maybeYes,
  youngPersonInvolved: maybeYes,
  safeguardingConcern: maybeYes,
  immediateDanger: maybeYes,
  vulnerabilities: fc.option(fc.array(fc.constant('older person'), { maxLength: 2 }), { nil: undefined }),
  perceivedHate: fc.option(fc.array(fc.constant('race' as const), { maxLength: 2 }), { nil: undefined }),
});
const anyCondition: fc.Arbitrary<RuleCondition> = fc.oneof(
  fc.record({ behaviourIn: fc.uniqueArray(behaviour, { minLength: 1, maxLength: 5 }) }),
  fc.record({ field: fc.constantFrom(...FIELDS), is: fc.boolean() }),
  fc.record({ hasAny: fc.constantFrom('vulnerabilities' as const, 'perceivedHate' as const) }),
);

describe('reportFacts and conditionFacts', () => {
  it('hold together exactly when the condition, read plainly, holds for the report', () => {
    fc.assert(
      fc.property(anyInput, anyCondition, (input, condition) => {
        const facts = conditionFacts(condition);
        expect(facts).not.toBeNull();
        expect((reportFacts(input, input.behaviours) & facts!) !== 0).toBe(plainlyHolds(condition, input, input.behaviours));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads an answer not given as no', () => {
    const input: TriageInput = { behaviours: ['drugs'], receivedAt: '2026-12-18' };
    const no = conditionFacts({ field: 'riskOfHarm', is: false })!;
    const yes = conditionFacts({ field: 'riskOfHarm', is: true })!;
    expect(reportFacts(input, input.behaviours) & no).not.toBe(0);
    expect(reportFacts(input, input.behaviours) & yes).toBe(0);
  });

  it('gives no facts for a condition outside the schema words, so it is tested another way', () => {
    expect(conditionFacts({ field: 'barking', is: true } as unknown as RuleCondition)).toBeNull();
    expect(conditionFacts({ hasAny: 'witnesses' } as unknown as RuleCondition)).toBeNull();
    expect(conditionFacts({ field: 'riskOfHarm', is: 'yes' } as unknown as RuleCondition)).toBeNull();
    // An unknown behaviour is simply one no report describes.
    expect(conditionFacts({ behaviourIn: ['karaoke'] } as unknown as RuleCondition)).toBe(0);
  });
});
