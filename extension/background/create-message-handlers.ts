import { hostCaseSchema, type HostCase } from '../hosts/host-case.ts';
import { hostVocabularySchema } from '../hosts/host-vocabulary-schema.ts';
import { readReply } from '../messaging/messaging.ts';
import type { MessageHandlers } from '../messaging/messaging.ts';
import type { SeenCase } from '../messaging/messages.ts';
import { parseOrThrow } from '../../core/index.ts';
import { saveSeenCase } from '../storage/save-seen-case.ts';
import { resolvePolicy } from '../settings/resolve-policy.ts';
import type { SettingsRepository } from '../storage/settings-repository.ts';
import type { CaseRepository } from '../storage/case-repository.ts';
import type { BackgroundApi } from './background-api.ts';
import type { SweepResult } from './sweep-deadlines.ts';
import type { TabCases } from '../storage/tab-cases.ts';

export interface HandlerDeps {
  api: Pick<BackgroundApi, 'tabs'>;
  cases: CaseRepository;
  settings: SettingsRepository;
  tabCases: TabCases;
  /** Recomputes badge and notifications (see sweepDeadlines). */
  sweep: () => Promise<SweepResult>;
  /**
   * Asks for a sweep soon, coalescing many requests into one (a case view should not recompute
   * every tracked case each time). Default: sweep at once.
   */
  requestSweep?: () => void;
  /** Told of every case view read in a tab (the web reports inbox marks a report taken: inbox-handlers.ts). */
  onCaseSeen?: (host: HostCase, tabId: number | undefined) => Promise<unknown>;
}

/**
 * The background's answers to the message protocol (extension/messaging/messages.ts), for
 * `onMessage`. 'open-side-panel' is answered by openSidePanelHandler, which needs only the side
 * panel API.
 *
 * @example
 * onMessage(createMessageHandlers({ api: browser, cases, settings, tabCases, sweep }));
 */
export function createMessageHandlers({ api, cases, settings, tabCases, sweep, requestSweep, onCaseSeen }: HandlerDeps): MessageHandlers {
  const soon = requestSweep ?? (() => void sweep().catch(() => undefined));
  return {
    async 'get-context'() {
      const { settings: current } = await settings.load();
      return {
        policy: resolvePolicy(current).policy,
        officerName: current.officerName,
        notificationsOn: current.notificationsOn,
        hosts: current.hosts,
      };
    },

    async 'case-seen'(message, sender) {
      // The page is not trusted: check what the content script read before storing it.
      const host = parseOrThrow(hostCaseSchema, message.case, { prefix: 'case', root: 'case' });
      const vocabulary = message.vocabulary === undefined ? undefined : parseOrThrow(hostVocabularySchema, message.vocabulary, { prefix: 'vocabulary', root: 'vocabulary' });
      const { settings: current } = await settings.load();
      const { policy } = resolvePolicy(current);
      const saved = await saveSeenCase(cases, host, policy, { vocabulary, now: new Date().toISOString() });
      if (sender.tab?.id !== undefined) await tabCases.set(sender.tab.id, saved.key);
      if (onCaseSeen) void onCaseSeen(host, sender.tab?.id).catch(() => undefined);
      soon();
      return { key: saved.key, tracked: await cases.facts(saved.key) };
    },

    async 'get-tracked'(message) {
      const out: Record<string, SeenCase> = {};
      for (const key of new Set(message.keys)) {
        const found = await cases.get(key);
        if (found) out[key] = { ...(await cases.facts(key)), host: found.host, vocabulary: found.vocabulary ?? null };
      }
      return out;
    },

    async 'get-tab-case'(message) {
      return { key: await tabCases.get(message.tabId) };
    },

    async 'insert-note'(message) {
      let reply: unknown;
      try {
        reply = await api.tabs.sendMessage(message.tabId, { type: 'insert-note-in-page', text: message.text, ...(message.event ? { event: message.event } : {}) });
      } catch {
        return { inserted: false, reason: 'The case page is not open in this tab, or ASB Assist cannot reach it.' };
      }
      if (reply === undefined || reply === null) {
        return { inserted: false, reason: 'The page did not answer. Open the case page in this tab and try again.' };
      }
      try {
        return readReply('insert-note-in-page', reply);
      } catch (error) {
        // The page's own words ("This page has no notes field"), without the message type.
        return { inserted: false, reason: (error as Error).message.replace(/^insert-note-in-page: /, '') };
      }
    },

    async recompute(message) {
      if (message.key) {
        // Tell the pages showing this case, so their banners show what was just recorded.
        for (const tabId of await tabCases.tabsShowing(message.key)) {
          void Promise.resolve(api.tabs.sendMessage(tabId, { type: 'tracked-changed', key: message.key })).catch(() => undefined);
        }
      }
      return { overdue: (await sweep()).overdue };
    },
  };
}
