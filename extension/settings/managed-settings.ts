import { settingsSchema, SETTING_KEYS } from './settings-schema.ts';
import type { SettingKey, Settings } from './settings-schema.ts';

/** Settings after the organisation's managed values are applied. */
export interface EffectiveSettings {
  settings: Settings;
  /** Keys set by the organisation (chrome.storage.managed): shown locked, never saved over. */
  locked: SettingKey[];
  /** Managed values that could not be used, in plain English (`retentionDays: must be 1 or more`). */
  problems: string[];
}

/**
 * Applies the organisation's managed settings over the officer's own: each managed key that is
 * valid wins and is locked; an invalid one is ignored and reported; unknown keys are ignored.
 *
 * @example
 * applyManagedSettings(DEFAULT_SETTINGS, { notificationsOn: false, retentionDays: 0 })
 * //=> { settings: { ...DEFAULT_SETTINGS, notificationsOn: false }, locked: ['notificationsOn'],
 * //     problems: ['retentionDays: must be 1 or more'] }
 */
export function applyManagedSettings(own: Settings, managed: Record<string, unknown> | null | undefined): EffectiveSettings {
  const settings: Settings = { ...own };
  const locked: SettingKey[] = [];
  const problems: string[] = [];
  for (const key of SETTING_KEYS) {
    if (!managed || !(key in managed) || managed[key] === undefined) continue;
    const field = settingsSchema.shape[key];
    const result = field.safeParse(managed[key]);
    if (result.success) {
      (settings as Record<SettingKey, unknown>)[key] = result.data;
      locked.push(key);
    } else {
      problems.push(`${key}: ${describe(result.error.issues[0])}`);
    }
  }
  return { settings, locked, problems };
}

function describe(issue: { code: string; message: string; minimum?: unknown; maximum?: unknown } | undefined): string {
  if (!issue) return 'is not valid';
  if (issue.code === 'too_small') return `must be ${String(issue.minimum)} or more`;
  if (issue.code === 'too_big') return `must be ${String(issue.maximum)} or less`;
  if (issue.code === 'invalid_type') return 'is the wrong type';
  if (issue.code === 'invalid_value') return 'is not one of the allowed values';
  return 'is not valid';
}
