import type { WxtBrowser } from 'wxt/browser';
import { onMessage } from '../messaging/messaging.ts';
import { createManagedReader } from '../settings/managed-reader.ts';
import { resolvePolicy } from '../settings/resolve-policy.ts';
import { createSettingsRepository } from '../storage/settings-repository.ts';
import { createCaseRepository } from '../storage/case-repository.ts';
import { openDb } from '../storage/db.ts';
import { createMessageHandlers } from './create-message-handlers.ts';
import { createInboxHandlers } from './inbox-handlers.ts';
import { openSidePanelHandler } from './open-side-panel-handler.ts';
import { createPageHandlers } from './page-handlers.ts';
import { NOTICE_PREFIX, SUMMARY_NOTICE_ID, sweepDeadlines } from './sweep-deadlines.ts';
import type { SweepResult } from './sweep-deadlines.ts';
import { manifestContentMatches } from '../settings/manifest-content-matches.ts';
import { syncHostScripts } from '../settings/sync-host-scripts.ts';
import { createTabCases } from '../storage/tab-cases.ts';

/** The alarm that recomputes deadlines. */
export const SWEEP_ALARM = 'asb-recompute-deadlines';
/** How often deadlines are recomputed, in minutes. */
export const SWEEP_MINUTES = 30;

/**
 * Wires the background service worker: message handlers, the open-side-panel listener, the
 * deadline alarm (every 30 minutes and at start-up), notifications, the badge, and the content
 * script registered for the officer's host systems. Every listener is added synchronously, as
 * MV3 requires, so a worker woken by an event hears it.
 *
 * @example
 * defineBackground(() => startBackground(browser));
 */
export function startBackground(browser: WxtBrowser): void {
  const db = openDb();
  // Chromium's first storage.managed read can take seconds: never make a banner wait for it.
  const readManaged = createManagedReader(
    { readManaged: async () => (await browser.storage.managed.get()) as Record<string, unknown>, local: browser.storage.local },
    { onLate: () => void syncHosts().then(sweep) },
  );
  const settings = createSettingsRepository(db, readManaged);
  // Each write also stores the case's dashboard row under the policy in force, so a case seen in
  // a host tab is on the dashboard at once, not after the next sweep.
  const cases = createCaseRepository(db, undefined, { policy: async () => resolvePolicy((await settings.load()).settings).policy });
  const tabCases = createTabCases(browser.storage.session);
  const sidePanel = 'sidePanel' in browser && browser.sidePanel ? browser.sidePanel : undefined;

  // One sweep at a time, so two triggers never notify the same case twice.
  let last: Promise<SweepResult> = Promise.resolve({ overdue: 0, notified: [], purged: [] });
  const sweep = () => {
    last = last.catch(() => undefined).then(() => sweepDeadlines({ api: browser, db, cases, settings, now: () => new Date() }));
    return last;
  };
  // Case views ask for a sweep; many in a row (a busy officer, an import) make one, 2 s later.
  let pending: ReturnType<typeof setTimeout> | undefined;
  const requestSweep = () => {
    if (pending !== undefined) return;
    pending = setTimeout(() => {
      pending = undefined;
      void sweep().catch(() => undefined);
    }, 2000);
  };
  const syncHosts = async () =>
    syncHostScripts(browser, (await settings.load()).settings.hosts, manifestContentMatches(browser.runtime.getManifest()));

  const inbox = createInboxHandlers({
    api: browser,
    ownOrigin: `${globalThis.location.origin}/`, // the service worker's origin: chrome-extension://ID
    local: browser.storage.local,
    session: browser.storage.session,
    settings: async () => {
      const { settings: current } = await settings.load();
      return { settings: current, policy: resolvePolicy(current).policy };
    },
  });
  const page = createPageHandlers({ cases, settings, tabCases, requestSweep, onCaseSeen: inbox.caseSeen });
  onMessage({
    ...createMessageHandlers({ api: browser, tabCases, sweep, settled: page.settled }),
    ...page.handlers,
    ...inbox.handlers,
    'open-side-panel': openSidePanelHandler({ sidePanel }, tabCases),
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SWEEP_ALARM) void sweep();
  });
  browser.runtime.onStartup.addListener(() => void sweep());
  browser.tabs.onRemoved.addListener((tabId) => void tabCases.remove(tabId));
  browser.notifications.onClicked.addListener((id) => {
    if (id === SUMMARY_NOTICE_ID) {
      void browser.tabs.create({ url: '/sidepanel.html?view=dashboard' }); // relative: the extension's own page
      return;
    }
    if (!id.startsWith(NOTICE_PREFIX)) return;
    void cases.get(id.slice(NOTICE_PREFIX.length)).then((found) => {
      if (found) void browser.tabs.create({ url: found.host.url });
    });
  });
  browser.permissions.onAdded.addListener(() => void syncHosts());
  browser.permissions.onRemoved.addListener(() => void syncHosts());
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void syncHosts().then(sweep);
  });

  void (async () => {
    if (!(await browser.alarms.get(SWEEP_ALARM))) {
      await browser.alarms.create(SWEEP_ALARM, { periodInMinutes: SWEEP_MINUTES, delayInMinutes: SWEEP_MINUTES });
    }
    // Chrome: the toolbar button opens the side panel.
    await sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    await syncHosts().catch(() => undefined);
    await sweep();
  })();
}
