import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { policies } from '../../core/index.ts';
import type { HostCase } from '../hosts/host-case.ts';
import { createCaseRepository } from './case-repository.ts';
import { openDb } from './db.ts';

const host = (overrides: Partial<HostCase> = {}): HostCase => ({
  system: 'omniledger',
  reference: 'CH-2027-0042',
  receivedAt: '2026-12-18T16:05',
  recordedCategory: 'Noise Nuisance',
  description: 'Shouting on the landing',
  parties: [],
  officer: 'Jo Brown',
  logEntries: [],
  url: 'http://127.0.0.1:4310/omniledger/cases/CH-2027-0042',
  ...overrides,
});

function setup(now = '2026-12-21T10:00:00.000Z') {
  const db = openDb('t', { indexedDB: new IDBFactory(), IDBKeyRange });
  let clock = new Date(now);
  const cases = createCaseRepository(db, () => clock);
  return { db, cases, setClock: (iso: string) => (clock = new Date(iso)) };
}

describe('createCaseRepository', () => {
  it('stores a case seen on a host page under system:reference and keeps the officer facts on a later sighting', async () => {
    const { cases, setClock } = setup();
    await cases.saveSeen(host(), { level: 'low', flags: [] });
    await cases.setRiskAnswer('omniledger:CH-2027-0042', 'threatened', true);
    await cases.setMissedReason('omniledger:CH-2027-0042', 'first-contact', 'Complainant away until January');
    setClock('2026-12-22T09:00:00.000Z');
    const again = await cases.saveSeen(host({ description: 'Shouting and threats' }), { level: 'medium', flags: ['risk-of-harm'] });

    expect(again.key).toBe('omniledger:CH-2027-0042');
    expect(again.host.description).toBe('Shouting and threats');
    expect(again.level).toBe('medium');
    expect(again.firstSeenAt).toBe('2026-12-21T10:00:00.000Z');
    expect(again.lastSeenAt).toBe('2026-12-22T09:00:00.000Z');
    expect(again.riskAnswers).toEqual({ threatened: true });
    // The explanation is the core's event (003: "An explanation will be recorded"), dated when saved.
    expect(again.missedReasons).toEqual({});
    expect(again.events).toMatchObject([
      { type: 'explanation-recorded', at: '2026-12-21T10:00:00.000Z', source: 'explanation', deadline: 'first-contact', reason: 'Complainant away until January' },
    ]);
  });

  it('keeps one explanation per deadline: a new one replaces it, an empty one clears it, and an old missedReasons entry moves to the event', async () => {
    const { db, cases, setClock } = setup();
    await cases.saveSeen(host(), { level: 'low', flags: [] });
    const key = 'omniledger:CH-2027-0042';
    // As an older version stored it.
    await db.cases.update(key, { missedReasons: { 'first-contact': 'Away', 'action-plan': 'Waiting for police' } });
    setClock('2026-12-22T09:00:00.000Z');
    await cases.setMissedReason(key, 'first-contact', '  Complainant in hospital until 21 December  ');
    await cases.setMissedReason(key, 'case-review', 'Officer off sick');
    setClock('2026-12-23T09:00:00.000Z');
    await cases.setMissedReason(key, 'case-review', 'Officer off sick for a week');
    let found = (await cases.get(key))!;
    expect(found.missedReasons).toEqual({ 'action-plan': 'Waiting for police' });
    expect(found.events.map((e) => [e.deadline, e.reason, e.at])).toEqual([
      ['first-contact', 'Complainant in hospital until 21 December', '2026-12-22T09:00:00.000Z'],
      ['case-review', 'Officer off sick for a week', '2026-12-23T09:00:00.000Z'],
    ]);
    // What every view reads carries the deadline explained.
    expect((await cases.facts(key)).events).toContainEqual({ type: 'explanation-recorded', at: '2026-12-22T09:00:00.000Z', deadline: 'first-contact', reason: 'Complainant in hospital until 21 December' });
    await cases.setMissedReason(key, 'case-review', '');
    await cases.setMissedReason(key, 'action-plan', ' ');
    found = (await cases.get(key))!;
    expect(found.missedReasons).toEqual({});
    expect(found.events.map((e) => e.deadline)).toEqual(['first-contact']);
  });

  it('records an event with its time and source, and unticking removes it', async () => {
    const { cases } = setup('2026-12-21T10:30:00.000Z');
    await cases.saveSeen(host(), { level: 'low', flags: [] });
    const event = await cases.recordEvent('omniledger:CH-2027-0042', { type: 'complainant-contacted', source: 'checklist' });

    expect(event).toMatchObject({ type: 'complainant-contacted', at: '2026-12-21T10:30:00.000Z', source: 'checklist' });
    expect((await cases.facts('omniledger:CH-2027-0042')).events).toEqual([
      { type: 'complainant-contacted', at: '2026-12-21T10:30:00.000Z' },
    ]);
    expect(await cases.removeEvents('omniledger:CH-2027-0042', 'complainant-contacted')).toBe(1);
    expect((await cases.get('omniledger:CH-2027-0042'))?.events).toEqual([]);
  });

  it('refuses to record on a case it does not track, naming the key', async () => {
    const { cases } = setup();
    await expect(cases.recordEvent('activeh:NOPE', { type: 'case-reviewed', source: 'checklist' })).rejects.toThrow(
      'key: no tracked case "activeh:NOPE"',
    );
  });

  it('sets the closing date from a case-closed event, from the host log or the officer', async () => {
    const { cases } = setup('2027-01-10T12:00:00.000Z');
    await cases.saveSeen(host(), { level: 'low', flags: [] });
    await cases.recordEvent('omniledger:CH-2027-0042', { type: 'case-closed', at: '2027-01-08T23:30:00Z', source: 'checklist' });
    expect((await cases.get('omniledger:CH-2027-0042'))?.closedAt).toBe('2027-01-08');
    await cases.removeEvents('omniledger:CH-2027-0042', 'case-closed');
    expect((await cases.get('omniledger:CH-2027-0042'))?.closedAt).toBeNull();

    const logged = await cases.saveSeen(
      host({ logEntries: [{ at: '2027-01-09T09:00', kind: 'Case closed', text: 'Closed', event: 'case-closed' }] }),
      { level: 'low', flags: [] },
    );
    expect(logged.closedAt).toBe('2027-01-09');
  });

  it('purges only closed cases older than the retention period, with their events', async () => {
    const { cases, db } = setup();
    await cases.saveSeen(host({ reference: 'OLD' }), { level: 'low', flags: [] });
    await cases.saveSeen(host({ reference: 'RECENT' }), { level: 'low', flags: [] });
    await cases.saveSeen(host({ reference: 'OPEN' }), { level: 'low', flags: [] });
    await cases.recordEvent('omniledger:OLD', { type: 'case-closed', at: '2027-01-01T12:00:00Z', source: 'checklist' });
    await cases.recordEvent('omniledger:RECENT', { type: 'case-closed', at: '2027-01-02T12:00:00Z', source: 'checklist' });

    expect(await cases.purgeClosed('2027-01-31', 30)).toEqual([]);
    expect(await cases.purgeClosed('2027-02-01', 30)).toEqual(['omniledger:OLD']);
    expect((await cases.list()).map((c) => c.reference).sort()).toEqual(['OPEN', 'RECENT']);
    expect(await db.events.where('caseKey').equals('omniledger:OLD').count()).toBe(0);
  });

  it('deletes a case with its events and notices', async () => {
    const { cases, db } = setup();
    await cases.saveSeen(host(), { level: 'low', flags: [] });
    await cases.recordEvent('omniledger:CH-2027-0042', { type: 'complainant-contacted', source: 'checklist' });
    await db.notices.put({ id: 'omniledger:CH-2027-0042|2026-12-21', caseKey: 'omniledger:CH-2027-0042', day: '2026-12-21' });
    await cases.delete('omniledger:CH-2027-0042');

    expect(await cases.get('omniledger:CH-2027-0042')).toBeUndefined();
    expect(await db.events.count()).toBe(0);
    expect(await db.notices.count()).toBe(0);
  });

  it('getMany gives the tracked cases of the keys asked, each with its own events oldest first, and leaves out the rest', async () => {
    const { cases, setClock } = setup();
    await cases.saveSeen(host(), { level: 'low', flags: [] });
    await cases.saveSeen(host({ reference: 'CH-2027-0043' }), { level: 'low', flags: [] });
    await cases.recordEvent('omniledger:CH-2027-0043', { type: 'complainant-contacted', at: '2026-12-21T11:00:00.000Z', source: 'checklist' });
    setClock('2026-12-21T12:00:00.000Z');
    await cases.recordEvent('omniledger:CH-2027-0043', { type: 'action-plan-agreed', at: '2026-12-21T09:00:00.000Z', source: 'checklist' });
    const found = await cases.getMany(['omniledger:CH-2027-0043', 'omniledger:NOT-SEEN', 'omniledger:CH-2027-0042', 'omniledger:CH-2027-0043']);
    expect([...found.keys()].sort()).toEqual(['omniledger:CH-2027-0042', 'omniledger:CH-2027-0043']);
    expect(found.get('omniledger:CH-2027-0042')?.events).toEqual([]);
    expect(found.get('omniledger:CH-2027-0043')?.events.map((e) => e.type)).toEqual(['action-plan-agreed', 'complainant-contacted']);
    expect(found.get('omniledger:CH-2027-0043')?.host.reference).toBe('CH-2027-0043');
    expect((await cases.getMany([])).size).toBe(0);
  });

  it('gives empty facts for a case it has never seen', async () => {
    const { cases } = setup();
    expect(await cases.facts('activeh:X')).toEqual({ key: 'activeh:X', events: [], missedReasons: {}, riskAnswers: {}, reportDates: [] });
  });

  it('stores the case summary with every write when it has the policy, in step with the case', async () => {
    const db = openDb('t', { indexedDB: new IDBFactory(), IDBKeyRange });
    const cases = createCaseRepository(db, () => new Date('2026-12-21T10:00:00.000Z'), { policy: async () => policies.model! });
    await cases.saveSeen(host(), { level: 'low', flags: [] });
    expect((await db.summaries.get('omniledger:CH-2027-0042'))?.next?.label).toBe('Contact the complainant');
    expect((await db.summaries.get('omniledger:CH-2027-0042'))?.stamp).toMatch(/^2026-12-21\|/);

    await cases.recordEvent('omniledger:CH-2027-0042', { type: 'complainant-contacted', source: 'checklist' });
    expect((await db.summaries.get('omniledger:CH-2027-0042'))?.next?.label).not.toBe('Contact the complainant');

    await cases.recordEvent('omniledger:CH-2027-0042', { type: 'case-closed', source: 'checklist' });
    expect((await db.summaries.get('omniledger:CH-2027-0042'))?.group).toBe('closed');

    await cases.delete('omniledger:CH-2027-0042');
    expect(await db.summaries.count()).toBe(0);
  });

  it('marks the summary stale when it has no policy, keeping a row to show', async () => {
    const { cases, db } = setup();
    await cases.saveSeen(host(), { level: 'low', flags: [] });
    expect(await db.summaries.get('omniledger:CH-2027-0042')).toMatchObject({ stamp: '', next: null, note: 'Deadlines not worked out yet', officer: 'Jo Brown' });
  });

  it('records a reclassification with its level, reason and who, and the facts carry them to the page', async () => {
    const { cases } = setup();
    await cases.saveSeen(host(), { level: 'low', flags: [] });
    await cases.recordEvent('omniledger:CH-2027-0042', { type: 'case-reclassified', source: 'checklist', level: 'high', reason: '  Threats at the visit ', by: 'Jo Brown' });
    const stored = await cases.get('omniledger:CH-2027-0042');
    expect(stored?.events[0]).toMatchObject({ type: 'case-reclassified', level: 'high', reason: 'Threats at the visit', by: 'Jo Brown', at: '2026-12-21T10:00:00.000Z' });
    expect((await cases.facts('omniledger:CH-2027-0042')).events).toEqual([
      { type: 'case-reclassified', at: '2026-12-21T10:00:00.000Z', level: 'high', reason: 'Threats at the visit' },
    ]);
  });

  it('refuses an event with an empty reason, an unknown level or a bad appointment date, naming the field', async () => {
    const { cases } = setup();
    await cases.saveSeen(host(), { level: 'low', flags: [] });
    const key = 'omniledger:CH-2027-0042';
    await expect(cases.recordEvent(key, { type: 'case-reclassified', source: 'checklist', level: 'high', reason: '   ' })).rejects.toThrow(/event\.reason/);
    await expect(cases.recordEvent(key, { type: 'case-reclassified', source: 'checklist', level: 'urgent' as 'high', reason: 'Threats' })).rejects.toThrow(/event\.level/);
    await expect(cases.recordEvent(key, { type: 'appointment-offered', source: 'checklist', appointmentAt: 'next Tuesday' })).rejects.toThrow(/event\.appointmentAt/);
    expect((await cases.get(key))?.events).toEqual([]);
  });
});
