import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostCase, HostCaseRow } from '../hosts/host-case.ts';
import type { HostRule } from '../hosts/host-rule.ts';
import type { Message, MessageResponse } from '../messaging/messages.ts';
import type { MessageHandler } from '../messaging/messaging.ts';
import { createSettingsRepository } from '../storage/settings-repository.ts';
import { createCaseRepository } from '../storage/case-repository.ts';
import { openDb } from '../storage/db.ts';
import { createTabCases } from '../storage/tab-cases.ts';
import { createPageHandlers } from './page-handlers.ts';

// Monday 21 December 2026, 10:00 in London. The settings' default policy is the model policy (Example Homes).
const NOW = '2026-12-21T10:00:00Z';
const PAGE = 'http://127.0.0.1:4310/hosts/activeh/asb/case/ASB-2026-00412.html';

/** Recorded as noise, received Friday 18 December 2026; the description is racist abuse. */
const host: HostCase = {
  system: 'activeh',
  reference: 'ASB/2026/00412',
  receivedAt: '2026-12-18T09:12',
  recordedCategory: 'ASB - Noise',
  description: 'Loud music until 2am. He shouted racist abuse at her and told her to go back to her own country.',
  parties: [{ role: 'complainant', name: 'Ms Okafor' }],
  logEntries: [],
  url: PAGE,
};

const harbourline: HostRule = {
  match: 'https://harbourline.example.org/*',
  system: 'generic',
  generic: {
    name: 'Harbourline',
    match: 'https://harbourline.example.org/*',
    caseView: { reference: '#ref', receivedAt: '#received', category: '#category', description: '#description' },
    categories: { 'Racial Harassment': { behaviours: ['harassment'], perceivedHate: ['race'] } },
  },
};

function setup() {
  const db = openDb('p', { indexedDB: new IDBFactory(), IDBKeyRange });
  const clock = () => new Date(NOW);
  const cases = createCaseRepository(db, clock);
  const settings = createSettingsRepository(db);
  const tabCases = createTabCases(fakeBrowser.storage.session);
  const requestSweep = vi.fn();
  const seen = vi.fn(async () => true);
  const { handlers, settled } = createPageHandlers({ cases, settings, tabCases, requestSweep, onCaseSeen: seen, now: clock });
  const send = <T extends Message['type']>(message: Extract<Message, { type: T }>, tabId?: number): Promise<MessageResponse<T>> => {
    const handler = handlers[message.type] as MessageHandler<T>;
    const sender = (tabId === undefined ? {} : { tab: { id: tabId } }) as Browser.runtime.MessageSender;
    return Promise.resolve(handler(message, sender)) as Promise<MessageResponse<T>>;
  };
  return { cases, settings, tabCases, requestSweep, seen, send, settled };
}

beforeEach(() => fakeBrowser.reset());

