import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { policies } from '../../core/index.ts';
import type { Policy } from '../../core/index.ts';
import type { HostCase } from '../hosts/host-case.ts';
import { createCaseRepository } from './case-repository.ts';
import { openDb } from './db.ts';
import { createSummaryStore } from './summary-store.ts';
import type { SummaryFilter, SummaryStore } from './summary-store.ts';
import { summaryOn } from '../cases/stored-summary.ts';

const model = policies.model!;
const all: SummaryFilter = { level: 'all', officer: 'all', due: 'all' };

const host = (reference: string, receivedAt: string, officer: string, description = 'Loud music at night'): HostCase => ({
  system: 'activeh',
  reference,
  receivedAt,
  recordedCategory: 'ASB - Noise',
  description,
  parties: [],
  officer,
  logEntries: [],
  url: `http://127.0.0.1:4310/activeh/case/${reference}`,
});

/** A store whose repository computes each case's summary as it is written, on the clock's day. */
async function setup(now = '2027-01-20T10:00:00Z', policy: Policy = model) {
  const db = openDb('summaries', { indexedDB: new IDBFactory(), IDBKeyRange });
  let clock = new Date(now);
  const cases = createCaseRepository(db, () => clock, { policy: async () => policy });
  const store = createSummaryStore(db);
  await cases.saveSeen(host('NEW', '2027-01-20T09:00', 'R. Whitlock'), { level: 'medium', flags: [] });
  await cases.saveSeen(host('CLOSED', '2026-11-02T09:00', 'R. Whitlock'), { level: 'medium', flags: [] });
  await cases.recordEvent('activeh:CLOSED', { type: 'case-closed', at: '2027-01-10T12:00:00Z', source: 'checklist' });
  await cases.saveSeen(host('OLDEST', '2026-11-02T09:00', 'S. Haddad'), { level: 'medium', flags: [] });
  await cases.saveSeen(host('OLD', '2026-12-15T09:00', 'R. Whitlock'), { level: 'medium', flags: [] });
  await cases.saveSeen(host('HATE', '2027-01-20T09:00', 'S. Haddad', 'Racist abuse in the stairwell'), { level: 'high', flags: [] });
  return { db, cases, store, setClock: (iso: string) => (clock = new Date(iso)) };
}

const refs = (page: { rows: { reference: string }[] }) => page.rows.map((r) => r.reference);

/** One dashboard screen: its rows and its counts. */
async function page(store: SummaryStore, filter: SummaryFilter, limit: number, today: string) {
  const day = { today, region: 'england-and-wales' as const };
  const rows = (await store.rows(filter, limit, day)).map((r) => ({ ...r, ...summaryOn(r, today), next: summaryOn(r, today).next }));
  return { rows, ...(await store.counts(filter, day)) };
}

describe('createSummaryStore: page', () => {
  it('gives the rows in the dashboard order: overdue first (most overdue first), closed last', async () => {
    const { store } = await setup();
    const screen = await page(store, all, 50, '2027-01-20');

    expect(refs(screen).slice(0, 2)).toEqual(['OLDEST', 'OLD']);
    expect(screen.rows.slice(0, 2).map((r) => r.stateLabel)).toEqual(['Overdue', 'Overdue']);
    expect(screen.rows[0]?.next).toMatch(/overdue by \d+ working days/);
    expect(screen.rows.at(-1)).toMatchObject({ reference: 'CLOSED', stateLabel: 'Closed' });
    expect(screen).toMatchObject({ matching: 5, total: 5, stale: 0, officers: ['R. Whitlock', 'S. Haddad'] });
  });

  it('reads only as many rows as asked for, and still counts them all', async () => {
    const { store } = await setup();
    const screen = await page(store, all, 2, '2027-01-20');
    expect(refs(screen)).toEqual(['OLDEST', 'OLD']);
    expect(screen.matching).toBe(5);
  });

  it('filters by officer, by level, by due soon, and by several at once, in the same order', async () => {
    const { store } = await setup();
    const today = '2027-01-20';

    expect(refs(await page(store, { ...all, officer: 'S. Haddad' }, 50, today))).toEqual(['OLDEST', 'HATE']);
    const high = await page(store, { ...all, level: 'high' }, 50, today);
    expect(refs(high)).toEqual(['HATE']);
    expect(high.rows[0]?.levelLabel).toBe('Level 1 High Risk');
    expect(refs(await page(store, { ...all, level: 'none' }, 50, today))).toEqual([]);

    const soon = await page(store, { ...all, due: 'soon' }, 50, today);
    expect(refs(soon)).not.toContain('CLOSED');
    expect(refs(soon)).toEqual(expect.arrayContaining(['OLDEST', 'OLD', 'NEW', 'HATE']));

    const both = await page(store, { level: 'medium', officer: 'R. Whitlock', due: 'soon' }, 1, today);
    expect(refs(both)).toEqual(['OLD']);
    expect(both.matching).toBe(2); // OLD and NEW; CLOSED is not due soon
  });

  it('leaves out of "due soon" a case whose next deadline is weeks away', async () => {
    const { cases, store } = await setup();
    await cases.saveSeen(host('LATER', '2027-01-20T09:00', 'R. Whitlock'), { level: 'medium', flags: [] });
    for (const type of ['complainant-contacted', 'acknowledgement-sent', 'appointment-offered', 'action-plan-produced', 'case-log-updated']) {
      await cases.recordEvent('activeh:LATER', { type, at: '2027-01-20T10:00:00Z', source: 'checklist' });
    }
    expect(refs(await page(store, all, 50, '2027-01-20'))).toContain('LATER');
    expect(refs(await page(store, { ...all, due: 'soon' }, 50, '2027-01-20'))).not.toContain('LATER');
  });
});

