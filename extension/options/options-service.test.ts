import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { HostCase } from '../hosts/host-case.ts';
import { createCaseRepository } from '../storage/case-repository.ts';
import { openDb } from '../storage/db.ts';
import { createOptionsService, type OptionsApi } from './options-service.ts';

const host = (reference: string): HostCase => ({
  system: 'omniledger',
  reference,
  receivedAt: '2026-12-01T10:00',
  recordedCategory: 'Noise',
  description: 'Shouting on the landing',
  parties: [],
  officer: 'Jo Brown',
  logEntries: [],
  url: `http://127.0.0.1:4310/omniledger/cases/${reference}`,
});

const api = {
  storage: { managed: { get: async () => ({}) } },
  runtime: { sendMessage: async () => undefined },
} as unknown as OptionsApi;

describe('createOptionsService counts', () => {
  it('counts every case and the closed ones, from the indexes', async () => {
    const db = openDb('options-counts', { indexedDB: new IDBFactory(), IDBKeyRange });
    const now = () => new Date('2026-12-21T10:00:00Z');
    const cases = createCaseRepository(db, now);
    const service = createOptionsService({ db, api, now });
    expect(await service.counts()).toEqual({ total: 0, closed: 0 });

    for (const reference of ['OL-1', 'OL-2', 'OL-3']) await cases.saveSeen(host(reference), { level: 'low', flags: [] });
    await cases.recordEvent('omniledger:OL-2', { type: 'case-closed', source: 'checklist' });
    expect(await service.counts()).toEqual({ total: 3, closed: 1 });
  });
});