describe('show-case: the banner of a case view, worked out in the background', () => {
  it('answers exactly what the banner draws, then stores the case and remembers it for the tab', async () => {
    const { cases, tabCases, requestSweep, seen, send, settled } = setup();
    const answer = await send({ type: 'show-case', url: PAGE, case: host, store: true }, 7);
    expect(answer).toEqual({
      hosts: [],
      view: {
        reference: 'ASB/2026/00412',
        // Hate incident: Level 1, first contact within 1 working day of Friday 18 December, so today.
        level: { kind: 'asb', level: 'high', label: 'Level 1 High Risk' },
        flags: ['Hate incident'],
        next: { text: 'Contact the complainant: due today', tone: 'today' },
        categoryUnknown: false,
        mismatch: {
          headline: 'Recorded as "ASB - Noise", but the description points to a hate incident (race)',
          phrases: ['racist', 'go back to her own country'],
          requirement: `Under Example Homes' policy this is Level 1 High Risk: contact the complainant within 1 working day, by Monday 21 December 2026.`,
          // The model policy's hate-incident rule routes to the Hate Crime policy and a support referral.
          actions: [
            'Manage as Level 1 under the Hate Crime policy. Check the category is recorded as a hate incident, not nuisance.',
            'Complete the risk assessment and offer a referral to a support agency.',
          ],
        },
        problem: null,
      },
    });
    await settled();
    expect((await cases.get('activeh:ASB/2026/00412'))?.level).toBe('high');
    expect(await tabCases.get(7)).toBe('activeh:ASB/2026/00412');
    expect(requestSweep).toHaveBeenCalledTimes(1);
    expect(seen).toHaveBeenCalledWith(host, 7);
  });

  it('without store, stores nothing and draws what officers recorded (a step ticked in the side panel)', async () => {
    const { cases, requestSweep, send, settled } = setup();
    const before = await send({ type: 'show-case', url: PAGE, case: host, store: false });
    expect(before.view?.next?.text).toBe('Contact the complainant: due today');
    expect(await cases.get('activeh:ASB/2026/00412')).toBeUndefined();
    expect(requestSweep).not.toHaveBeenCalled();

    await send({ type: 'show-case', url: PAGE, case: host, store: true });
    await settled();
    await cases.recordEvent('activeh:ASB/2026/00412', { type: 'complainant-contacted', at: '2026-12-21T09:30:00Z', source: 'checklist' });
    const after = await send({ type: 'show-case', url: PAGE, case: host, store: false });
    expect(after.view?.next?.text).not.toMatch(/^Contact the complainant/);
  });

  it('a level changed in the side panel is the level the banner shows', async () => {
    const { cases, send, settled } = setup();
    const pets = { ...host, recordedCategory: 'ASB - Pets/Animals', description: 'The dog barks all day.' };
    await send({ type: 'show-case', url: PAGE, case: pets, store: true });
    await settled();
    await cases.recordEvent('activeh:ASB/2026/00412', { type: 'case-reclassified', at: '2026-12-21T09:00:00Z', source: 'level-change', level: 'medium', reason: 'Second report this month' });
    const answer = await send({ type: 'show-case', url: PAGE, case: pets, store: false });
    expect(answer.view?.level).toEqual({ kind: 'asb', level: 'medium', label: 'Level 2 Medium Risk' });
  });

  it("a generic host's page is read with the officer's mapping for its address, which is stored with the case", async () => {
    const { cases, settings, send, settled } = setup();
    const url = 'https://harbourline.example.org/case/HL-31';
    const generic: HostCase = { ...host, system: 'generic', reference: 'HL-31', recordedCategory: 'Racial Harassment', description: 'Notes left on my car.', url };
    // No rule sets this address up: nothing is drawn or stored, and the page is told the rules.
    expect(await send({ type: 'show-case', url, case: generic, store: true })).toEqual({ hosts: [], view: null });
    expect(await cases.get('generic:HL-31')).toBeUndefined();

    await settings.save({ hosts: [harbourline] });
    const answer = await send({ type: 'show-case', url, case: generic, store: true });
    expect(answer.hosts).toEqual([harbourline]);
    expect(answer.view?.level).toEqual({ kind: 'asb', level: 'high', label: 'Level 1 High Risk' });
    expect(answer.view?.flags).toEqual(['Hate incident']);
    expect(answer.view?.mismatch).toBeNull();
    await settled();
    expect((await cases.get('generic:HL-31'))?.vocabulary?.categories).toEqual({ 'Racial Harassment': { behaviours: ['harassment'], perceivedHate: ['race'] } });
  });

  it('a page read with another adapter than the rules give its address gets no view, and nothing is stored', async () => {
    const { cases, settings, send, settled } = setup();
    await settings.save({ hosts: [{ match: 'http://127.0.0.1/*', system: 'omniledger' }] });
    const answer = await send({ type: 'show-case', url: PAGE, case: host, store: true });
    expect(answer).toEqual({ hosts: [{ match: 'http://127.0.0.1/*', system: 'omniledger' }], view: null });
    await settled();
    expect(await cases.get('activeh:ASB/2026/00412')).toBeUndefined();
  });

  it('refuses what the page could not read properly, naming the field', async () => {
    const { send } = setup();
    await expect(send({ type: 'show-case', url: PAGE, case: { ...host, receivedAt: '18/12/2026' }, store: true })).rejects.toThrow(/^case\.receivedAt: must be a date/);
    await expect(send({ type: 'show-case', url: 'not an address', case: host, store: true })).rejects.toThrow('url: must be the web address of the page');
  });
});

