import { describe, expect, it } from 'vitest';
import { parseRegion } from './parse-region.ts';

describe('parseRegion', () => {
  it('accepts the three gov.uk divisions', () => {
    expect(parseRegion('england-and-wales')).toBe('england-and-wales');
    expect(parseRegion('scotland')).toBe('scotland');
    expect(parseRegion('northern-ireland')).toBe('northern-ireland');
  });

  it('rejects anything else, naming the field', () => {
    expect(() => parseRegion('wales')).toThrow(
      'region: unknown region "wales" (expected england-and-wales, scotland or northern-ireland)',
    );
    expect(() => parseRegion('Scotland', 'policy.region')).toThrow(/^policy\.region: unknown region "Scotland"/);
    expect(() => parseRegion('')).toThrow('region: required');
    expect(() => parseRegion(3)).toThrow(/^region: unknown region number 3/);
  });
});
