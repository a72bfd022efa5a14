import type { Browser } from 'wxt/browser';
import type { Envelope } from '../messaging.ts';
import type { BackgroundApi } from './background-api.ts';
import type { TabCases } from './tab-cases.ts';

type Listener = (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void) => true | undefined;

/**
 * The listener for 'open-side-panel'. Chrome lets `sidePanel.open` run only within the user
 * gesture that sent the message, so it is called at once, before anything is awaited; then the
 * tab's case is remembered for the panel. Answers in the envelope `sendMessage` expects.
 * Without `sidePanel` (Firefox) it answers `{ opened: false }`.
 *
 * @example
 * browser.runtime.onMessage.addListener(listenForOpenSidePanel(browser, tabCases));
 */
export function listenForOpenSidePanel(api: Pick<BackgroundApi, 'sidePanel'>, tabCases: TabCases): Listener {
  return (raw, sender, sendResponse) => {
    if (typeof raw !== 'object' || raw === null || (raw as { type?: unknown }).type !== 'open-side-panel') return undefined;
    const key = (raw as { key?: unknown }).key;
    const tabId = sender.tab?.id;
    const reply = (envelope: Envelope<{ opened: boolean }>) => sendResponse(envelope);
    if (tabId === undefined || !api.sidePanel) {
      reply({ ok: true, value: { opened: false } });
      return undefined;
    }
    let opening: Promise<unknown>;
    try {
      opening = Promise.resolve(api.sidePanel.open({ tabId }));
    } catch (error) {
      opening = Promise.reject(error);
    }
    const remembering = tabCases.set(tabId, typeof key === 'string' && key !== '' ? key : null);
    Promise.all([opening, remembering]).then(
      () => reply({ ok: true, value: { opened: true } }),
      (error: unknown) => reply({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  };
}
