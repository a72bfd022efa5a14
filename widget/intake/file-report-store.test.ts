import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleReport } from '../../core/index.ts';
import { FileReportStore } from './file-report-store.ts';
import { handleReportSubmission } from './handle-report-submission.ts';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'asb-store-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const submit = (store: FileReportStore, key: string, description: string) =>
  handleReportSubmission(
    new Request('https://landlord.example/api/asb-reports', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify({ ...sampleReport, description }),
    }),
    { store, now: () => new Date('2026-03-10T09:15:00Z') },
  );

describe('FileReportStore', () => {
  it('loses none and duplicates none of 50 concurrent submissions, 15 of them repeats', async () => {
    const store = new FileReportStore(dataDir);
    // 35 reports; keys 0-14 are each sent twice more at the same moment (a double click, a retry).
    const keys = Array.from({ length: 35 }, (_, i) => `key-${i}`);
    const requests = [...keys, ...keys.slice(0, 15)].map((key) => ({ key, description: `Report ${key}` }));
    const responses = await Promise.all(requests.map(({ key, description }) => submit(store, key, description)));
    const results = await Promise.all(responses.map(async (r, i) => ({ key: requests[i]!.key, status: r.status, body: await r.json() })));

    const created = results.filter((r) => r.status === 201);
    expect(created).toHaveLength(35);
    expect(new Set(created.map((r) => r.key)).size).toBe(35);
    expect(new Set(created.map((r) => r.body.reference)).size).toBe(35);
    // Repeats are told to wait (409) or get the same receipt (200); never a second report.
    for (const repeat of results.filter((r) => r.status !== 201)) {
      expect([200, 409]).toContain(repeat.status);
      if (repeat.status === 200) expect(repeat.body).toEqual(created.find((c) => c.key === repeat.key)!.body);
    }

    const stored = await store.list();
    expect(stored).toHaveLength(35);
    expect(new Set(stored.map((s) => s.idempotencyKey))).toEqual(new Set(keys));
    expect(stored.map((s) => s.reference).sort()).toEqual(Array.from({ length: 35 }, (_, i) => `ASB-2026-${String(i + 1).padStart(6, '0')}`));
    for (const s of stored) expect(s.report.description).toBe(`Report ${s.idempotencyKey}`);

    // Once settled, every repeat gets its report's receipt.
    for (const key of keys.slice(0, 15)) {
      const again = await submit(store, key, `Report ${key}`);
      expect(again.status).toBe(200);
      expect((await again.json()).reference).toBe(created.find((c) => c.key === key)!.body.reference);
    }
    expect(await store.list()).toHaveLength(35);
  });

  it('claims a key for one caller at a time', async () => {
    const store = new FileReportStore(dataDir);
    const claims = await Promise.all([store.claim('k', 'a'), store.claim('k', 'a'), store.claim('k', 'b')]);
    expect(claims.map((c) => c.status)).toEqual(['claimed', 'in-progress', 'in-progress']);
    await store.release('k');
    expect((await store.claim('k', 'a')).status).toBe('claimed');
  });

  it('hands out sequence numbers once each, per series, across restarts', async () => {
    const store = new FileReportStore(dataDir);
    const numbers = await Promise.all(Array.from({ length: 20 }, () => store.nextSequence('2026')));
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await store.nextSequence('2027')).toBe(1);
    expect(await new FileReportStore(dataDir).nextSequence('2026')).toBe(21);
  });

  it('never overwrites a stored report and leaves no temporary files', async () => {
    const store = new FileReportStore(dataDir);
    await submit(store, 'first', 'The first report.');
    const [record] = await store.list();
    await expect(store.save({ ...record!, idempotencyKey: 'other', report: { ...record!.report, description: 'Overwritten' } })).rejects.toThrow(
      /EEXIST/,
    );
    expect((await store.get(record!.reference))?.report.description).toBe('The first report.');
    const files = [...(await readdir(join(dataDir, 'reports'))), ...(await readdir(join(dataDir, 'idempotency')))];
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
