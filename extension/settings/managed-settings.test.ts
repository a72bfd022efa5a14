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

  it('changes nothing without managed storage', () => {
    expect(applyManagedSettings(DEFAULT_SETTINGS, undefined)).toEqual({ settings: DEFAULT_SETTINGS, locked: [], problems: [] });
  });
});
