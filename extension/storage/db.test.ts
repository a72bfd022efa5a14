import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { policies } from '../../core/index.ts';
import { summaryOn, summaryStamp } from '../cases/stored-summary.ts';
import { summaryBasis } from '../cases/summary-basis.ts';
import type { HostCase } from '../hosts/host-case.ts';
import { declareSchema, openDb } from './db.ts';

const host: HostCase = {
  system: 'activeh',
  reference: 'ASB-1001',
  receivedAt: '2026-12-18T16:05',
  recordedCategory: 'ASB - Noise',
  description: 'Loud music every night',
  parties: [{ role: 'complainant', name: 'Ms Okafor' }],
  officer: '  Sam Patel ',
  logEntries: [],
  url: 'http://127.0.0.1:4310/activeh/case/ASB-1001',
};

const now = () => new Date('2027-01-20T10:00:00Z');

describe('the database schema', () => {
  it('moves version 1 events into their own table and indexes the officer on upgrade', async () => {
    const indexedDB = new IDBFactory();
    const v1 = new Dexie('asb-assist', { indexedDB, IDBKeyRange });
    declareSchema(v1, 1);
    await v1.table('cases').put({
      key: 'activeh:ASB-1001',
      system: 'activeh',
      reference: 'ASB-1001',
      host,
      firstSeenAt: '2026-12-18T17:00:00.000Z',
      lastSeenAt: '2026-12-18T17:00:00.000Z',
      level: 'medium',
      flags: [],
      missedReasons: {},
      riskAnswers: { threatened: true },
      reportDates: [],
      closedAt: null,
      events: [
        { type: 'complainant-contacted', at: '2026-12-21T10:00:00.000Z', source: 'checklist', recordedAt: '2026-12-21T10:00:00.000Z' },
        { type: 'acknowledgement-sent', at: '2026-12-21T11:00:00.000Z', source: 'letter', recordedAt: '2026-12-21T11:00:00.000Z' },
      ],
    });
    v1.close();

    const db = openDb('asb-assist', { indexedDB, IDBKeyRange }, now);
    const record = await db.cases.get('activeh:ASB-1001');
    const events = await db.events.where('caseKey').equals('activeh:ASB-1001').toArray();

    expect(db.verno).toBe(4);
    expect(record).not.toHaveProperty('events');
    expect(record?.riskAnswers).toEqual({ threatened: true });
    expect(events.map((e) => e.type).sort()).toEqual(['acknowledgement-sent', 'complainant-contacted']);
    expect(events.every((e) => e.id !== '' && e.caseKey === 'activeh:ASB-1001')).toBe(true);
    expect(await db.cases.where('officer').equals('Sam Patel').count()).toBe(1);
    // ...and on to version 3: the summary is worked out from the moved events.
    const summary = await db.summaries.get('activeh:ASB-1001');
    expect(summary?.officer).toBe('Sam Patel');
    expect(summary?.next?.label).not.toBe('Contact the complainant');
    db.close();
  });

  it('upgrades a version 1 database that has no cases', async () => {
    const indexedDB = new IDBFactory();
    const v1 = new Dexie('asb-assist', { indexedDB, IDBKeyRange });
    declareSchema(v1, 1);
    await v1.table('settings').put({ id: 'settings', value: { officerName: 'Sam' } });
    v1.close();

    const db = openDb('asb-assist', { indexedDB, IDBKeyRange });
    expect(await db.settings.get('settings')).toEqual({ id: 'settings', value: { officerName: 'Sam' } });
    expect(await db.events.count()).toBe(0);
    expect(await db.summaries.count()).toBe(0);
    db.close();
  });

  it('fills a summary for every case when upgrading version 2, under the saved policy, as of today', async () => {
    const indexedDB = new IDBFactory();
    const v2 = new Dexie('asb-assist', { indexedDB, IDBKeyRange });
    declareSchema(v2, 2);
    await v2.table('settings').put({ id: 'settings', value: { policyPreset: 'plus-dane' } });
    const record = (reference: string, receivedAt: string, closedAt: string | null = null) => ({
      key: `activeh:${reference}`,
      system: 'activeh',
      reference,
      host: { ...host, reference, receivedAt, officer: 'Jo Brown' },
      firstSeenAt: '2026-12-18T17:00:00.000Z',
      lastSeenAt: '2026-12-18T17:00:00.000Z',
      level: 'medium',
      flags: [],
      officer: 'Jo Brown',
      missedReasons: {},
      riskAnswers: {},
      reportDates: [],
      closedAt,
    });
    await v2.table('cases').bulkPut([
      record('NEW', '2027-01-20T09:00'),
      record('OLD', '2026-12-01T09:00'),
      record('DONE', '2026-11-01T09:00', '2027-01-10'),
      record('CONTACTED', '2027-01-19T09:00'),
    ]);
    await v2.table('events').put({
      id: 'e1',
      caseKey: 'activeh:CONTACTED',
      type: 'complainant-contacted',
      at: '2027-01-19T11:00:00.000Z',
      source: 'checklist',
      recordedAt: '2027-01-19T11:00:00.000Z',
    });
    v2.close();

    const db = openDb('asb-assist', { indexedDB, IDBKeyRange }, now);
    const rows = await db.summaries.orderBy('rank').toArray();

    expect(db.verno).toBe(4);
    // In the dashboard's order: overdue, then by next due date, closed last.
    expect(rows.map((r) => r.reference)).toEqual(['OLD', 'NEW', 'CONTACTED', 'DONE']);
    // Plus Dane's wording, not the model policy's: the saved settings were used.
    expect(summaryOn(rows[0]!, '2027-01-20')).toMatchObject({ stateLabel: 'Overdue', soon: true, next: 'Contact the reporter: overdue by 28 working days. An explanation is owed: record why it was missed.' });
    expect(summaryOn(rows.at(-1)!, '2027-01-20')).toMatchObject({ stateLabel: 'Closed', soon: false });
    expect(rows.find((r) => r.reference === 'CONTACTED')?.next?.label).not.toBe('Contact the complainant');
    expect(new Set(rows.map((r) => r.stamp))).toEqual(new Set([summaryStamp('2027-01-20', summaryBasis(policies['plus-dane']!))]));
    db.close();
  });
});
