import type { MessageHandler } from '../messaging/messaging.ts';
import type { TabCases } from '../storage/tab-cases.ts';
import type { BackgroundApi } from './background-api.ts';

/**
 * The handler for 'open-side-panel'. Chrome lets `sidePanel.open` run only within the user
 * gesture that sent the message; handlers are called synchronously (see `messageListener`), and
 * this one calls it at once, before anything is awaited; then the tab's case is remembered for the
 * panel. Without `sidePanel` (Firefox) it answers `{ opened: false }`.
 *
 * @example
 * onMessage({ 'open-side-panel': openSidePanelHandler(browser, tabCases) });
 */
export function openSidePanelHandler(api: Pick<BackgroundApi, 'sidePanel'>, tabCases: TabCases): MessageHandler<'open-side-panel'> {
  return (message, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !api.sidePanel) return { opened: false };
    let opening: Promise<unknown>;
    try {
      opening = Promise.resolve(api.sidePanel.open({ tabId }));
    } catch (error) {
      opening = Promise.reject(error);
    }
    const remembering = tabCases.set(tabId, message.key !== null && message.key !== '' ? message.key : null);
    return Promise.all([opening, remembering]).then(() => ({ opened: true }));
  };
}
