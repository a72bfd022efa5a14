import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { messageListener } from '../messaging/messaging.ts';
import { openSidePanelHandler } from './open-side-panel-handler.ts';
import { createTabCases } from '../storage/tab-cases.ts';

beforeEach(() => fakeBrowser.reset());

const fromTab = (id: number) => ({ tab: { id } }) as Browser.runtime.MessageSender;

describe('openSidePanelHandler', () => {
  it('opens the panel at once, within the user gesture, and remembers the case for the tab', async () => {
    // fakeBrowser has no sidePanel: stub it.
    const open = vi.fn(async () => undefined);
    const tabCases = createTabCases(fakeBrowser.storage.session);
    const listener = messageListener({ 'open-side-panel': openSidePanelHandler({ sidePanel: { open, setPanelBehavior: vi.fn() } }, tabCases) });
    const replies: unknown[] = [];
    const replied = new Promise<void>((resolve) => {
      const kept = listener({ type: 'open-side-panel', key: 'activeh:ASB-1001' }, fromTab(9), (r) => {
        replies.push(r);
        resolve();
      });
      expect(kept).toBe(true);
      // Called synchronously, before anything was awaited.
      expect(open).toHaveBeenCalledWith({ tabId: 9 });
    });
    await replied;
    expect(replies).toEqual([{ ok: true, value: { opened: true } }]);
    expect(await tabCases.get(9)).toBe('activeh:ASB-1001');
  });

  it('answers opened: false where there is no side panel (Firefox) and ignores other messages', async () => {
    const listener = messageListener({ 'open-side-panel': openSidePanelHandler({}, createTabCases(fakeBrowser.storage.session)) });
    const reply = await new Promise((resolve) => listener({ type: 'open-side-panel', key: null }, fromTab(1), resolve));
    expect(reply).toEqual({ ok: true, value: { opened: false } });
    const others: unknown[] = [];
    expect(listener({ type: 'get-hosts' }, fromTab(1), (r) => others.push(r))).toBeUndefined();
    expect(others).toEqual([]);
  });

  it('passes on the browser refusing to open the panel', async () => {
    const open = vi.fn(async () => {
      throw new Error('`sidePanel.open()` may only be called in response to a user gesture.');
    });
    const listener = messageListener({ 'open-side-panel': openSidePanelHandler({ sidePanel: { open, setPanelBehavior: vi.fn() } }, createTabCases(fakeBrowser.storage.session)) });
    const reply = await new Promise((resolve) => listener({ type: 'open-side-panel', key: null }, fromTab(3), resolve));
    expect(reply).toEqual({ ok: false, error: '`sidePanel.open()` may only be called in response to a user gesture.' });
  });
});
