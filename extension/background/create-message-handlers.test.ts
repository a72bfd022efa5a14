import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostCase } from '../hosts/host-case.ts';
import type { Message, MessageResponse } from '../messaging/messages.ts';
import type { MessageHandler } from '../messaging/messaging.ts';
import { createSettingsRepository } from '../storage/settings-repository.ts';
import { createCaseRepository } from '../storage/case-repository.ts';
import { openDb } from '../storage/db.ts';
import { createMessageHandlers } from './create-message-handlers.ts';
import { createTabCases } from '../storage/tab-cases.ts';

const host: HostCase = {
  system: 'activeh',
  reference: 'ASB-1001',
  receivedAt: '2026-12-18T16:05',
  recordedCategory: 'ASB - Noise',
  description: 'Loud music every night',
  parties: [{ role: 'complainant', name: 'Ms Okafor' }],
  logEntries: [],
  url: 'http://127.0.0.1:4310/activeh/case/ASB-1001',
};

function setup(tabsSendMessage: (tabId: number, message: unknown) => Promise<unknown> = async () => undefined) {
  const db = openDb('h', { indexedDB: new IDBFactory(), IDBKeyRange });
  const cases = createCaseRepository(db, () => new Date('2026-12-21T10:00:00Z'));
  const settings = createSettingsRepository(db);
  const tabCases = createTabCases(fakeBrowser.storage.session);
  const sweep = vi.fn(async () => ({ overdue: 3, notified: [], purged: [] }));
  const handlers = createMessageHandlers({
    api: { tabs: { ...fakeBrowser.tabs, sendMessage: tabsSendMessage as never } },
    cases,
    settings,
    tabCases,
    sweep,
  });
  const send = <T extends Message['type']>(message: Extract<Message, { type: T }>, tabId?: number): Promise<MessageResponse<T>> => {
    const handler = handlers[message.type] as MessageHandler<T>;
    const sender = (tabId === undefined ? {} : { tab: { id: tabId } }) as Browser.runtime.MessageSender;
    return Promise.resolve(handler(message, sender)) as Promise<MessageResponse<T>>;
  };
  return { cases, settings, tabCases, sweep, send };
}

beforeEach(() => fakeBrowser.reset());

describe('the background message handlers', () => {
  it('get-context gives the policy and officer settings', async () => {
    const { settings, send } = setup();
    await settings.save({ officerName: 'Sam Patel', policyPreset: 'co-op-homes' });
    const context = await send({ type: 'get-context' });
    expect(context.policy.id).toBe('co-op-homes');
    expect(context.officerName).toBe('Sam Patel');
    expect(context.notificationsOn).toBe(true);
  });

  it('case-seen stores the case, remembers it for the tab and answers with its tracked facts', async () => {
    const { cases, tabCases, sweep, send } = setup();
    const reply = await send({ type: 'case-seen', case: host }, 7);
    expect(reply).toEqual({
      key: 'activeh:ASB-1001',
      // The category the page showed, first seen now: the level at receipt comes from it.
      tracked: { key: 'activeh:ASB-1001', events: [], missedReasons: {}, riskAnswers: {}, reportDates: [], categories: [{ category: 'ASB - Noise', seenAt: '2026-12-21T10:00:00.000Z' }] },
    });
    expect((await cases.get('activeh:ASB-1001'))?.host.description).toBe('Loud music every night');
    expect((await cases.get('activeh:ASB-1001'))?.level).not.toBeNull();
    expect(await tabCases.get(7)).toBe('activeh:ASB-1001');
    expect(sweep).toHaveBeenCalled();
    expect(await send({ type: 'get-tab-case', tabId: 7 })).toEqual({ key: 'activeh:ASB-1001' });
  });

  it('case-seen refuses what the page could not read properly, naming the field', async () => {
    const { send } = setup();
    await expect(send({ type: 'case-seen', case: { ...host, reference: '' } }, 7)).rejects.toThrow('case.reference: must not be empty');
  });

  it("case-seen stores a generic host's mapping with the case and levels it by that mapping; get-tracked gives both back", async () => {
    const { cases, send } = setup();
    const generic: HostCase = { ...host, system: 'generic', reference: 'HL-31', recordedCategory: 'Racial Harassment', description: 'Notes left on my car.' };
    const vocabulary = { categories: { 'Racial Harassment': { behaviours: ['harassment' as const], perceivedHate: ['race' as const] } }, noteTypes: {} };
    await send({ type: 'case-seen', case: generic, vocabulary });
    const stored = await cases.get('generic:HL-31');
    expect(stored?.vocabulary).toEqual(vocabulary);
    expect(stored?.level).toBe('high');
    expect(stored?.flags).toContain('hate-incident');
    const reply = await send({ type: 'get-tracked', keys: ['generic:HL-31'] });
    expect(reply['generic:HL-31']?.host.recordedCategory).toBe('Racial Harassment');
    expect(reply['generic:HL-31']?.vocabulary).toEqual(vocabulary);
  });

  it('case-seen refuses a mapping it cannot use, naming the field', async () => {
    const { send } = setup();
    const bad = { categories: { Noise: { behaviours: ['shouting'] } }, noteTypes: {} } as never;
    await expect(send({ type: 'case-seen', case: { ...host, system: 'generic' }, vocabulary: bad })).rejects.toThrow(/vocabulary\.categories\.Noise\.behaviours\[0\]/);
  });

  it('get-tracked answers only for the cases it tracks', async () => {
    const { cases, send } = setup();
    await send({ type: 'case-seen', case: host });
    await cases.recordEvent('activeh:ASB-1001', { type: 'complainant-contacted', at: '2026-12-21T09:00:00Z', source: 'checklist' });
    const reply = await send({ type: 'get-tracked', keys: ['activeh:ASB-1001', 'activeh:OTHER'] });
    expect(Object.keys(reply)).toEqual(['activeh:ASB-1001']);
    expect(reply['activeh:ASB-1001']?.events).toEqual([{ type: 'complainant-contacted', at: '2026-12-21T09:00:00Z' }]);
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
