import type { Browser } from 'wxt/browser';

/** The storage key under which the tab → case map is kept in `storage.session`. */
export const TAB_CASES_KEY = 'tabCases';

/** Which case each tab shows, kept in session storage so it survives the service worker stopping. */
export interface TabCases {
  get(tabId: number): Promise<string | null>;
  set(tabId: number, key: string | null): Promise<void>;
  remove(tabId: number): Promise<void>;
  /** The tabs that show this case. */
  tabsShowing(key: string): Promise<number[]>;
}

/**
 * The tab → case map over a storage area (`browser.storage.session`). The side panel reads the
 * same key and listens to its changes to follow the tab.
 *
 * @example
 * const tabs = createTabCases(browser.storage.session);
 * await tabs.set(12, 'activeh:ASB-1001');
 * await tabs.get(12) //=> 'activeh:ASB-1001'
 */
export function createTabCases(area: Pick<Browser.storage.StorageArea, 'get' | 'set'>): TabCases {
  async function read(): Promise<Record<string, string>> {
    const stored = (await area.get(TAB_CASES_KEY)) as Record<string, unknown>;
    const map = stored[TAB_CASES_KEY];
    return map && typeof map === 'object' ? { ...(map as Record<string, string>) } : {};
  }
  return {
    async get(tabId) {
      return (await read())[String(tabId)] ?? null;
    },
    async set(tabId, key) {
      const map = await read();
      if (key === null) delete map[String(tabId)];
      else map[String(tabId)] = key;
      await area.set({ [TAB_CASES_KEY]: map });
    },
    async tabsShowing(key) {
      return Object.entries(await read())
        .filter(([, shown]) => shown === key)
        .map(([tabId]) => Number(tabId));
    },
    async remove(tabId) {
      const map = await read();
      if (!(String(tabId) in map)) return;
      delete map[String(tabId)];
      await area.set({ [TAB_CASES_KEY]: map });
    },
  };
}
