import { describe, expect, it } from 'vitest';
import { deadlinePolicyIndex } from './deadline-policy-index.ts';
import { testPolicy } from './test-policy.ts';

describe('deadlinePolicyIndex', () => {
  const policy = testPolicy({
    deadlines: [
      { id: 'first-contact', type: 'first-contact', label: 'Contact the complainant', completedBy: 'complainant-contacted', source: 's' },
      { id: 'plan', type: 'working-days-after-receipt', workingDays: 5, levels: ['high'], label: 'Plan', completedBy: 'plan-made', source: 's', decided: 'Why 5.' },
    ],
  });

  it('lifts the fields every rule has, and makes the start of its entries once', () => {
    const [first, plan] = deadlinePolicyIndex(policy).rules;
    expect(first).toEqual({
      type: 'first-contact',
      rule: policy.deadlines[0],
      completedBy: 'complainant-contacted',
      levels: undefined,
      whenFlags: undefined,
      unlessFlags: undefined,
      explanationRequired: false,
      byAppointment: false,
      after: new Set(),
      base: { id: 'first-contact', label: 'Contact the complainant', basis: 's' },
    });
    expect(plan).toMatchObject({ type: 'working-days-after-receipt', levels: ['high'], base: { id: 'plan', label: 'Plan', basis: 's', decided: 'Why 5.' } });
    expect(Object.keys(first!.base)).toEqual(['id', 'label', 'basis']);
  });

  it('finds the levels by risk level, and is built once per policy object', () => {
    expect(deadlinePolicyIndex(policy).levels.get('high')?.firstContact.workingDays).toBe(1);
    expect(deadlinePolicyIndex(policy)).toBe(deadlinePolicyIndex(policy));
    expect(deadlinePolicyIndex({ ...policy })).not.toBe(deadlinePolicyIndex(policy));
  });
});
