import { Dexie } from 'dexie';
import type { EntityTable } from 'dexie';
import type { Settings } from '../settings/settings-schema.ts';
import type { RecordedEvent, TrackedCaseRecord } from './tracked-case.ts';

/** The name of the extension's IndexedDB database. */
export const DB_NAME = 'asb-assist';
/** The newest schema version. */
export const DB_VERSION = 2;

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
 * data as version 1 did and check the upgrade.
 *
 * - v1: `cases` (events inside each case) and `settings`.
 * - v2: events move to their own `events` table (indexed by case and type), cases gain the
 *   `officer`, `level` and `closedAt` indexes for the dashboard and purge, and `notices` records
 *   the notifications shown.
 *
 * @example
 * declareSchema(new Dexie('x', { indexedDB }), 1) // a database as version 1 wrote it
 */
export function declareSchema(db: Dexie, upTo: number = DB_VERSION): void {
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
}

/**
 * The extension's database: tracked cases, their events, notices shown and settings.
 *
 * @example
 * new AsbDb().cases.get('activeh:ASB-1') //=> the tracked case, or undefined
 */
export class AsbDb extends Dexie {
  declare cases: EntityTable<TrackedCaseRecord, 'key'>;
  declare events: EntityTable<RecordedEvent, 'id'>;
  declare notices: EntityTable<NoticeRow, 'id'>;
  declare settings: EntityTable<SettingsRow, 'id'>;

  constructor(name: string = DB_NAME, options: ConstructorParameters<typeof Dexie>[1] = {}) {
    super(name, options);
    declareSchema(this);
  }
}

/**
 * Opens the extension's database. Only the extension's own origin (service worker, side panel,
 * options page) may call this: content scripts ask the background by message.
 *
 * @example
 * const db = openDb(); // the real IndexedDB
 * const test = openDb('t1', { indexedDB: new IDBFactory(), IDBKeyRange }); // fake-indexeddb
 */
export function openDb(name: string = DB_NAME, options: ConstructorParameters<typeof Dexie>[1] = {}): AsbDb {
  return new AsbDb(name, options);
}
