import { readReply } from '../messaging/messaging.ts';
import type { MessageHandlers } from '../messaging/messaging.ts';
import type { BackgroundApi } from './background-api.ts';
import type { SweepResult } from './sweep-deadlines.ts';
import type { TabCases } from '../storage/tab-cases.ts';

export interface HandlerDeps {
  api: Pick<BackgroundApi, 'tabs'>;
  tabCases: TabCases;
  /** Recomputes badge and notifications (see sweepDeadlines). */
  sweep: () => Promise<SweepResult>;
  /** Resolves once the case views read so far are stored (createPageHandlers' `settled`); default: at once. */
  settled?: () => Promise<void>;
}

/**
 * The background's answers to the message protocol (extension/messaging/messages.ts), for
 * `onMessage`: the side panel's ('get-tab-case', 'insert-note', 'recompute'). The host pages'
 * messages are answered by createPageHandlers (page-handlers.ts), 'open-side-panel' by
 * openSidePanelHandler, the inbox's by createInboxHandlers.
 *
 * @example
 * onMessage(createMessageHandlers({ api: browser, tabCases, sweep }));
 */
export function createMessageHandlers({ api, tabCases, sweep, settled = async () => undefined }: HandlerDeps): MessageHandlers {
  return {
    async 'get-tab-case'(message) {
      // The tab's case view may have been drawn a moment before it was stored.
      await settled();
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
