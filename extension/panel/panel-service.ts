import { liveQuery } from 'dexie';
import type { Browser } from 'wxt/browser';
import { parseOrThrow, toLondonDate, type LetterNode } from '../../core/index.ts';
import { hostCaseSchema } from '../hosts/host-case.ts';
import type { HostCase } from '../hosts/host-case.ts';
import type { StoredSummary } from '../cases/stored-summary.ts';
import type { Nm01Facts } from '../cases/team-nm01.ts';
import { assessTrackedCase } from '../cases/assess-tracked-case.ts';
import { TAB_CASES_KEY } from '../storage/tab-cases.ts';
import { sendMessageVia } from '../messaging/messaging.ts';
import type { MessageOf } from '../messaging/messaging.ts';
import type { Message, MessageResponse } from '../messaging/messages.ts';
import { printLetter } from './print-letter.ts';
import { resolvePolicy } from '../settings/resolve-policy.ts';
import type { EffectiveSettings } from '../settings/managed-settings.ts';
import { createSettingsRepository } from '../storage/settings-repository.ts';
import type { SettingsRepository } from '../storage/settings-repository.ts';
import { createCaseRepository } from '../storage/case-repository.ts';
import type { CaseRepository } from '../storage/case-repository.ts';
import { saveSeenCase } from '../storage/save-seen-case.ts';
import type { AsbDb } from '../storage/db.ts';
import { createSummaryStore } from '../storage/summary-store.ts';
import type { SummaryCounts, SummaryDay, SummaryFilter } from '../storage/summary-store.ts';
import type { EventDetails, EventSource, TrackedCase } from '../cases/tracked-case.ts';

/** The extension API the side panel uses (`browser` from `wxt/browser`, or a fake in tests). */
export interface PanelApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: Pick<typeof Browser.tabs, 'query'> & { onActivated: Pick<typeof Browser.tabs.onActivated, 'addListener' | 'removeListener'> };
  storage: {
    session: Pick<Browser.storage.StorageArea, 'get'> & { onChanged: Pick<Browser.storage.StorageArea['onChanged'], 'addListener' | 'removeListener'> };
    managed: Pick<Browser.storage.StorageArea, 'get'>;
  };
}

/** Where the panel is: the tab it belongs to and the case that tab shows. */
export interface TabCase {
  tabId: number | null;
  key: string | null;
}

/**
 * Everything the side panel does outside itself: the database, the extension API, the clock,
 * the clipboard and printing. Components and state never touch these directly.
 */
export interface PanelService {
  /** Today's date in London. */
  today(): string;
  settings(): Promise<EffectiveSettings>;
  /**
   * Calls `next` with the tracked case (null: not tracked) now and after each change to it (from
   * any extension page or the worker).
   */
  watchCase(key: string, next: (found: TrackedCase | null) => void): () => void;
  /**
   * Calls `next` with the dashboard's first `limit` rows passing the filter, now and after each
   * change. Reads the stored summaries' indexes, never every case.
   */
  watchRows(filter: SummaryFilter, limit: number, day: SummaryDay, next: (rows: StoredSummary[]) => void): () => void;
  /**
   * The dashboard's first rows (no filter) if they were read before the panel loaded (see
   * prefetchFirstRows); null when they were not, or were already taken.
   */
  prefetchedRows(): Promise<StoredSummary[] | null> | null;
  /** Calls `next` with the dashboard's counts for the filter, now and after each change. */
  watchCounts(filter: SummaryFilter, day: SummaryDay, next: (counts: SummaryCounts) => void): () => void;
  /** The NM01 facts of every case received on or before `to` (see teamNm01). */
  nm01Facts(to: string): Promise<Nm01Facts[]>;
  /** Recomputes the stored summaries not worked out for `today` and the policy in force; returns how many. */
  refreshSummaries(today: string): Promise<number>;
  /** The active tab and its case. */
  tabCase(): Promise<TabCase>;
  /** The web address of the active tab when it is a web page (http or https), else null. */
  activeTabUrl(): Promise<string | null>;
  /** Calls `next` when the active tab or its case changes. */
  watchTabCase(next: (tab: TabCase) => void): () => void;
  /** Records an event now, with its details (a reclassification's level and reason, an appointment's date, who). */
  recordEvent(key: string, type: string, source: EventSource, details?: EventDetails): Promise<void>;
  removeEvents(key: string, type: string): Promise<void>;
  setMissedReason(key: string, deadlineId: string, reason: string): Promise<void>;
  setRiskAnswer(key: string, questionId: string, answer: boolean | null): Promise<void>;
  setReportDates(key: string, dates: string[]): Promise<void>;
  setIncidentDate(key: string, reportDate: string, incidentDate: string | null): Promise<void>;
  deleteCase(key: string): Promise<void>;
  /**
   * Stores cases read from the housing system's own pages (the team-wide fill) as tracked cases,
   * with their dashboard rows, as if each had been opened here; then updates the badge.
   */
  storeHostCases(hosts: readonly HostCase[]): Promise<void>;
  /** Keys of the cases tracked here and not closed (the team fill also reads a case the list shows closed when it is one). */
  openCaseKeys(): Promise<Set<string>>;
  /** Puts the letter on the clipboard as rich text (HTML) and plain text, or as plain text only. */
  copy(letter: { html: string; text: string }, plainOnly: boolean): Promise<void>;
  /** Prints the letter alone, drawn from its blocks (print-letter.ts). */
  print(letter: { blocks: readonly LetterNode[]; subject: string }): void;
  /** Types the text into the host's notes field in that tab. */
  insertNote(tabId: number, text: string, event?: string): Promise<MessageResponse<'insert-note'>>;
}

/**
 * The side panel's service over the extension's database and API.
 *
 * @example
 * const service = createPanelService({ db: openDb(), api: browser });
 * service.today() //=> '2026-12-21'
 */