describe('show-list: every badge of a case list in one message', () => {
  const row = (r: Partial<HostCaseRow>): HostCaseRow => ({ system: 'activeh', reference: 'ASB/2026/00377', receivedAt: '2026-12-09T11:30', recordedCategory: 'ASB - Pets/Animals', status: 'Open', ...r });

  it("answers each row's badge in order: from the row alone, or from the case as its page showed it (stored after its banner, waited for); none for a closed case", async () => {
    const { send } = setup();
    await send({ type: 'show-case', url: PAGE, case: host, store: true });
    const answer = await send({
      type: 'show-list',
      url: 'http://127.0.0.1:4310/hosts/activeh/asb/case-list.html',
      system: 'activeh',
      rows: [
        row({}),
        // Seen on its page: the description (racist abuse) makes it Level 1, whatever the row's category says.
        row({ reference: 'ASB/2026/00412', receivedAt: '2026-12-18T09:12', recordedCategory: 'ASB - Noise' }),
        row({ reference: 'ASB/2026/00378', status: 'Closed', closed: true }),
        row({ reference: 'ASB/2026/00379', recordedCategory: 'ASB - Neighbour Dispute' }),
      ],
    });
    expect(answer.hosts).toEqual([]);
    expect(answer.view).toEqual([
      // Level 3: 3 working days from Wednesday 9 December is Monday 14 December; on Monday 21st that is 5 working days past.
      { text: '5 days overdue', tone: 'overdue', label: 'ASB/2026/00377, Level 3 Low Risk. Contact the complainant: overdue by 5 working days. An explanation is owed: record why it was missed.' },
      { text: 'Due today', tone: 'soon', label: 'ASB/2026/00412, Level 1 High Risk. Contact the complainant: due today' },
      null,
      { text: 'Not ASB', tone: 'neutral', label: 'ASB/2026/00379: outside the ASB policy (Good neighbour and mediation)' },
    ]);
  });

  it('refuses a row it cannot read, naming it', async () => {
    const { send } = setup();
    await expect(send({ type: 'show-list', url: PAGE, system: 'activeh', rows: [row({}), row({ reference: ' ' })] })).rejects.toThrow(/^rows\[1\]\.reference: must not be empty/);
  });
});

