import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { HostCase } from '../hosts/host-case.ts';
import { declareSchema, openDb } from './db.ts';

const host: HostCase = {
  system: 'activeh',
  reference: 'ASB-1001',
  receivedAt: '2026-12-18T16:05',
  recordedCategory: 'Noise',
  description: 'Loud music every night',
  parties: [{ role: 'complainant', name: 'Ms Okafor' }],
  officer: '  Sam Patel ',
  logEntries: [],
  url: 'http://127.0.0.1:4310/activeh/case/ASB-1001',
};

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

    const db = openDb('asb-assist', { indexedDB, IDBKeyRange });
    const record = await db.cases.get('activeh:ASB-1001');
    const events = await db.events.where('caseKey').equals('activeh:ASB-1001').toArray();

    expect(db.verno).toBe(2);
    expect(record).not.toHaveProperty('events');
    expect(record?.riskAnswers).toEqual({ threatened: true });
    expect(events.map((e) => e.type).sort()).toEqual(['acknowledgement-sent', 'complainant-contacted']);
    expect(events.every((e) => e.id !== '' && e.caseKey === 'activeh:ASB-1001')).toBe(true);
    expect(await db.cases.where('officer').equals('Sam Patel').count()).toBe(1);
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
    db.close();
  });
});
