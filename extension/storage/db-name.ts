/**
 * The name of the extension's IndexedDB database, in a module of its own so the side panel's
 * first read (see prefetchFirstRows) can name it without loading Dexie.
 *
 * @example
 * indexedDB.open(DB_NAME) // 'asb-assist'
 */
export const DB_NAME = 'asb-assist';

/**
 * The newest schema version (Dexie's; IndexedDB sees it times 10). Kept here too, so the side
 * panel's first read can tell a database written by an older version from the current one.
 *
 * @example
 * DB_SCHEMA_VERSION //=> 4
 */
export const DB_SCHEMA_VERSION = 4;