export function createPanelService({
  db,
  api,
  now = () => new Date(),
  prefetched = null,
  settings = createSettingsRepository(db, async () => (await api.storage.managed.get()) as Record<string, unknown>),
  // Each write also stores the case's dashboard row, under the policy in force.
  cases = createCaseRepository(db, now, { policy: async () => resolvePolicy((await settings.load()).settings).policy }),
}: {
  db: AsbDb;
  api: PanelApi;
  now?: () => Date;
  /** The dashboard's first rows, read early (see prefetchFirstRows). */
  prefetched?: Promise<StoredSummary[] | null> | null;
  settings?: SettingsRepository;
  cases?: CaseRepository;
}): PanelService {
  let early = prefetched;
  const summaries = createSummaryStore(db);

  function send<T extends Message['type']>(message: MessageOf<T>): Promise<MessageResponse<T>> {
    return sendMessageVia(api, message);
  }

  /** After a change: store the (possibly raised) level, then let the background update the badge. */
  async function changed(key: string): Promise<void> {
    const found = await cases.get(key);
    if (found) {
      const { policy } = resolvePolicy((await settings.load()).settings);
      const assessed = assessTrackedCase(found, policy, toLondonDate(now().toISOString(), 'today'));
      await cases.setSnapshot(key, { level: assessed.level, flags: assessed.flags });
    }
    await send({ type: 'recompute', key }).catch(() => undefined);
  }

  async function tabCase(): Promise<TabCase> {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    const tabId = tab?.id ?? null;
    if (tabId === null) return { tabId, key: null };
    const stored = (await api.storage.session.get(TAB_CASES_KEY)) as Record<string, Record<string, string> | undefined>;
    return { tabId, key: stored[TAB_CASES_KEY]?.[String(tabId)] ?? null };
  }

  return {
    today: () => toLondonDate(now().toISOString(), 'today'),
    settings: () => settings.load(),
    watchCase(key, next) {
      const subscription = liveQuery(() => cases.get(key)).subscribe({ next: (found) => next(found ?? null), error: () => next(null) });
      return () => subscription.unsubscribe();
    },
    watchRows(filter, limit, day, next) {
      const subscription = liveQuery(() => summaries.rows(filter, limit, day)).subscribe({ next, error: () => undefined });
      return () => subscription.unsubscribe();
    },
    prefetchedRows() {
      const taken = early;
      early = null;
      return taken;
    },
    watchCounts(filter, day, next) {
      const subscription = liveQuery(() => summaries.counts(filter, day)).subscribe({ next, error: () => undefined });
      return () => subscription.unsubscribe();
    },
    nm01Facts: (to) => summaries.openedThrough(to),
    async refreshSummaries(today) {
      const { policy } = resolvePolicy((await settings.load()).settings);
      return summaries.refresh(policy, today);
    },
    tabCase,
    async activeTabUrl() {
      const [tab] = await api.tabs.query({ active: true, currentWindow: true });
      return tab?.url && /^https?:\/\//.test(tab.url) ? tab.url : null;
    },
    watchTabCase(next) {
      const update = () => void tabCase().then(next, () => undefined);
      const onStorage = (changes: Record<string, unknown>) => {
        if (TAB_CASES_KEY in changes) update();
      };
      api.storage.session.onChanged.addListener(onStorage);
      api.tabs.onActivated.addListener(update);
      return () => {
        api.storage.session.onChanged.removeListener(onStorage);
        api.tabs.onActivated.removeListener(update);
      };
    },
    async recordEvent(key, type, source, details = {}) {
      await cases.recordEvent(key, { type, source, ...details });
      await changed(key);
    },
    async removeEvents(key, type) {
      await cases.removeEvents(key, type);
      await changed(key);
    },
    async setMissedReason(key, deadlineId, reason) {
      await cases.setMissedReason(key, deadlineId, reason);
      await send({ type: 'recompute', key }).catch(() => undefined);
    },
    async setRiskAnswer(key, questionId, answer) {
      await cases.setRiskAnswer(key, questionId, answer);
      await changed(key);
    },
    async setReportDates(key, dates) {
      await cases.setReportDates(key, dates);
    },
    async setIncidentDate(key, reportDate, incidentDate) {
      await cases.setIncidentDate(key, reportDate, incidentDate);
    },
    async storeHostCases(hosts) {
      const { policy } = resolvePolicy((await settings.load()).settings);
      for (const found of hosts) {
        // Read from pages of the housing system: checked like a case the content script sends.
        const host = parseOrThrow(hostCaseSchema, found, { prefix: 'case', root: 'case' });
        // Stored as the background's case-seen stores a case page (one assessment, see saveSeenCase).
        await saveSeenCase(cases, host, policy, { now: now().toISOString() });
      }
      await send({ type: 'recompute' }).catch(() => undefined);
    },
    async openCaseKeys() {
      // An open case's closedAt is null, which the index leaves out: read the records.
      return new Set((await db.cases.filter((c) => c.closedAt === null).primaryKeys()) as string[]);
    },
    async deleteCase(key) {
      await cases.delete(key);
      await send({ type: 'recompute' }).catch(() => undefined);
    },
    async copy(letter, plainOnly) {
      const plain = new Blob([letter.text], { type: 'text/plain' });
      const items: Record<string, Blob> = plainOnly
        ? { 'text/plain': plain }
        : { 'text/html': new Blob([letter.html], { type: 'text/html' }), 'text/plain': plain };
      await navigator.clipboard.write([new ClipboardItem(items)]);
    },
    print: (letter) => printLetter(letter),
    insertNote: (tabId, text, event) => send({ type: 'insert-note', tabId, text, ...(event ? { event } : {}) }),
  };
}
