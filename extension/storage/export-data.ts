import type { SettingsRepository } from './settings-repository.ts';
import type { CaseRepository } from './case-repository.ts';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-file.ts';
import type { ExportFile } from './export-file.ts';

/**
 * Everything stored, as an export file: every tracked case with its events, and the officer's
 * own settings (not the organisation's managed ones, and never the intake's staff token). Write it
 * with `JSON.stringify`.
 *
 * @example
 * (await exportData(cases, settings, new Date('2027-01-04T09:00:00Z'))).exportedAt
 * //=> '2027-01-04T09:00:00.000Z'
 */
export async function exportData(cases: CaseRepository, settings: SettingsRepository, now: Date): Promise<ExportFile> {
  const list = await cases.list();
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    // The staff token stays in this browser: an export file travels (email, USB sticks).
    settings: { ...(await settings.loadOwn()), staffToken: '' },
    cases: list.sort((a, b) => (a.key < b.key ? -1 : 1)),
  };
}
