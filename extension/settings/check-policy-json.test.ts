import { describe, expect, it } from 'vitest';
import { policies } from '../../core/index.ts';
import { checkPolicyJson } from './check-policy-json.ts';

describe('checkPolicyJson', () => {
  it('returns the policy for valid JSON', () => {
    expect(checkPolicyJson(JSON.stringify(policies.model)).policy?.id).toBe('model');
  });

  it('says when the text is empty or not JSON', () => {
    expect(checkPolicyJson('  ').problems).toEqual(['The custom policy is empty: paste the policy JSON.']);
    expect(checkPolicyJson('{ "id": ').problems[0]).toMatch(/^The text is not valid JSON: /);
  });

  it('lists each problem on its own, naming where it is', () => {
    const broken = { ...policies.model!, region: 'wales', landlord: '' };
    const { problems } = checkPolicyJson(JSON.stringify(broken));
    expect(problems.some((p) => p.startsWith('region: '))).toBe(true);
    expect(problems.some((p) => p.startsWith('landlord: '))).toBe(true);
  });
});
