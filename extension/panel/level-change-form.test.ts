import { describe, expect, it } from 'vitest';
import { readLevelChange } from './level-change-form.ts';

const context = { current: 'low' as const, levels: ['high', 'medium', 'low'] as const };

describe('readLevelChange', () => {
  it('accepts a new level with a reason, trimmed', () => {
    expect(readLevelChange({ level: 'high', reason: '  Threats made at the second visit\n' }, context)).toEqual({
      ok: true,
      value: { level: 'high', reason: 'Threats made at the second visit' },
    });
  });

  it('asks for the reason, naming the field, when it is empty or only spaces', () => {
    expect(readLevelChange({ level: 'high', reason: '   ' }, context)).toEqual({ ok: false, errors: { reason: 'Reason: enter why the level changes' } });
    expect(readLevelChange({ level: 'high', reason: undefined }, context)).toEqual({ ok: false, errors: { reason: 'Reason: enter why the level changes' } });
  });

  it('asks for the level when none is chosen, and for the reason at the same time', () => {
    expect(readLevelChange({ level: '', reason: '' }, context)).toEqual({
      ok: false,
      errors: { level: 'New level: choose the level the case moves to', reason: 'Reason: enter why the level changes' },
    });
  });

  it('refuses the level the case has now, and a level the policy does not have', () => {
    expect(readLevelChange({ level: 'low', reason: 'No change' }, context)).toEqual({
      ok: false,
      errors: { level: 'New level: choose a level other than the one the case has now' },
    });
    expect(readLevelChange({ level: 'medium', reason: 'Two levels only' }, { current: 'low', levels: ['high', 'low'] })).toEqual({
      ok: false,
      errors: { level: 'New level: choose one of the policy’s levels' },
    });
    expect(readLevelChange({ level: 'urgent', reason: 'Typed by hand' }, context)).toEqual({
      ok: false,
      errors: { level: 'New level: choose the level the case moves to' },
    });
  });

  it('refuses a reason longer than 1,000 characters', () => {
    const result = readLevelChange({ level: 'high', reason: 'a'.repeat(1001) }, context);
    expect(result).toEqual({ ok: false, errors: { reason: 'Reason: use 1000 characters or fewer' } });
    expect(readLevelChange({ level: 'high', reason: 'a'.repeat(1000) }, context).ok).toBe(true);
  });
});
