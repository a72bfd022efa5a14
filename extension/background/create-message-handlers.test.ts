import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Message, MessageResponse } from '../messaging/messages.ts';
import type { MessageHandler } from '../messaging/messaging.ts';
import { createMessageHandlers } from './create-message-handlers.ts';
import { createTabCases } from '../storage/tab-cases.ts';

function setup(tabsSendMessage: (tabId: number, message: unknown) => Promise<unknown> = async () => undefined) {
  const tabCases = createTabCases(fakeBrowser.storage.session);
  const sweep = vi.fn(async () => ({ overdue: 3, notified: [], purged: [] }));
  const handlers = createMessageHandlers({
    api: { tabs: { ...fakeBrowser.tabs, sendMessage: tabsSendMessage as never } },
    tabCases,
    sweep,
  });
  const send = <T extends Message['type']>(message: Extract<Message, { type: T }>, tabId?: number): Promise<MessageResponse<T>> => {
    const handler = handlers[message.type] as MessageHandler<T>;
    const sender = (tabId === undefined ? {} : { tab: { id: tabId } }) as Browser.runtime.MessageSender;
    return Promise.resolve(handler(message, sender)) as Promise<MessageResponse<T>>;
  };
  return { tabCases, sweep, send };
}

beforeEach(() => fakeBrowser.reset());

describe('the background message handlers', () => {
  it('get-tab-case waits for the case views being stored, then gives the case last shown in the tab', async () => {
    let store = () => undefined as void;
    const storing = new Promise<void>((resolve) => (store = resolve));
    const tabCases = createTabCases(fakeBrowser.storage.session);
    const handlers = createMessageHandlers({ api: { tabs: fakeBrowser.tabs }, tabCases, sweep: async () => ({ overdue: 0, notified: [], purged: [] }), settled: () => storing });
    const asked = Promise.resolve((handlers['get-tab-case'] as MessageHandler<'get-tab-case'>)({ type: 'get-tab-case', tabId: 7 }, {} as Browser.runtime.MessageSender));
    await tabCases.set(7, 'activeh:ASB-1001');
    store();
    expect(await asked).toEqual({ key: 'activeh:ASB-1001' });
  });

  it('get-tab-case gives the case last shown in the tab', async () => {
    const { tabCases, send } = setup();
    await tabCases.set(7, 'activeh:ASB-1001');
    expect(await send({ type: 'get-tab-case', tabId: 7 })).toEqual({ key: 'activeh:ASB-1001' });
    expect(await send({ type: 'get-tab-case', tabId: 8 })).toEqual({ key: null });
  });

  it('insert-note passes the text to the page and gives back its answer', async () => {
    const delivered: unknown[] = [];
    const { send } = setup(async (tabId, message) => {
      delivered.push([tabId, message]);
      return { ok: true, value: { inserted: true } };
    });
    expect(await send({ type: 'insert-note', tabId: 4, text: 'Acknowledgement sent' })).toEqual({ inserted: true });
    expect(delivered).toEqual([[4, { type: 'insert-note-in-page', text: 'Acknowledgement sent' }]]);
  });

  it('insert-note says so in words when the page cannot take the note', async () => {
    const refused = setup(async () => ({ ok: false, error: 'This page has no notes field' }));
    expect(await refused.send({ type: 'insert-note', tabId: 4, text: 'x' })).toEqual({ inserted: false, reason: 'This page has no notes field' });
    const gone = setup(async () => {
      throw new Error('Could not establish connection');
    });
    expect((await gone.send({ type: 'insert-note', tabId: 4, text: 'x' })).reason).toMatch(/not open in this tab/);
  });

  it('recompute answers with the overdue count', async () => {
    const { send } = setup();
    expect(await send({ type: 'recompute' })).toEqual({ overdue: 3 });
  });

  it('recompute for a case tells the tabs showing it that its tracked facts changed', async () => {
    const delivered: unknown[] = [];
    const { tabCases, send } = setup(async (tabId, message) => {
      delivered.push([tabId, message]);
      return { ok: true, value: { refreshed: true } };
    });
    await tabCases.set(3, 'activeh:ASB-1001');
    await tabCases.set(4, 'activeh:OTHER');
    await send({ type: 'recompute', key: 'activeh:ASB-1001' });
    expect(delivered).toEqual([[3, { type: 'tracked-changed', key: 'activeh:ASB-1001' }]]);
  });
});
