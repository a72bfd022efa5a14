/** The storage.local key under which the last managed settings read are kept. */
export const MANAGED_CACHE_KEY = 'managed-settings-last-read';

export interface ManagedReaderApi {
  readManaged(): Promise<Record<string, unknown>>;
  local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
}

/**
 * Reads the organisation's managed settings without making officers wait for them. Chromium's
 * first `storage.managed.get()` after start-up can take seconds (measured: 4.5 s on Linux; in
 * headless Chromium it may not answer at all), and every banner waits for the settings. So a
 * caller is answered at once with the values known last (kept in storage.local, so they survive a
 * restart of the service worker), and the browser is asked again behind the answer (one read at a
 * time); when its values differ from those known, they are kept, the next caller gets them, and
 * `onLate` is called so the caller can apply them. Only a new installation, with no values known
 * yet, waits for the browser: its first callers, at most `waitMs`, and no caller after them.
 *
 * @example
 * const managed = createManagedReader({ readManaged: () => browser.storage.managed.get(), local: browser.storage.local }, { onLate: resync });
 * await managed() //=> { officerName: 'Sam Patel' } (last time's values while Chromium is slow)
 */
export function createManagedReader(
  api: ManagedReaderApi,
  options: { waitMs?: number; onLate?: (values: Record<string, unknown>) => void } = {},
): () => Promise<Record<string, unknown>> {
  const waitMs = options.waitMs ?? 300;
  /** Last time's values, from storage.local; undefined when none were ever kept. */
  const lastRead = api.local
    .get(MANAGED_CACHE_KEY)
    .then((items) => items[MANAGED_CACHE_KEY] as Record<string, unknown> | undefined)
    .catch(() => undefined);
  /** What storage.local holds, as JSON (undefined: nothing). */
  let stored = lastRead.then((values) => (values === undefined ? undefined : JSON.stringify(values)));
  /** The values read from the browser in this run, once it has answered. */
  let current: Record<string, unknown> | null = null;
  let reading: Promise<Record<string, unknown>> | null = null;

  /** Asks the browser (unless a read is under way), keeps its answer, and says when it changed. */
  const read = (): Promise<Record<string, unknown>> =>
    (reading ??= api
      .readManaged()
      .catch(() => ({})) // no managed storage (Firefox without a policy): none
      .then(async (values) => {
        const json = JSON.stringify(values);
        const given = JSON.stringify(current ?? (await lastRead) ?? {});
        current = values;
        reading = null;
        if (json !== (await stored)) {
          stored = Promise.resolve(json);
          await api.local.set({ [MANAGED_CACHE_KEY]: values }).catch(() => undefined);
        }
        if (json !== given) options.onLate?.(values);
        return values;
      }));
  read();

  /** The one wait of a new installation: the browser's values, or null after `waitMs`. */
  let firstWait: Promise<Record<string, unknown> | null> | null = null;

  return async () => {
    if (current) {
      void read(); // for next time: the organisation may have changed its settings
      return current;
    }
    const last = await lastRead;
    if (current) return current;
    if (last) return last;
    firstWait ??= Promise.race([read(), new Promise<null>((resolve) => setTimeout(() => resolve(null), waitMs))]);
    return (await firstWait) ?? current ?? {};
  };
}
