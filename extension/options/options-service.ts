import type { Browser } from 'wxt/browser';
import { toLondonDate } from '../../core/index.ts';
import { sendMessageVia } from '../messaging/messaging.ts';
import { manifestContentMatches } from '../settings/manifest-content-matches.ts';
import { syncHostScripts } from '../settings/sync-host-scripts.ts';
import type { HostScriptApi, HostScriptSync } from '../settings/sync-host-scripts.ts';
import { createCaseRepository } from '../storage/case-repository.ts';
import type { AsbDb } from '../storage/db.ts';
import { exportData } from '../storage/export-data.ts';
import { importData } from '../storage/import-data.ts';
import type { ImportSummary } from '../storage/import-data.ts';
import { parseExportFile } from '../storage/parse-export-file.ts';
import type { EffectiveSettings } from '../settings/managed-settings.ts';
import { createSettingsRepository } from '../storage/settings-repository.ts';
import type { HostSetting, Settings } from '../settings/settings-schema.ts';

/** The extension API the options page uses. */
export type OptionsApi = Pick<HostScriptApi, 'scripting'> & {
  permissions: Pick<typeof Browser.permissions, 'contains' | 'request'>;
  storage: { managed: Pick<Browser.storage.StorageArea, 'get'> };
  runtime: { sendMessage(message: unknown): Promise<unknown>; getManifest?(): { content_scripts?: { matches?: string[] }[] } };
};

/** Everything the options page does outside itself. */
export interface OptionsService {
  load(): Promise<EffectiveSettings>;
  save(changes: Partial<Settings>): Promise<EffectiveSettings>;
  /** Asks for access to an origin. Call it straight from the click, before anything is awaited. */
  requestOrigin(origin: string): Promise<boolean>;
  hasOrigin(origin: string): Promise<boolean>;
  /** Registers the content script for the granted hosts. */
  syncHosts(hosts: readonly HostSetting[]): Promise<HostScriptSync>;
  /** The export file's name and text. */
  exportFile(): Promise<{ name: string; text: string }>;
  /** Reads an export file's text and imports it; throws naming the field when the file is bad. */
  importText(text: string): Promise<ImportSummary>;
  /** Deletes closed cases past the retention period now; returns how many. */
  purgeNow(): Promise<number>;
  counts(): Promise<{ total: number; closed: number }>;
  /** Lets the background recompute the badge and notifications. */
  recompute(): Promise<void>;
}

/**
 * The options page's service over the extension's database and API.
 *
 * @example
 * const service = createOptionsService({ db: openDb(), api: browser });
 * (await service.exportFile()).name //=> 'asb-assist-export-2026-12-21.json'
 */
export function createOptionsService({ db, api, now = () => new Date() }: { db: AsbDb; api: OptionsApi; now?: () => Date }): OptionsService {
  const settings = createSettingsRepository(db, async () => (await api.storage.managed.get()) as Record<string, unknown>);
  const cases = createCaseRepository(db, now);
  const today = () => toLondonDate(now().toISOString(), 'today');
  const recompute = async () => {
    await sendMessageVia(api, { type: 'recompute' }).catch(() => undefined);
  };
  return {
    load: () => settings.load(),
    async save(changes) {
      const saved = await settings.save(changes);
      await recompute();
      return saved;
    },
    requestOrigin: (origin) => api.permissions.request({ origins: [origin] }),
    hasOrigin: (origin) => api.permissions.contains({ origins: [origin] }),
    syncHosts: (hosts) => syncHostScripts(api, hosts, manifestContentMatches(api.runtime.getManifest?.() ?? {})),
    async exportFile() {
      const file = await exportData(cases, settings, now());
      return { name: `asb-assist-export-${today()}.json`, text: JSON.stringify(file, null, 2) };
    },
    async importText(text) {
      const summary = await importData(db, settings, parseExportFile(text));
      await recompute();
      return summary;
    },
    async purgeNow() {
      const { settings: current } = await settings.load();
      const purged = await cases.purgeClosed(today(), current.retentionDays);
      await recompute();
      return purged.length;
    },
    async counts() {
      // From the indexes: an open case's closedAt is null, which IndexedDB leaves out of the index.
      const [total, closed] = await Promise.all([db.cases.count(), db.cases.orderBy('closedAt').count()]);
      return { total, closed };
    },
    recompute,
  };
}
