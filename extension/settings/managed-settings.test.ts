import { describe, expect, it } from 'vitest';
import { applyManagedSettings } from './managed-settings.ts';
import { DEFAULT_SETTINGS } from './settings-schema.ts';

describe('applyManagedSettings', () => {
  it('lets valid managed values win and locks them', () => {
    const own = { ...DEFAULT_SETTINGS, officerName: 'Sam', notificationsOn: true };
    const result = applyManagedSettings(own, { notificationsOn: false, policyPreset: 'plus-dane' });
    expect(result.settings).toMatchObject({ officerName: 'Sam', notificationsOn: false, policyPreset: 'plus-dane' });
    expect(result.locked.sort()).toEqual(['notificationsOn', 'policyPreset']);
    expect(result.problems).toEqual([]);
  });

  it('ignores invalid and unknown managed values, saying why for the invalid ones', () => {
    const result = applyManagedSettings(DEFAULT_SETTINGS, { retentionDays: 0, region: 'wales', colour: 'red' });
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.locked).toEqual([]);
    expect(result.problems).toEqual(['region: is not one of the allowed values', 'retentionDays: must be 1 or more']);
  });

  it('takes the number of homes IT sets, and refuses one that is not a whole number of at least 1', () => {
    expect(applyManagedSettings(DEFAULT_SETTINGS, { homes: 12400 })).toMatchObject({ settings: { homes: 12400 }, locked: ['homes'], problems: [] });
    expect(applyManagedSettings(DEFAULT_SETTINGS, { homes: 0 }).problems).toEqual(['homes: must be 1 or more']);
    expect(applyManagedSettings(DEFAULT_SETTINGS, { homes: '12400' }).problems).toEqual(['homes: is the wrong type']);
    expect(DEFAULT_SETTINGS.homes).toBeNull();
  });

  it('changes nothing without managed storage', () => {
    expect(applyManagedSettings(DEFAULT_SETTINGS, undefined)).toEqual({ settings: DEFAULT_SETTINGS, locked: [], problems: [] });
  });
});