describe('createSummaryStore: refresh', () => {
  it('reads a row worked out on an earlier day as it stands today, and recomputes it in the background', async () => {
    const { db, store } = await setup();
    // NEW: received Wednesday 20 January 2027, Level 2: contact the complainant by Friday 22 January.
    const before = await db.summaries.get('activeh:NEW');
    expect(before?.next).toEqual({ label: 'Contact the complainant', due: '2027-01-22', owed: true });
    expect(summaryOn(before!, '2027-01-20').stateLabel).toBe('Open');

    // Wednesday 10 February, nothing recomputed yet: already overdue (by 13 working days), and not "being worked out".
    const later = '2027-02-10';
    const stale = await page(store, all, 50, later);
    expect(stale.stale).toBe(0);
    expect(stale.rows.find((r) => r.reference === 'NEW')).toMatchObject({ stateLabel: 'Overdue', next: 'Contact the complainant: overdue by 13 working days. An explanation is owed: record why it was missed.' });
    // Most overdue first: OLDEST (due 4 November), OLD (17 December), HATE (Level 1, 21 January), NEW (22 January).
    expect(refs(await page(store, { ...all, due: 'soon' }, 50, later))).toEqual(['OLDEST', 'OLD', 'HATE', 'NEW']);
    expect(await store.countOverdue(later)).toBe(4);

    expect(await store.refresh(model, later)).toBe(5);
    const screen = await page(store, all, 50, later);
    expect(screen.rows.find((r) => r.reference === 'NEW')).toMatchObject({ stateLabel: 'Overdue', next: 'Contact the complainant: overdue by 13 working days. An explanation is owed: record why it was missed.' });
    expect(await store.refresh(model, later)).toBe(0); // nothing left to do
  });

  it('counts the rows written with no deadlines worked out as being worked out', async () => {
    const { db, store } = await setup();
    await db.summaries.update('activeh:NEW', { stamp: '' });
    expect((await page(store, all, 50, '2027-01-20')).stale).toBe(1);
    expect(await store.refresh(model, '2027-01-20')).toBe(1);
    expect((await page(store, all, 50, '2027-01-20')).stale).toBe(0);
  });

  it('recomputes every row when the policy changes', async () => {
    const { db, store } = await setup();
    expect((await db.summaries.get('activeh:OLD'))?.next?.label).toBe('Contact the complainant');
    expect(await store.refresh(policies['plus-dane']!, '2027-01-20')).toBe(5);
    expect((await db.summaries.get('activeh:OLD'))?.next?.label).toBe('Contact the reporter');
  });

  it('reconciling adds the row of a case that has none and drops the row of a case that is gone', async () => {
    const { db, store } = await setup();
    await db.summaries.delete('activeh:OLD');
    await db.summaries.put({ ...(await db.summaries.get('activeh:NEW'))!, key: 'activeh:GONE', reference: 'GONE' });
    await db.summaries.delete('activeh:NEW');

    expect(await store.refresh(model, '2027-01-20')).toBe(0); // the side panel's refresh: stamps only
    expect(await store.refresh(model, '2027-01-20', { reconcile: true })).toBe(3);
    expect((await db.summaries.toCollection().primaryKeys()).sort()).toEqual(
      ['activeh:CLOSED', 'activeh:HATE', 'activeh:NEW', 'activeh:OLD', 'activeh:OLDEST'],
    );
  });

  it('counts the open cases with an overdue deadline, and lists those needing attention today', async () => {
    const { store } = await setup();
    expect(await store.countOverdue('2027-01-20')).toBe(2);
    expect((await store.needingAttention('2027-01-20')).map((r) => r.reference)).toEqual(['OLD', 'OLDEST']);
    // Friday 22 January: HATE's first contact (Thursday 21) is overdue, and NEW's falls due that day.
    expect(await store.countOverdue('2027-01-22')).toBe(3);
    expect((await store.needingAttention('2027-01-22')).map((r) => r.reference)).toEqual(['HATE', 'NEW', 'OLD', 'OLDEST']);
  });
});
