import { describe, expect, it } from 'vitest';
import { flagsApply, levelApplies, ruleApplies } from './rule-applies.ts';

describe('ruleApplies', () => {
  const facts = (level: 'high' | 'medium' | 'low', ...flags: string[]) => ({ level, flags: new Set(flags) });

  it('needs the level listed, one of whenFlags and none of unlessFlags', () => {
    const rule = { levels: ['high'], whenFlags: ['hate-incident', 'domestic-abuse'], unlessFlags: ['anonymous'] };
    expect(ruleApplies(rule, facts('high', 'hate-incident'))).toBe(true);
    expect(ruleApplies(rule, facts('medium', 'hate-incident'))).toBe(false);
    expect(ruleApplies(rule, facts('high'))).toBe(false);
    expect(ruleApplies(rule, facts('high', 'domestic-abuse', 'anonymous'))).toBe(false);
    expect(ruleApplies({}, facts('low', 'anonymous'))).toBe(true);
  });

  it('splits into the level test and the flag test', () => {
    expect(levelApplies({ levels: ['high', 'medium'] }, 'low')).toBe(false);
    expect(levelApplies({}, 'low')).toBe(true);
    expect(flagsApply({ unlessFlags: ['anonymous'] }, facts('low'))).toBe(true);
    expect(flagsApply({ unlessFlags: ['anonymous'] }, facts('low', 'anonymous'))).toBe(false);
  });
});
