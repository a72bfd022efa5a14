import { describe, expect, it } from 'vitest';
import { policies } from '../../core/index.ts';
import { resolvePolicy } from './resolve-policy.ts';
import { DEFAULT_SETTINGS } from './settings-schema.ts';

describe('resolvePolicy', () => {
  it('uses the chosen preset, with the region setting replacing the policy region', () => {
    const { policy, problem } = resolvePolicy({ ...DEFAULT_SETTINGS, policyPreset: 'plus-dane', region: 'scotland' });
    expect(policy.landlord).toBe(policies['plus-dane']!.landlord);
    expect(policy.region).toBe('scotland');
    expect(problem).toBeNull();
  });

  it('uses a valid custom policy', () => {
    const custom = { ...policies['co-op-homes']!, id: 'our-policy', landlord: 'Our Homes' };
    const { policy } = resolvePolicy({ ...DEFAULT_SETTINGS, policyPreset: 'custom', customPolicy: JSON.stringify(custom) });
    expect(policy.landlord).toBe('Our Homes');
  });

  it('falls back to the model policy when the custom one is broken, and says so', () => {
    const { policy, problem } = resolvePolicy({ ...DEFAULT_SETTINGS, policyPreset: 'custom', customPolicy: '{"id":"x"}' });
    expect(policy.id).toBe('model');
    expect(problem).toMatch(/^The custom policy cannot be used, so the model policy applies\. .*landlord/);
  });

  it('gives the same policy object for the same settings, and a new one when they change', () => {
    const scotland = { ...DEFAULT_SETTINGS, policyPreset: 'plus-dane', region: 'scotland' } as const;
    const custom = { ...DEFAULT_SETTINGS, policyPreset: 'custom', customPolicy: JSON.stringify({ ...policies.model!, landlord: 'Our Homes' }) } as const;
    const first = resolvePolicy(scotland).policy;
    expect(resolvePolicy({ ...scotland }).policy).toBe(first);
    const ours = resolvePolicy(custom).policy;
    expect(ours.landlord).toBe('Our Homes');
    expect(resolvePolicy({ ...custom }).policy).toBe(ours);
    const wales = resolvePolicy({ ...scotland, region: 'england-and-wales' }).policy;
    expect(wales).not.toBe(first);
    expect(wales.region).toBe('england-and-wales');
    expect(resolvePolicy(scotland).policy.region).toBe('scotland');
  });
});
