import type { StoredSummary } from '../cases/stored-summary.ts';
import { DB_SCHEMA_VERSION } from '../storage/db-name.ts';

/**
 * Where the early read waits to be taken: a global, because the script that starts it is not
 * part of the panel's module graph (it must not wait for it).
 */
const SLOT = Symbol.for('asb-assist.prefetched-rows');
type Slot = { [SLOT]?: Promise<StoredSummary[] | null> | null };

/**
 * Starts reading the dashboard's first rows (no filter, in the dashboard's order) straight from
 * IndexedDB, without Dexie, so the read runs while the panel's main script is still loading and
 * evaluating (tens of milliseconds on a slow machine). The side panel's tiny first script calls
 * it; the dashboard takes the answer with {@link takePrefetchedRows} and shows it until its live
 * query answers. It reads what Dexie declares in db.ts (version 3): the `summaries` store and
 * its `rank` index, and only from a database at the current schema version. It never creates the database (a first run leaves that to Dexie), and
 * closes its connection at once so a schema upgrade is never held up. Resolves null when there
 * is nothing to read.
 *
 * @example
 * prefetchFirstRows(DB_NAME, 50);
 * await takePrefetchedRows() //=> the first 50 rows, overdue first (or null)
 */
export function prefetchFirstRows(name: string, limit: number, factory: IDBFactory = globalThis.indexedDB, version: number = DB_SCHEMA_VERSION): void {
  const slot = globalThis as Slot;
  slot[SLOT] ??= readFirstRows(name, limit, factory, version);
}

/**
 * The rows started by {@link prefetchFirstRows}, once (null when none were asked for, or taken).
 *
 * @example
 * takePrefetchedRows() //=> Promise of the rows, then null on a second call
 */
export function takePrefetchedRows(): Promise<StoredSummary[] | null> | null {
  const slot = globalThis as Slot;
  const taken = slot[SLOT] ?? null;
  slot[SLOT] = null;
  return taken;
}

function readFirstRows(name: string, limit: number, factory: IDBFactory | undefined, version: number): Promise<StoredSummary[] | null> {
  return new Promise((resolve) => {
    if (!factory) return resolve(null);
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      return resolve(null);
    }
    // No database yet: abort, so that it is not created here at version 1 (Dexie creates it).
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      try {
        // Rows an older version wrote have another shape: Dexie upgrades them first (IndexedDB's
        // version is Dexie's times 10).
        if (db.version !== version * 10 || !db.objectStoreNames.contains('summaries')) {
          db.close();
          return resolve(null);
        }
        const tx = db.transaction('summaries', 'readonly');
        const store = tx.objectStore('summaries');
        if (!store.indexNames.contains('rank')) {
          db.close();
          return resolve(null);
        }
        const read = store.index('rank').getAll(null, limit);
        read.onsuccess = () => resolve(read.result as StoredSummary[]);
        read.onerror = () => resolve(null);
        tx.oncomplete = () => db.close();
        tx.onabort = () => db.close();
      } catch {
        db.close();
        resolve(null);
      }
    };
  });
}
