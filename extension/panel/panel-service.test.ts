// Dexie needs a global indexedDB: fake-indexeddb/auto provides it.
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { summaryOn } from '../cases/stored-summary.ts';
import type { HostCase } from '../hosts/host-case.ts';
import { openDb } from '../storage/db.ts';
import { createPanelService } from './panel-service.ts';

const read = (reference: string, officer: string, receivedAt: string): HostCase => ({
  system: 'omniledger',
  reference,
  receivedAt,
  recordedCategory: 'Noise Nuisance',
  description: 'Loud music from the flat above most nights.',
  parties: [{ role: 'complainant', name: 'Ms Bello' }],
  officer,
  logEntries: [],
  url: `https://hms.example.org/asb-log/${reference}.html`,
});

let opened = 0;

function setup(tabs: { url?: string }[] = []) {
  const db = openDb(`panel-service-${++opened}`);
  const sendMessage = vi.fn(async () => ({ ok: true, value: { overdue: 0 } }));
  const api = {
    runtime: { sendMessage },
    tabs: { query: async () => tabs as never, onActivated: fakeBrowser.tabs.onActivated },
    storage: { session: fakeBrowser.storage.session, managed: { get: async () => ({}) } },
  };
  // Friday 18 December 2026, 10:00 in London.
  const service = createPanelService({ db, api: api as never, now: () => new Date('2026-12-18T10:00:00Z') });
  return { db, service, sendMessage };
}

beforeEach(() => fakeBrowser.reset());

describe('storeHostCases', () => {
  it('stores cases read from the housing system as tracked cases, with their officer and dashboard row, then updates the badge', async () => {
    const { db, service, sendMessage } = setup();
    await service.storeHostCases([read('OL-1', 'Priya Nair', '2026-12-18T09:00'), read('OL-2', 'Tom Reid', '2026-12-10T15:00')]);

    expect((await db.cases.get('omniledger:OL-1'))?.officer).toBe('Priya Nair');
    // Received this morning; Level 2 (noise): contact within 2 working days, Tuesday 22 December (after the weekend).
    const one = (await db.summaries.get('omniledger:OL-1'))!;
    expect(one.officer).toBe('Priya Nair');
    expect(summaryOn(one, '2026-12-18')).toMatchObject({ stateLabel: 'Open', next: 'Contact the complainant: due in 2 working days (Tuesday 22 December 2026)' });
    // Received Thursday 10 December: due Monday 14 December; 15 to 18 December is 4 working days late.
    const two = (await db.summaries.get('omniledger:OL-2'))!;
    expect(two.officer).toBe('Tom Reid');
    expect(summaryOn(two, '2026-12-18')).toMatchObject({ stateLabel: 'Overdue', next: 'Contact the complainant: overdue by 4 working days. An explanation is owed: record why it was missed.' });
    expect(sendMessage).toHaveBeenCalledWith({ type: 'recompute' });
  });

  it('refuses a case that was not read properly, naming the field', async () => {
    const { db, service } = setup();
    await expect(service.storeHostCases([{ ...read('OL-3', 'Priya Nair', '2026-12-18T09:00'), receivedAt: '18/12/2026' }])).rejects.toThrow('case.receivedAt');
    expect(await db.cases.count()).toBe(0);
  });
});

describe('openCaseKeys', () => {
  it('gives the cases tracked here and not closed; a case stored as the housing system shows it closed is left out, with its dashboard row Closed', async () => {
    const { db, service } = setup();
    await service.storeHostCases([read('OL-1', 'Priya Nair', '2026-12-18T09:00'), read('OL-2', 'Tom Reid', '2026-12-10T15:00')]);
    expect(await service.openCaseKeys()).toEqual(new Set(['omniledger:OL-1', 'omniledger:OL-2']));
    await service.storeHostCases([{ ...read('OL-2', 'Tom Reid', '2026-12-10T15:00'), status: 'Resolved', closed: true }]);
    expect(await service.openCaseKeys()).toEqual(new Set(['omniledger:OL-1']));
    // Closed on the day it was read closed: Friday 18 December 2026.
    expect((await db.cases.get('omniledger:OL-2'))?.closedAt).toBe('2026-12-18');
    const row = (await db.summaries.get('omniledger:OL-2'))!;
    expect(row).toMatchObject({ group: 'closed', closed: '2026-12-18' });
    expect(summaryOn(row, '2026-12-18')).toMatchObject({ state: 'closed', stateLabel: 'Closed', soon: false });
  });
});

describe('activeTabUrl', () => {
  it('gives the active tab’s address when it is a web page, else null', async () => {
    expect(await setup([{ url: 'https://hms.example.org/asb/case-list.html' }]).service.activeTabUrl()).toBe('https://hms.example.org/asb/case-list.html');
    expect(await setup([{ url: 'chrome://extensions/' }]).service.activeTabUrl()).toBeNull();
    expect(await setup([{}]).service.activeTabUrl()).toBeNull();
    expect(await setup([]).service.activeTabUrl()).toBeNull();
  });
});