describe('show-new-case: the live triage of a new-case form', () => {
  const url = 'http://127.0.0.1:4310/hosts/activeh/asb/new-case.html';

  it('gives the level and first contact of the category chosen, from the date received', async () => {
    const { send } = setup();
    const answer = await send({ type: 'show-new-case', url, system: 'activeh', form: { category: 'ASB - Racial Harassment', description: '', receivedAt: '2026-12-18T09:12' } });
    expect(answer.view).toEqual({
      level: { kind: 'asb', level: 'high', label: 'Level 1 High Risk', firstContact: 'First contact by Monday 21 December 2026 (1 working day)' },
      flags: ['Hate incident'],
      mismatch: null,
      unknownCategory: null,
    });
  });

  it('received now when the form has no date: Monday 21 December, so one working day is Tuesday 22 December', async () => {
    const { send } = setup();
    const answer = await send({ type: 'show-new-case', url, system: 'activeh', form: { category: 'ASB - Violence/Threats', description: '', receivedAt: null } });
    expect(answer.view?.level).toEqual({ kind: 'asb', level: 'high', label: 'Level 1 High Risk', firstContact: 'First contact by Tuesday 22 December 2026 (1 working day)' });
  });

  it('says when the description points higher than the category, and when the category is not one it knows', async () => {
    const { send } = setup();
    const noise = await send({ type: 'show-new-case', url, system: 'activeh', form: { category: 'ASB - Noise', description: host.description, receivedAt: '2026-12-18T09:12' } });
    expect(noise.view?.mismatch).toBe(
      'Recorded as "ASB - Noise", but the description points to a hate incident (race): record it as such. Manage as Level 1 under the Hate Crime policy. Check the category is recorded as a hate incident, not nuisance.',
    );
    const graffiti = await send({ type: 'show-new-case', url, system: 'activeh', form: { category: 'Graffiti', description: '', receivedAt: null } });
    expect(graffiti.view?.unknownCategory).toBe('Graffiti');
    const empty = await send({ type: 'show-new-case', url, system: 'activeh', form: { category: '', description: '', receivedAt: null } });
    expect(empty.view).toEqual({ level: { kind: 'none' }, flags: [], mismatch: null, unknownCategory: null });
  });

  it('refuses a date received it cannot read, naming the field', async () => {
    const { send } = setup();
    await expect(send({ type: 'show-new-case', url, system: 'activeh', form: { category: '', description: '', receivedAt: 'yesterday' } })).rejects.toThrow(/^form\.receivedAt: must be a date/);
  });
});

describe('case-seen and get-hosts', () => {
  it('case-seen stores the case, remembers it for the tab and answers with its tracked facts', async () => {
    const { cases, tabCases, requestSweep, send } = setup();
    const reply = await send({ type: 'case-seen', case: host }, 7);
    expect(reply).toEqual({ key: 'activeh:ASB/2026/00412', tracked: { key: 'activeh:ASB/2026/00412', events: [], missedReasons: {}, riskAnswers: {}, reportDates: [], categories: [{ category: 'ASB - Noise', seenAt: '2026-12-21T10:00:00.000Z' }] } });
    expect((await cases.get('activeh:ASB/2026/00412'))?.level).toBe('high');
    expect(await tabCases.get(7)).toBe('activeh:ASB/2026/00412');
    expect(requestSweep).toHaveBeenCalled();
  });

  it("case-seen stores a generic host's mapping with the case and levels it by that mapping", async () => {
    const { cases, send } = setup();
    const generic: HostCase = { ...host, system: 'generic', reference: 'HL-31', recordedCategory: 'Racial Harassment', description: 'Notes left on my car.' };
    const vocabulary = { categories: { 'Racial Harassment': { behaviours: ['harassment' as const], perceivedHate: ['race' as const] } }, noteTypes: {} };
    await send({ type: 'case-seen', case: generic, vocabulary });
    const stored = await cases.get('generic:HL-31');
    expect(stored?.vocabulary).toEqual(vocabulary);
    expect(stored?.level).toBe('high');
    expect(stored?.flags).toContain('hate-incident');
  });

  it('case-seen refuses a case or a mapping it cannot use, naming the field', async () => {
    const { send } = setup();
    await expect(send({ type: 'case-seen', case: { ...host, reference: '' } }, 7)).rejects.toThrow('case.reference: must not be empty');
    const bad = { categories: { Noise: { behaviours: ['shouting'] } }, noteTypes: {} } as never;
    await expect(send({ type: 'case-seen', case: { ...host, system: 'generic' }, vocabulary: bad })).rejects.toThrow(/vocabulary\.categories\.Noise\.behaviours\[0\]/);
  });

  it('get-hosts gives the host systems set up in the options', async () => {
    const { settings, send } = setup();
    expect(await send({ type: 'get-hosts' })).toEqual({ hosts: [] });
    await settings.save({ hosts: [harbourline] });
    expect(await send({ type: 'get-hosts' })).toEqual({ hosts: [harbourline] });
  });
});
