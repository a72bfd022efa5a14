/** The storage.local key under which the last managed settings read are kept. */
export const MANAGED_CACHE_KEY = 'managed-settings-last-read';

export interface ManagedReaderApi {
  readManaged(): Promise<Record<string, unknown>>;
  local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
}

/**
 * Reads the organisation's managed settings without making officers wait for them. Chromium's
 * first `storage.managed.get()` after start-up can take seconds (measured: 4.5 s on Linux), which
 * held back every banner. So: the first read starts at once; a caller waits for it at most
 * `waitMs`, then gets the values read last time (kept in storage.local), and `onLate` is called
 * when the real values arrive and differ, so the caller can apply them.
 *
 * @example
 * const managed = createManagedReader({ readManaged: () => browser.storage.managed.get(), local: browser.storage.local }, { onLate: resync });
 * await managed() //=> { officerName: 'Sam Patel' } (or last time's values while Chromium is slow)
 */
export function createManagedReader(
  api: ManagedReaderApi,
  options: { waitMs?: number; onLate?: (values: Record<string, unknown>) => void } = {},
): () => Promise<Record<string, unknown>> {
  const waitMs = options.waitMs ?? 300;
  let current: Record<string, unknown> | null = null;
  let settled = false;
  const lastRead = api.local
    .get(MANAGED_CACHE_KEY)
    .then((items) => (items[MANAGED_CACHE_KEY] as Record<string, unknown> | undefined) ?? {})
    .catch(() => ({}));
  const fresh = api
    .readManaged()
    .catch(() => ({}))
    .then(async (values) => {
      const before = JSON.stringify(await lastRead);
      current = values;
      settled = true;
      await api.local.set({ [MANAGED_CACHE_KEY]: values }).catch(() => undefined);
      if (JSON.stringify(values) !== before) options.onLate?.(values);
      return values;
    });

  return async () => {
    if (settled && current) return current;
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), waitMs));
    return (await Promise.race([fresh, timeout])) ?? (await lastRead);
  };
}
