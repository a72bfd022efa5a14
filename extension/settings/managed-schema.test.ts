import { describe, expect, it } from 'vitest';
import schema from '../public/managed-schema.json' with { type: 'json' };
import { SETTING_KEYS, settingsSchema } from './settings-schema.ts';

describe('the managed settings schema (extension/public/managed-schema.json)', () => {
  it('declares every setting, and nothing else, so IT can set each one', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...SETTING_KEYS].sort());
  });

  it('offers for each choice exactly the values the settings accept', () => {
    for (const value of schema.properties.policyPreset.enum) expect(settingsSchema.shape.policyPreset.safeParse(value).success).toBe(true);
    for (const value of schema.properties.region.enum) expect(settingsSchema.shape.region.safeParse(value).success).toBe(true);
    expect(settingsSchema.shape.retentionDays.safeParse(schema.properties.retentionDays.maximum).success).toBe(true);
    expect(settingsSchema.shape.retentionDays.safeParse(schema.properties.retentionDays.minimum - 1).success).toBe(false);
    expect(settingsSchema.shape.homes.safeParse(schema.properties.homes.maximum).success).toBe(true);
    expect(settingsSchema.shape.homes.safeParse(schema.properties.homes.maximum + 1).success).toBe(false);
    expect(settingsSchema.shape.homes.safeParse(schema.properties.homes.minimum - 1).success).toBe(false);
    expect(settingsSchema.shape.homes.safeParse(2500.5).success).toBe(false);
  });
});
