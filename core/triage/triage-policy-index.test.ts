import { describe, expect, it } from 'vitest';
import { testPolicy } from '../deadlines/test-policy.ts';
import { conditionFacts } from './report-facts.ts';
import { triagePolicyIndex } from './triage-policy-index.ts';

describe('triagePolicyIndex', () => {
  const policy = testPolicy({
    rules: [
      { id: 'crime', when: { anyOf: [{ behaviourIn: ['drugs'] }, { field: 'riskOfHarm', is: true }] }, then: { flags: ['crime'] }, reason: 'Crime.', source: 't' },
      { id: 'both', when: { allOf: [{ behaviourIn: ['drugs'] }, { hasAny: 'vulnerabilities' }] }, then: {}, reason: 'Both.', source: 't' },
    ],
  });

  it('indexes the levels, placing each behaviour where the policy does', () => {
    const index = triagePolicyIndex(policy);
    expect(index.levels.get('medium')?.label).toBe('medium risk');
    expect(index.placements.get('drugs')).toEqual({ level: index.levels.get('low'), source: 'test fixture' });
    expect(index.outside.size).toBe(0);
  });

  it('writes rule conditions as facts, with their optional parts filled in', () => {
    const [crime, both] = triagePolicyIndex(policy).rules;
    expect(crime).toMatchObject({ anyOf: conditionFacts({ behaviourIn: ['drugs'] })! | conditionFacts({ field: 'riskOfHarm', is: true })!, allOf: null, when: null, flags: ['crime'], routes: [], prompts: [] });
    expect(both).toMatchObject({ anyOf: null, allOf: [conditionFacts({ behaviourIn: ['drugs'] }), conditionFacts({ hasAny: 'vulnerabilities' })], when: null, flags: [] });
  });

  it('is built once per policy object', () => {
    expect(triagePolicyIndex(policy)).toBe(triagePolicyIndex(policy));
    expect(triagePolicyIndex({ ...policy })).not.toBe(triagePolicyIndex(policy));
  });
});
