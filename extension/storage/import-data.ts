import { toLondonDate } from '../../core/index.ts';
import { storedSummaryOf } from '../cases/stored-summary.ts';
import { eventsByCase, sortEvents } from '../cases/case-events.ts';
import type { StoredSummary } from '../cases/stored-summary.ts';
import { resolvePolicy } from '../settings/resolve-policy.ts';
import type { SettingsRepository } from './settings-repository.ts';
import type { AsbDb } from './db.ts';
import type { ExportFile } from './export-file.ts';
import { createSummaryStore } from './summary-store.ts';
import type { RecordedEvent, SeenCategory, TrackedCaseRecord } from '../cases/tracked-case.ts';

/** What an import did. */
export interface ImportSummary {
  /** Cases that were not stored before. */
  added: number;
  /** Cases already stored, merged with the file's. */
  merged: number;
  /** Events stored that were not there before. */
  eventsAdded: number;
  /** Whether the file's settings were applied (only on an installation with no saved settings). */
  settingsApplied: boolean;
}

/**
 * Imports a parsed export file (see `parseExportFile`) in one transaction, losing nothing:
 * cases not in the file stay; a case in both keeps every event of either (same id or same type
 * and time: one), the stored missed-deadline reasons and risk answers win over the file's where
 * both have one, and report dates are joined. The host data kept is the one seen last. The
 * file's settings are applied only where no settings were ever saved, so an officer's own
 * settings are never overwritten. Each imported case's summary (its dashboard row) is stored with
 * it, as of `now`'s London date.
 *
 * @example
 * await importData(db, settings, parseExportFile(text))
 * //=> { added: 3, merged: 1, eventsAdded: 7, settingsApplied: false }
 */
export async function importData(db: AsbDb, settings: SettingsRepository, file: ExportFile, now: () => Date = () => new Date()): Promise<ImportSummary> {
  const summary: ImportSummary = { added: 0, merged: 0, eventsAdded: 0, settingsApplied: false };
  const { policy } = resolvePolicy((await settings.load()).settings);
  const today = toLondonDate(now().toISOString(), 'today');
  await db.transaction('rw', db.cases, db.events, db.summaries, async () => {
    // Read what is stored for the file's cases in two requests, not two per case.
    const keys = file.cases.map((c) => c.key);
    const [storedCases, storedEvents] = await Promise.all([db.cases.bulkGet(keys), db.events.where('caseKey').anyOf(keys).toArray()]);
    const eventsOf = eventsByCase(storedEvents);
    const records: TrackedCaseRecord[] = [];
    const added: RecordedEvent[] = [];
    const rows: StoredSummary[] = [];
    file.cases.forEach(({ events, ...incoming }, i) => {
      const stored = storedCases[i];
      const record: TrackedCaseRecord = stored ? merge(stored, incoming) : incoming;
      if (stored) summary.merged += 1;
      else summary.added += 1;
      records.push(record);

      const existing = eventsOf.get(incoming.key) ?? [];
      const ids = new Set(existing.map((e) => e.id));
      const moments = new Set(existing.map(moment));
      const fresh: RecordedEvent[] = events.filter((e) => !ids.has(e.id) && !moments.has(moment(e)));
      added.push(...fresh);
      summary.eventsAdded += fresh.length;
      rows.push(storedSummaryOf({ ...record, events: sortEvents([...existing, ...fresh]) }, policy, today));
    });
    await db.cases.bulkPut(records);
    await db.events.bulkPut(added);
    await db.summaries.bulkPut(rows);
  });
  if (file.settings && !(await settings.hasSaved())) {
    const { locked } = await settings.load();
    const own = Object.fromEntries(Object.entries(file.settings).filter(([key]) => !(locked as string[]).includes(key)));
    await settings.save(own);
    summary.settingsApplied = true;
    // The file's settings may choose another policy: recompute what they change.
    await createSummaryStore(db).refresh(resolvePolicy((await settings.load()).settings).policy, today);
  }
  return summary;
}

function moment(e: Pick<RecordedEvent, 'type' | 'at'>): string {
  return `${e.type}@${Date.parse(e.at) || e.at}`;
}

function merge(stored: TrackedCaseRecord, incoming: TrackedCaseRecord): TrackedCaseRecord {
  const newer = incoming.lastSeenAt > stored.lastSeenAt ? incoming : stored;
  return {
    ...newer,
    firstSeenAt: stored.firstSeenAt < incoming.firstSeenAt ? stored.firstSeenAt : incoming.firstSeenAt,
    missedReasons: { ...incoming.missedReasons, ...stored.missedReasons },
    riskAnswers: { ...incoming.riskAnswers, ...stored.riskAnswers },
    reportDates: [...new Set([...stored.reportDates, ...incoming.reportDates])].sort(),
    ...(stored.incidentDates || incoming.incidentDates ? { incidentDates: { ...incoming.incidentDates, ...stored.incidentDates } } : {}),
    closedAt: [stored.closedAt, incoming.closedAt].filter((d) => d !== null).sort().at(-1) ?? null,
    ...(stored.categories || incoming.categories ? { categories: mergeCategories(stored.categories ?? [], incoming.categories ?? []) } : {}),
  };
}

/** Both browsers' categories in the order they were seen, a category seen again in a row kept once (at its first sighting). */
function mergeCategories(a: SeenCategory[], b: SeenCategory[]): SeenCategory[] {
  const all = [...a, ...b].sort((x, y) => (Date.parse(x.seenAt) || 0) - (Date.parse(y.seenAt) || 0));
  return all.filter((c, i) => i === 0 || all[i - 1]!.category !== c.category);
}
