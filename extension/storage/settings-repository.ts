import type { AsbDb } from './db.ts';
import { applyManagedSettings } from '../settings/managed-settings.ts';
import type { EffectiveSettings } from '../settings/managed-settings.ts';
import { parseOrThrow } from '../../core/index.ts';
import { settingsSchema } from '../settings/settings-schema.ts';
import type { Settings } from '../settings/settings-schema.ts';

/** Reads and writes the officer's settings; the organisation's managed values win. */
export interface SettingsRepository {
  /** The officer's own settings (defaults filled in), without managed values. */
  loadOwn(): Promise<Settings>;
  /** The settings in force: own settings with the managed values applied and locked. */
  load(): Promise<EffectiveSettings>;
  /** Saves changes; locked (managed) keys are refused with an error naming them. */
  save(changes: Partial<Settings>): Promise<EffectiveSettings>;
  /** True once settings have been saved on this installation. */
  hasSaved(): Promise<boolean>;
}

/**
 * The settings repository. `readManaged` returns the organisation's managed settings
 * (`chrome.storage.managed`), or `{}` where there are none.
 *
 * @example
 * const repo = createSettingsRepository(openDb(), async () => ({ notificationsOn: false }));
 * (await repo.load()).locked //=> ['notificationsOn']
 */
export function createSettingsRepository(
  db: AsbDb,
  readManaged: () => Promise<Record<string, unknown>> = async () => ({}),
): SettingsRepository {
  async function loadOwn(): Promise<Settings> {
    const row = await db.settings.get('settings');
    const result = settingsSchema.safeParse(row?.value ?? {});
    // A row written by a newer or broken version: keep what still reads, default the rest.
    if (result.success) return result.data;
    const fallback: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row?.value ?? {})) {
      const field = settingsSchema.shape[key as keyof Settings];
      if (field && field.safeParse(value).success) fallback[key] = value;
    }
    return settingsSchema.parse(fallback);
  }

  async function managed(): Promise<Record<string, unknown>> {
    try {
      return (await readManaged()) ?? {};
    } catch {
      return {}; // no managed storage (Firefox without policy, tests)
    }
  }

  async function load(): Promise<EffectiveSettings> {
    return applyManagedSettings(await loadOwn(), await managed());
  }

  return {
    loadOwn,
    load,
    async save(changes) {
      const { locked } = await load();
      const refused = Object.keys(changes).filter((key) => (locked as string[]).includes(key));
      if (refused.length > 0) throw new Error(`${refused.join(', ')}: set by your organisation, cannot be changed here`);
      const next = parseOrThrow(settingsSchema, { ...(await loadOwn()), ...changes });
      await db.settings.put({ id: 'settings', value: next });
      return load();
    },
    async hasSaved() {
      return (await db.settings.get('settings')) !== undefined;
    },
  };
}
