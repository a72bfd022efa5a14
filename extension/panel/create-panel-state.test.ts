// Dexie's liveQuery needs a global indexedDB: fake-indexeddb/auto provides it.
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TAB_CASES_KEY } from '../storage/tab-cases.ts';
import type { HostCase } from '../hosts/host-case.ts';
import { createCaseRepository } from '../storage/case-repository.ts';
import { openDb } from '../storage/db.ts';
import { createPanelState } from './create-panel-state.ts';
import { createPanelService } from './panel-service.ts';

const host: HostCase = {
  system: 'activeh',
  reference: 'ASB-7',
  receivedAt: '2026-12-18T09:00',
  recordedCategory: 'ASB - Noise',
  description: 'Loud music every night',
  parties: [{ role: 'complainant', name: 'Ms Bello' }],
  officer: 'J. Okafor',
  logEntries: [],
  url: 'http://127.0.0.1:4310/',
};

let opened = 0;

async function setup() {
  const db = openDb(`panel-${++opened}`);
  const now = () => new Date('2026-12-21T10:00:00Z');
  const cases = createCaseRepository(db, now);
  await cases.saveSeen(host, { level: 'medium', flags: [] });
  const sendMessage = vi.fn(async () => ({ ok: true, value: { overdue: 0 } }));
  const api = {
    runtime: { sendMessage },
    tabs: { query: async () => [{ id: 5 }] as never, onActivated: fakeBrowser.tabs.onActivated },
    storage: { session: fakeBrowser.storage.session, managed: { get: async () => ({}) } },
  };
  await fakeBrowser.storage.session.set({ [TAB_CASES_KEY]: { '5': 'activeh:ASB-7' } });
  const state = createPanelState(createPanelService({ db, api: api as never, now, cases }));
  const stop = state.start();
  await vi.waitFor(() => expect(state.caseState.summary.value).not.toBeNull());
  return { state, stop, sendMessage, cases };
}

beforeEach(() => fakeBrowser.reset());

describe('createPanelState', () => {
  it('shows the case open in the tab, with its deadlines', async () => {
    const { state, stop } = await setup();
    expect(state.caseState.key.value).toBe('activeh:ASB-7');
    expect(state.caseState.inTab.value).toBe(true);
    expect(state.caseState.summary.value?.deadlines.find((d) => d.id === 'first-contact')?.status).not.toBe('met');
    stop();
  });

  it('ticking a step records its event and the deadline is met at once; unticking removes it', async () => {
    const { state, stop, sendMessage, cases } = await setup();
    const step = state.caseState.summary.value!.checklist.flatMap((s) => s.steps).find((s) => s.event === 'complainant-contacted')!;

    await state.caseState.toggleStep(step, true);
    await vi.waitFor(() => expect(state.caseState.summary.value?.deadlines.find((d) => d.id === 'first-contact')?.status).toBe('met'));
    expect((await cases.get('activeh:ASB-7'))?.events).toMatchObject([{ type: 'complainant-contacted', source: 'checklist', at: '2026-12-21T10:00:00.000Z' }]);
    expect(sendMessage).toHaveBeenCalledWith({ type: 'recompute', key: 'activeh:ASB-7' });
    expect(state.status.value).toBe('Recorded: Contact the complainant.');

    await state.caseState.toggleStep(step, false);
    await vi.waitFor(() => expect(state.caseState.summary.value?.deadlines.find((d) => d.id === 'first-contact')?.status).not.toBe('met'));
    stop();
  });

  it('risk answers raise the stored level', async () => {
    const { state, stop, cases } = await setup();
    for (const q of ['threatened', 'targeted', 'self-harm']) await state.caseState.answerRisk(q, true);
    await vi.waitFor(() => expect(state.caseState.summary.value?.level).toBe('high'));
    expect((await cases.get('activeh:ASB-7'))?.level).toBe('high');
    expect(state.caseState.risk.value?.band.label).toBe('High risk');
    stop();
  });

  it('the letter form is filled from the case and previews once the officer is named', async () => {
    const { state, stop } = await setup();
    state.letters.templateId.value = 'acknowledgement';
    expect(state.letters.values.value.recipientName).toBe('Ms Bello');
    expect(state.letters.preview.value.error).toMatch(/Fill in: Your name/);
    state.letters.setValue('officerName', 'Sam Patel');
    expect(state.letters.preview.value.letter?.subject).toBe('We have received your report (reference ASB-7)');
    stop();
  });

  it('the dashboard works out a case the background stored without a policy, and filters by officer', async () => {
    const { state, stop } = await setup();
    // The repository in setup has no policy: the row is stale until the panel recomputes it.
    await vi.waitFor(() => expect(state.dashboard.rows.value[0]?.next?.label).toBe('Contact the complainant'));
    expect(state.dashboard.stale.value).toBe(0);
    expect(state.dashboard.officers.value).toEqual(['J. Okafor']);
    state.dashboard.officer.value = 'Someone else';
    await vi.waitFor(() => expect(state.dashboard.rows.value).toEqual([]));
    expect(state.dashboard.matching.value).toBe(0);
    expect(state.dashboard.total.value).toBe(1);
    state.dashboard.officer.value = 'J. Okafor';
    await vi.waitFor(() => expect(state.dashboard.rows.value.map((r) => r.reference)).toEqual(['ASB-7']));
    stop();
  });

  it('changing the level records a case-reclassified event with the reason and the officer, and the summary follows it', async () => {
    const { state, stop, cases } = await setup();
    state.settings.value = { ...state.settings.value!, settings: { ...state.settings.value!.settings, officerName: 'Sam Patel' } };
    await state.caseState.changeLevel({ level: 'high', reason: 'Threats at the visit' });
    await vi.waitFor(() => expect(state.caseState.summary.value?.levelHistory).toHaveLength(2));
    // Received Friday 18 December 2026 (model policy, medium); changed Monday 21 December.
    expect(state.caseState.summary.value?.levelHistory[1]).toMatchObject({ level: 'high', from: '2026-12-21', reason: 'Threats at the visit', by: 'Sam Patel' });
    expect(state.caseState.summary.value?.level).toBe('high');
    expect((await cases.get('activeh:ASB-7'))?.events.map((e) => [e.type, e.source, e.level, e.by])).toEqual([['case-reclassified', 'level-change', 'high', 'Sam Patel']]);
    expect(state.status.value).toBe('Level changed to Level 1 High Risk.');
    stop();
  });
});
