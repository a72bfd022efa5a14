import { createHash } from 'node:crypto';
import { link, mkdir, mkdtemp, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleReport } from '../../core/index.ts';
import { FileReportStore } from './file-report-store.ts';
import { handleReportSubmission } from './handle-report-submission.ts';
import { describeStoreContract } from './testing/store-contract.ts';

const folders: string[] = [];
const newFolder = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'asb-store-'));
  folders.push(dir);
  return join(dir, 'data');
};
afterAll(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

describeStoreContract('FileReportStore', {
  create: newFolder,
  open: async (dataDir, options) => new FileReportStore(dataDir, { alertChannels: options?.alertChannels }),
});

const submit = (store: FileReportStore, key: string) =>
  handleReportSubmission(
    new Request('https://landlord.example/api/asb-reports', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify(sampleReport),
    }),
    { store, now: () => new Date('2026-03-10T09:15:00Z') },
  );

async function allEntries(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    out.push(path);
    if (entry.isDirectory()) out.push(...(await allEntries(path)));
  }
  return out;
}

describe('FileReportStore on disk', () => {
  it('writes every file 0600 and every folder 0700 (reports hold names, addresses, hate-crime details)', async () => {
    const dataDir = await newFolder();
    const store = new FileReportStore(dataDir, { alertChannels: ['email'] });
    expect((await submit(store, 'k')).status).toBe(201);
    await store.markTaken('ASB-2026-000001', { at: '2026-03-11T00:00:00.000Z', by: 'alex', hmsReference: 'H1' });
    await store.addStaffToken({ name: 'alex', hash: 'a'.repeat(64), createdAt: '2026-03-10T00:00:00.000Z' });
    const claimed = await store.claimAlerts({ now: '2026-03-10T10:00:00.000Z', limit: 1, leaseSeconds: 60 });
    await store.retryAlert(claimed[0]!.id, { error: 'down', nextAttemptAt: '2026-03-10T10:05:00.000Z' });
    const entries = [dataDir, ...(await allEntries(dataDir))];
    expect(entries.length).toBeGreaterThan(10);
    for (const path of entries) {
      const info = await stat(path);
      expect({ path, mode: (info.mode & 0o777).toString(8) }).toEqual({ path, mode: info.isDirectory() ? '700' : '600' });
    }
  });

  it('carries on past an empty or damaged legacy sequence file instead of dying', async () => {
    const dataDir = await newFolder();
    await mkdir(join(dataDir, 'sequences'), { recursive: true });
    await writeFile(join(dataDir, 'sequences', '2026.json'), '');
    const warnings: string[] = [];
    const store = new FileReportStore(dataDir, { warn: (m) => warnings.push(m) });
    expect((await submit(store, 'a')).status).toBe(201);
    await writeFile(join(dataDir, 'sequences', '2026.json'), '{"series":"2026","la');
    const restarted = new FileReportStore(dataDir, { warn: (m) => warnings.push(m) });
    const second = await submit(restarted, 'b');
    expect(second.status).toBe(201);
    expect((await second.json()).reference).toBe('ASB-2026-000002');
    expect(warnings.join('\n')).toMatch(/sequences\/2026\.json: not valid JSON/);
  });

  it('continues numbering from a valid legacy sequence file', async () => {
    const dataDir = await newFolder();
    await mkdir(join(dataDir, 'sequences'), { recursive: true });
    await writeFile(join(dataDir, 'sequences', '2026.json'), '{"series":"2026","last":41}');
    expect((await (await submit(new FileReportStore(dataDir), 'a')).json()).reference).toBe('ASB-2026-000042');
  });

  it('removes temporary files a killed process left behind, and leaves none of its own', async () => {
    const dataDir = await newFolder();
    const store = new FileReportStore(dataDir);
    await store.init();
    const stale = join(dataDir, 'tmp', 'left-by-a-crash.tmp');
    const fresh = join(dataDir, 'tmp', 'being-written-by-another-process.tmp');
    await writeFile(stale, '{"record":');
    await writeFile(fresh, '{"record":');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await utimes(stale, anHourAgo, anHourAgo);
    const restarted = new FileReportStore(dataDir);
    expect((await submit(restarted, 'a')).status).toBe(201);
    expect(await readdir(join(dataDir, 'tmp'))).toEqual(['being-written-by-another-process.tmp']);
  });

  it('finds a report whose reference link a crash prevented (it was committed by its key)', async () => {
    const dataDir = await newFolder();
    const store = new FileReportStore(dataDir);
    await submit(store, 'a');
    const [keyFile] = await readdir(join(dataDir, 'reports', 'by-key'));
    await rm(join(dataDir, 'reports', 'by-reference', 'ASB-2026-000001.json'));
    expect((await store.getReport('ASB-2026-000001'))?.idempotencyKey).toBe('a');
    await rm(join(dataDir, 'reports', 'by-reference', 'ASB-2026-000001.json'));
    const restarted = new FileReportStore(dataDir);
    await restarted.init();
    expect(await readdir(join(dataDir, 'reports', 'by-reference'))).toEqual(['ASB-2026-000001.json']);
    expect(keyFile).toMatch(/^[0-9a-f]{64}\.json$/);
  });

  it('takes the latest version of a replaced report even when a crash left the reference on the earlier one', async () => {
    const dataDir = await newFolder();
    const store = new FileReportStore(dataDir);
    await submit(store, 'a');
    const [first] = await store.list();
    expect(await store.replace({ ...first!, idempotencyKey: 'b', report: { ...first!.report, location: 'Car park' }, replaced: { keys: ['a'], at: '2026-03-10T10:00:00.000Z' } })).toEqual({ status: 'stored' });
    // The crash: the reference link still on the first version's file.
    const earlier = createHash('sha256').update('a').digest('hex');
    await link(join(dataDir, 'reports', 'by-key', `${earlier}.json`), join(dataDir, 'tmp', 'back.ref'));
    await rename(join(dataDir, 'tmp', 'back.ref'), join(dataDir, 'reports', 'by-reference', 'ASB-2026-000001.json'));
    const restarted = new FileReportStore(dataDir);
    expect((await restarted.getReport('ASB-2026-000001'))?.report.location).toBe('Car park');
    expect((await restarted.list()).map((r) => [r.reference, r.idempotencyKey])).toEqual([['ASB-2026-000001', 'b']]);
  });

  it('agrees on one version when two replacements of one report land at once', async () => {
    const dataDir = await newFolder();
    const store = new FileReportStore(dataDir);
    const other = new FileReportStore(dataDir);
    await submit(store, 'a');
    const [first] = await store.list();
    const changed = (key: string) => ({ ...first!, idempotencyKey: key, report: { ...first!.report, location: `Version ${key}` }, replaced: { keys: ['a'], at: '2026-03-10T10:00:00.000Z' } });
    await Promise.all([store.replace(changed('b')), other.replace(changed('c'))]);
    for (const s of [store, other, new FileReportStore(dataDir)]) {
      const listed = await s.list();
      expect(listed).toHaveLength(1);
      expect((await s.getReport('ASB-2026-000001'))?.idempotencyKey).toBe(listed[0]!.idempotencyKey);
    }
  });

  it('never overwrites a stored report under another key', async () => {
    const dataDir = await newFolder();
    const store = new FileReportStore(dataDir);
    await submit(store, 'first');
    const [record] = await store.list();
    await expect(store.save({ ...record!, idempotencyKey: 'other', report: { ...record!.report, description: 'Overwritten' } })).rejects.toThrow(/EEXIST/);
    expect((await store.get(record!.reference))?.report.description).toBe(sampleReport.description);
  });
});
