import { Dexie } from 'dexie';
import type { EntityTable, Transaction } from 'dexie';
import { toLondonDate } from '../../core/index.ts';
import { storedSummariesOf } from '../cases/stored-summary.ts';
import type { StoredSummary } from '../cases/stored-summary.ts';
import { resolvePolicy } from '../settings/resolve-policy.ts';
import { settingsSchema } from '../settings/settings-schema.ts';
import type { Settings } from '../settings/settings-schema.ts';
import { DB_NAME, DB_SCHEMA_VERSION } from './db-name.ts';
import type { RecordedEvent, TrackedCaseRecord } from '../cases/tracked-case.ts';

/** The name of the extension's IndexedDB database. */
export { DB_NAME };
/** The newest schema version. */
export const DB_VERSION = DB_SCHEMA_VERSION;

/** A stored settings row: one row, id 'settings'. */
export interface SettingsRow {
  id: 'settings';
  value: Partial<Settings>;
}

/** A notification already shown: one per case per day. */
export interface NoticeRow {
  /** `caseKey|YYYY-MM-DD`. */
  id: string;
  caseKey: string;
  day: string;
}

/** A version 1 case record: events were kept inside the case. */
interface V1Case extends Omit<TrackedCaseRecord, 'officer'> {
  events?: Array<Omit<RecordedEvent, 'id' | 'caseKey'>>;
}

/**
 * Declares the schema versions on a Dexie instance, up to `upTo`. Tests use `upTo: 1` to write
 * data as version 1 did and check the upgrade. `now` dates the summaries the v3 upgrade computes.
 *
 * - v1: `cases` (events inside each case) and `settings`.
 * - v2: events move to their own `events` table (indexed by case and type), cases gain the
 *   `officer`, `level` and `closedAt` indexes for the dashboard and purge, and `notices` records
 *   the notifications shown.
 * - v3: `summaries` keeps each case's dashboard row (see StoredSummary), indexed in the
 *   dashboard's order (`rank`) on its own and within each filter (level, officer, due soon), so
 *   the dashboard reads one screen of rows instead of computing every case. The upgrade fills it
 *   under the officer's own settings; a row computed under another policy (managed settings) is
 *   stale by its stamp and recomputed by the next sweep or side panel.
 * - v4: summaries keep dates, not what they mean on the day they were worked out (see
 *   StoredSummary): `rank` orders open cases by their next deadline's date, so overdue and due
 *   soon are ranges of it on any day, and the `state` and `[soon+rank]` indexes go; `opened`
 *   indexes the NM01 figures. The upgrade works every summary out again, as v3 did.
 *
 * @example
 * declareSchema(new Dexie('x', { indexedDB }), 1) // a database as version 1 wrote it
 */
export function declareSchema(db: Dexie, upTo: number = DB_VERSION, now: () => Date = () => new Date()): void {
  db.version(1).stores({ cases: 'key, system, lastSeenAt', settings: 'id' });
  if (upTo < 2) return;
  db.version(2)
    .stores({
      cases: 'key, system, lastSeenAt, level, officer, closedAt',
      events: 'id, caseKey, [caseKey+type]',
      notices: 'id, caseKey, day',
      settings: 'id',
    })
    .upgrade(async (tx) => {
      const cases = tx.table<V1Case & { officer?: string }, string>('cases');
      const records = await cases.toArray();
      const moved: RecordedEvent[] = records.flatMap((record) =>
        (record.events ?? []).map((event, i) => ({ ...event, id: `${record.key}#v1-${i}`, caseKey: record.key })),
      );
      await tx.table<RecordedEvent, string>('events').bulkPut(moved);
      await cases.bulkPut(
        records.map(({ events: _events, ...record }) => ({ ...record, officer: record.host?.officer?.trim() ?? '' })),
      );
    });
  if (upTo < 3) return;
  db.version(3)
    .stores({
      summaries: 'key, rank, stamp, officer, state, [soon+rank], [levelKey+rank], [officer+rank]',
    })
    .upgrade((tx) => fillSummaries(tx, now));
  if (upTo < 4) return;
  db.version(4)
    .stores({
      summaries: 'key, rank, stamp, officer, opened, [levelKey+rank], [officer+rank]',
    })
    .upgrade((tx) => fillSummaries(tx, now));
}

/** The v2 → v3 and v3 → v4 upgrades: every case's summary, under the officer's own settings, as of today. */
async function fillSummaries(tx: Transaction, now: () => Date): Promise<void> {
  const row = await tx.table<SettingsRow, string>('settings').get('settings');
  const parsed = settingsSchema.safeParse(row?.value ?? {});
  const { policy } = resolvePolicy(parsed.success ? parsed.data : settingsSchema.parse({}));
  const today = toLondonDate(now().toISOString(), 'today');
  const [records, events] = await Promise.all([
    tx.table<TrackedCaseRecord, string>('cases').toArray(),
    tx.table<RecordedEvent, string>('events').toArray(),
  ]);
  await tx.table<StoredSummary, string>('summaries').bulkPut(storedSummariesOf(records, events, policy, today));
}

/**
 * The extension's database: tracked cases, their events and summaries, notices shown and settings.
 *
 * @example
 * new AsbDb().cases.get('activeh:ASB-1') //=> the tracked case, or undefined
 */
export class AsbDb extends Dexie {
  declare cases: EntityTable<TrackedCaseRecord, 'key'>;
  declare events: EntityTable<RecordedEvent, 'id'>;
  declare notices: EntityTable<NoticeRow, 'id'>;
  declare settings: EntityTable<SettingsRow, 'id'>;
  declare summaries: EntityTable<StoredSummary, 'key'>;

  constructor(name: string = DB_NAME, options: ConstructorParameters<typeof Dexie>[1] = {}, now?: () => Date) {
    super(name, options);
    declareSchema(this, DB_VERSION, now);
  }
}

/**
 * Opens the extension's database. Only the extension's own origin (service worker, side panel,
 * options page) may call this: content scripts ask the background by message.
 *
 * @example
 * const db = openDb(); // the real IndexedDB
 * const test = openDb('t1', { indexedDB: new IDBFactory(), IDBKeyRange }); // fake-indexeddb
 * const dated = openDb('t2', { indexedDB: new IDBFactory(), IDBKeyRange }, () => new Date('2027-01-20T10:00:00Z')); // a v3 upgrade dates its summaries 2027-01-20
 */
export function openDb(name: string = DB_NAME, options: ConstructorParameters<typeof Dexie>[1] = {}, now?: () => Date): AsbDb {
  return new AsbDb(name, options, now);
}
