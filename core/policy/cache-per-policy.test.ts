import { describe, expect, it } from 'vitest';
import { testPolicy } from '../deadlines/test-policy.ts';
import { cachePerPolicy } from './cache-per-policy.ts';

describe('cachePerPolicy', () => {
  it('derives once per policy object and hands back the same result after', () => {
    let runs = 0;
    const landlordOf = cachePerPolicy((policy) => {
      runs++;
      return { landlord: policy.landlord };
    });
    const policy = testPolicy();
    const first = landlordOf(policy);
    expect(landlordOf(policy)).toBe(first);
    expect(runs).toBe(1);
  });

  it('derives afresh for an edited copy, keyed by identity and not by content', () => {
    const landlordOf = cachePerPolicy((policy) => policy.landlord);
    const policy = testPolicy();
    expect(landlordOf(policy)).toBe('Test Homes');
    expect(landlordOf({ ...policy, landlord: 'Other Homes' })).toBe('Other Homes');
    expect(landlordOf(policy)).toBe('Test Homes');
  });

  it('keeps separate caches for separate derivations', () => {
    const idOf = cachePerPolicy((policy) => policy.id);
    const regionOf = cachePerPolicy((policy) => policy.region);
    const policy = testPolicy({ region: 'scotland' });
    expect(idOf(policy)).toBe('test');
    expect(regionOf(policy)).toBe('scotland');
  });
});
