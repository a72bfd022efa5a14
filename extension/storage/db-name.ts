/**
 * The name of the extension's IndexedDB database, in a module of its own so the side panel's
 * first read (see prefetchFirstRows) can name it without loading Dexie.
 *
 * @example
 * indexedDB.open(DB_NAME) // 'asb-assist'
 */
export const DB_NAME = 'asb-assist';
