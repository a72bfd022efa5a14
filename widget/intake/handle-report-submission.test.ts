import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { policies, sampleReport, type Report } from '../../core/index.ts';
import { FileReportStore } from './file-report-store.ts';
import { handleReportSubmission, type HandleReportSubmissionOptions } from './handle-report-submission.ts';
import type { ReportStore } from './report-store.ts';

const NOW = new Date('2026-03-10T09:15:00Z');
const report: Report = sampleReport; // plus-dane; noise-excessive and verbal-abuse: Level 2, 3 working days

function post(body: unknown, headers: Record<string, string> = {}, key: string | null = 'key-1'): Request {
  return new Request('https://landlord.example/api/asb-reports', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key === null ? {} : { 'Idempotency-Key': key }), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

let dataDir: string;
let store: FileReportStore;
const send = (request: Request, options: Partial<HandleReportSubmissionOptions> = {}) =>
  handleReportSubmission(request, { store, now: () => NOW, ...options });

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'asb-intake-'));
  store = new FileReportStore(dataDir);
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('handleReportSubmission', () => {
  it('stores a valid report and answers 201 with a reference and when we aim to make contact', async () => {
    const response = await send(post(report));
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      reference: 'ASB-2026-000001',
      receivedAt: '2026-03-10T09:15:00.000Z',
      outcome: { isAsb: true, level: 'medium', firstContactWorkingDays: 3, firstContactDue: '2026-03-13' },
    });
    const [stored] = await store.list();
    expect(stored?.reference).toBe('ASB-2026-000001');
    expect(stored?.report.description).toBe(report.description);
    expect(stored?.triage.levelLabel).toMatch(/Level 2/);
    expect(stored?.idempotencyKey).toBe('key-1');
  });

  it('numbers references one after another within the year', async () => {
    await send(post(report, {}, 'a'));
    const second = await send(post(report, {}, 'b'));
    expect((await second.json()).reference).toBe('ASB-2026-000002');
  });

  it('says when the policy handles a report outside ASB, with no contact target', async () => {
    const dispute = { ...report, behaviours: ['neighbour-dispute'], affectsOthers: false, vulnerabilities: [] };
    const response = await send(post(dispute));
    expect(response.status).toBe(201);
    expect((await response.json()).outcome).toEqual({ isAsb: false, firstContactWorkingDays: null, firstContactDue: null });
  });

  it('triages with the policy the report names', async () => {
    const response = await send(post({ ...report, policyId: 'model', behaviours: ['violence'] }));
    expect((await response.json()).outcome).toEqual({ isAsb: true, level: 'high', firstContactWorkingDays: 1, firstContactDue: '2026-03-11' });
  });

  it('answers 400 naming every field at fault, and stores nothing', async () => {
    const bad = { ...report, description: '  ', reporter: { anonymous: false, name: 'Sam', email: 'sam@', contactMethods: ['email'] } };
    const response = await send(post(bad));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe('invalid-report');
    expect(body.issues).toEqual(
      expect.arrayContaining([
        { path: 'description', message: 'Describe what happened' },
        { path: 'reporter.email', message: 'Enter an email address in the correct format, like name@example.com' },
      ]),
    );
    expect(await store.list()).toEqual([]);
  });

  it('refuses dates after today (London)', async () => {
    const response = await send(post({ ...report, started: { kind: 'date', date: '2026-03-11' } }));
    expect(response.status).toBe(400);
    expect((await response.json()).issues).toEqual([{ path: 'started.date', message: 'The date it started must be today or in the past' }]);
  });

  it('refuses a policy it does not know, naming policyId', async () => {
    const response = await send(post({ ...report, policyId: 'riverside' }), { policies: { model: policies.model! } });
    expect(response.status).toBe(400);
    expect((await response.json()).issues[0]).toEqual({ path: 'policyId', message: 'unknown policy "riverside": this service knows model' });
  });

  it('requires an Idempotency-Key', async () => {
    const response = await send(post(report, {}, null));
    expect(response.status).toBe(400);
    expect((await response.json()).issues).toEqual([{ path: 'Idempotency-Key', message: 'is required' }]);
    expect(await store.list()).toEqual([]);
  });

  it('replays the stored receipt with 200 when the same key brings the same report', async () => {
    const first = await (await send(post(report))).json();
    const again = await send(post(report));
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(first);
    expect(await store.list()).toHaveLength(1);
  });

  it('answers 422 when the same key brings a different report', async () => {
    await send(post(report));
    const other = await send(post({ ...report, description: 'Something else entirely.' }));
    expect(other.status).toBe(422);
    expect((await other.json()).error).toBe('idempotency-key-reused');
    expect(await store.list()).toHaveLength(1);
  });

  it('refuses a Replaces-Idempotency-Key that is not a key, or names the request’s own key, and stores nothing', async () => {
    for (const [value, message] of [
      ['key-1', 'must differ from Idempotency-Key'],
      ['a'.repeat(256), 'must be 1 to 255 visible ASCII characters'],
      ['two words', 'must be 1 to 255 visible ASCII characters'],
    ] as const) {
      const response = await send(post(report, { 'Replaces-Idempotency-Key': value }));
      expect(response.status).toBe(400);
      expect((await response.json()).issues).toEqual([{ path: 'Replaces-Idempotency-Key', message }]);
    }
    expect(await store.list()).toEqual([]);
  });

  it('answers 409 while the same key is still being stored, then replays once it is', async () => {
    let finish!: () => void;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const slow: ReportStore = {
      claim: (key, fp) => store.claim(key, fp),
      nextSequence: (series) => store.nextSequence(series),
      save: async (record) => {
        await gate;
        return store.save(record);
      },
      release: (key) => store.release(key),
      lookup: (key) => store.lookup(key),
      replace: (record) => store.replace(record),
    };
    const first = send(post(report), { store: slow });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const during = await send(post(report), { store: slow });
    expect(during.status).toBe(409);
    expect(during.headers.get('retry-after')).toBe('1');
    finish();
    expect((await first).status).toBe(201);
    expect((await send(post(report))).status).toBe(200);
  });

  it('answers 500 when the store fails, and lets the same key try again', async () => {
    const failing: ReportStore = { ...bind(store), save: () => Promise.reject(new Error('disk full')) };
    const quiet = console.error;
    console.error = () => undefined;
    try {
      expect((await send(post(report), { store: failing })).status).toBe(500);
    } finally {
      console.error = quiet;
    }
    const retry = await send(post(report));
    expect(retry.status).toBe(201);
  });

  it('answers 500 (never throws) when the store fails to look up the key, or to number the report', async () => {
    const quiet = console.error;
    console.error = () => undefined;
    try {
      for (const fault of ['claim', 'nextSequence'] as const) {
        const failing: ReportStore = { ...bind(store), [fault]: () => Promise.reject(new Error('EIO')) };
        const response = await send(post(report, {}, `key-${fault}`), { store: failing });
        expect(response.status).toBe(500);
      }
    } finally {
      console.error = quiet;
    }
    expect((await send(post(report, {}, 'key-nextSequence'))).status).toBe(201);
  });

  it('answers 400 with a short message to JSON nested 10,000 deep, and to a 1 MB wrong answer', async () => {
    const nested = `{"schemaVersion":1,"policyId":"plus-dane","frequency":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const deep = await send(post(nested));
    expect(deep.status).toBe(400);
    const huge = await send(post({ ...report, frequency: 'x'.repeat(1_000_000) }));
    expect(huge.status).toBe(400);
    const text = await huge.text();
    expect(text.length).toBeLessThan(2_000);
  });

  it('uses the landlord’s reference format when given', async () => {
    const response = await send(post(report), { reference: ({ year, sequence }) => `PD/${year}/${sequence}` });
    expect((await response.json()).reference).toBe('PD/2026/1');
    expect(await store.get('PD/2026/1')).toMatchObject({ reference: 'PD/2026/1' });
  });

  it('refuses other methods, other content types, bad JSON and oversized bodies', async () => {
    expect((await send(new Request('https://x/api', { method: 'GET' }))).status).toBe(405);
    expect((await send(post(report, { 'Content-Type': 'text/plain' }))).status).toBe(415);
    const badJson = await send(post('{"schemaVersion": 1,'));
    expect(badJson.status).toBe(400);
    expect((await badJson.json()).issues).toEqual([{ path: 'report', message: 'is not valid JSON' }]);
    expect((await send(post(report), { maxBodyBytes: 100 })).status).toBe(413);
    expect(await store.list()).toEqual([]);
  });

  it('stores reports durably: a new store on the same folder replays and continues the numbering', async () => {
    await send(post(report, {}, 'before-restart'));
    const restarted = new FileReportStore(dataDir);
    const replay = await handleReportSubmission(post(report, {}, 'before-restart'), { store: restarted, now: () => NOW });
    expect(replay.status).toBe(200);
    const next = await handleReportSubmission(post(report, {}, 'after-restart'), { store: restarted, now: () => NOW });
    expect((await next.json()).reference).toBe('ASB-2026-000002');
    expect((await readdir(join(dataDir, 'reports'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

function bind(s: ReportStore): ReportStore {
  return {
    claim: (k, f) => s.claim(k, f),
    nextSequence: (series) => s.nextSequence(series),
    save: (r) => s.save(r),
    release: (k) => s.release(k),
    lookup: (k) => s.lookup(k),
    replace: (r) => s.replace(r),
  };
}
