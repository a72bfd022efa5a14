import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { policies } from '../../core/index.ts';
import type { HostCase } from '../hosts/host-case.ts';
import { createCaseRepository } from '../storage/case-repository.ts';
import { openDb } from '../storage/db.ts';
import { createSummaryStore } from '../storage/summary-store.ts';
import { prefetchFirstRows, takePrefetchedRows } from './prefetch-first-rows.ts';

const host = (reference: string, receivedAt: string): HostCase => ({
  system: 'activeh',
  reference,
  receivedAt,
  recordedCategory: 'ASB - Noise',
  description: 'Loud music at night',
  parties: [],
  logEntries: [],
  url: `http://127.0.0.1:4310/activeh/case/${reference}`,
});

describe('prefetchFirstRows', () => {
  it('reads the first rows in the dashboard order, as the summary store gives them', async () => {
    const indexedDB = new IDBFactory();
    const db = openDb('early', { indexedDB, IDBKeyRange });
    const cases = createCaseRepository(db, () => new Date('2027-01-20T10:00:00Z'), { policy: async () => policies.model! });
    await cases.saveSeen(host('NEW', '2027-01-20T09:00'), { level: 'medium', flags: [] });
    await cases.saveSeen(host('OLDEST', '2026-11-02T09:00'), { level: 'medium', flags: [] });
    await cases.saveSeen(host('OLD', '2026-12-15T09:00'), { level: 'medium', flags: [] });
    const expected = await createSummaryStore(db).rows({ level: 'all', officer: 'all', due: 'all' }, 2, { today: '2027-01-20', region: 'england-and-wales' });

    prefetchFirstRows('early', 2, indexedDB);
    const rows = await takePrefetchedRows();
    expect(rows?.map((r) => r.reference)).toEqual(['OLDEST', 'OLD']);
    expect(rows).toEqual(expected);
    expect(takePrefetchedRows()).toBeNull(); // taken once
    db.close();
  });

  it('finds nothing where there is no database yet, and leaves its creation to Dexie', async () => {
    const indexedDB = new IDBFactory();
    prefetchFirstRows('none-yet', 50, indexedDB);
    expect(await takePrefetchedRows()).toBeNull();
    expect(await indexedDB.databases()).toEqual([]);

    const db = openDb('none-yet', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(4);
    db.close();
  });
});
