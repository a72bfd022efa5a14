import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleReport } from '../../core/index.ts';
import { FileReportStore } from './file-report-store.ts';
import type { IntakeStore } from './intake-store.ts';
import { PostgresReportStore } from './postgres/postgres-report-store.ts';
import { startTestPostgres, type TestPostgres } from './testing/start-postgres.ts';

/*
 * The intake as a landlord runs it: real `node widget/intake/main.ts` processes, on one store.
 * Two instances share it (two web servers); one is killed with SIGKILL mid-burst again and again
 * while the widget's retry (same Idempotency-Key, same report) carries on.
 */

const MAIN = join(import.meta.dirname, 'main.ts');

interface Instance {
  child: ChildProcess;
  origin: string;
  exited: Promise<void>;
}

function startInstance(env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', INTAKE_POLICY_PRESET: 'plus-dane', INTAKE_PORT: '0', INTAKE_RATE_LIMIT_PER_MINUTE: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const origin = /on (http:\/\/[^:]+:\d+):/.exec(out)?.[1];
      if (origin) resolve({ child, origin, exited });
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`intake exited (${code}) before listening: ${err}`)));
  });
}

async function kill(instance: Instance, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  instance.child.kill(signal);
  await instance.exited;
}

const body = (key: string) => JSON.stringify({ ...sampleReport, description: `Report sent with key ${key}.` });

/** One try: the reference, or why not (status or a network error). */
async function submitOnce(origin: string, key: string): Promise<{ status: number; reference?: string }> {
  try {
    const response = await fetch(`${origin}/api/asb-reports`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: body(key),
    });
    const json = (await response.json()) as { reference?: string };
    return { status: response.status, reference: json.reference };
  } catch {
    return { status: 0 };
  }
}

/** Sends every key, `concurrency` at a time; retries 409 (in progress) as the widget does. */
async function burst(origin: string, keys: string[], concurrency: number, acked: Map<string, string>, statuses: number[]): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < keys.length) {
        const key = keys[next++]!;
        for (let attempt = 0; attempt < 20; attempt++) {
          const result = await submitOnce(origin, key);
          statuses.push(result.status);
          if (result.reference) {
            const before = acked.get(key);
            if (before !== undefined && before !== result.reference) throw new Error(`key ${key} got ${before} then ${result.reference}`);
            acked.set(key, result.reference);
            break;
          }
          if (result.status !== 409) break; // the process died (0) or failed: the caller retries later
          await new Promise((r) => setTimeout(r, 20));
        }
      }
    }),
  );
}

interface Backing {
  env(): Record<string, string>;
  open(): Promise<IntakeStore>;
}

async function allReports(store: IntakeStore) {
  const summaries = await store.listReports({ status: 'new', limit: 10_000 });
  return Promise.all(summaries.map(async (s) => (await store.getReport(s.reference))!));
}

function describeProcesses(name: string, backing: () => Backing): void {
  describe(`${name}: intake processes`, () => {
    it('two instances x 200 submissions on one store: exactly 400 stored, unique references, no 500', async () => {
      const b = backing();
      const [one, two] = await Promise.all([startInstance(b.env()), startInstance(b.env())]);
      const acked = new Map<string, string>();
      const statuses: number[] = [];
      try {
        await Promise.all([
          burst(one.origin, Array.from({ length: 200 }, (_, i) => `one-${i}`), 25, acked, statuses),
          burst(two.origin, Array.from({ length: 200 }, (_, i) => `two-${i}`), 25, acked, statuses),
        ]);
      } finally {
        await Promise.all([kill(one), kill(two)]);
      }
      expect(statuses.filter((s) => s !== 201)).toEqual([]);
      expect(acked.size).toBe(400);
      const store = await b.open();
      try {
        const reports = await allReports(store);
        expect(reports).toHaveLength(400);
        expect(new Set(reports.map((r) => r.reference)).size).toBe(400);
        for (const r of reports) expect(acked.get(r.idempotencyKey)).toBe(r.reference);
      } finally {
        await store.close();
      }
    }, 120_000);

    it('a staff token issued by the command opens the staff API of a running instance; nothing without it', async () => {
      const b = backing();
      const issued = spawnSync(process.execPath, [MAIN, 'token', 'add', 'alex.smith'], {
        env: { PATH: process.env.PATH ?? '', INTAKE_POLICY_PRESET: 'plus-dane', ...b.env() },
        encoding: 'utf8',
      });
      expect(issued.status).toBe(0);
      const token = /^(asb_staff_\S+)$/m.exec(issued.stdout)![1]!;
      const instance = await startInstance(b.env());
      try {
        const { reference } = (await submitOnce(instance.origin, 'staff-1')) as { reference: string };
        const list = await fetch(`${instance.origin}/api/staff/reports`, { headers: { Authorization: `Bearer ${token}` } });
        expect(list.status).toBe(200);
        expect((await list.json()).reports.map((r: { reference: string }) => r.reference)).toEqual([reference]);
        const taken = await fetch(`${instance.origin}/api/staff/reports/${reference}/taken`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ hmsReference: 'HMS-77' }),
        });
        expect((await taken.json()).taken).toMatchObject({ by: 'alex.smith', hmsReference: 'HMS-77' });
        expect((await fetch(`${instance.origin}/api/staff/reports/${reference}`, { headers: { Authorization: 'Bearer asb_staff_not-a-token' } })).status).toBe(401);
      } finally {
        await kill(instance);
      }
    }, 60_000);

    it('repeated kill -9 mid-burst, with the widget retrying each key: nothing acknowledged lost, no duplicate', async () => {
      const b = backing();
      const keys = Array.from({ length: 240 }, (_, i) => `crash-${i}`);
      const acked = new Map<string, string>();
      const statuses: number[] = [];
      for (let round = 0; round < 6; round++) {
        const instance = await startInstance(b.env());
        const pending = keys.filter((k) => !acked.has(k) || round % 2 === 1); // odd rounds replay acknowledged keys too
        const sending = burst(instance.origin, pending, 20, acked, statuses);
        await new Promise((r) => setTimeout(r, 150 + round * 40));
        await kill(instance, 'SIGKILL');
        await sending;
      }
      // After the crashes: one last, calm pass of every key (the widget's final retry).
      const last = await startInstance(b.env());
      try {
        await burst(last.origin, keys, 10, acked, statuses);
      } finally {
        await kill(last);
      }
      expect(statuses.filter((s) => s === 500)).toEqual([]);
      // The kills did land mid-burst: requests in flight lost their connection.
      expect(statuses.filter((s) => s === 0).length).toBeGreaterThan(5);
      expect(acked.size).toBe(keys.length);
      const store = await b.open();
      try {
        const reports = await allReports(store);
        expect(reports).toHaveLength(keys.length);
        expect(new Set(reports.map((r) => r.idempotencyKey)).size).toBe(keys.length);
        expect(new Set(reports.map((r) => r.reference)).size).toBe(keys.length);
        for (const r of reports) {
          expect(acked.get(r.idempotencyKey)).toBe(r.reference);
          expect(r.report.description).toBe(`Report sent with key ${r.idempotencyKey}.`);
        }
      } finally {
        await store.close();
      }
    }, 180_000);
  });
}

const folders: string[] = [];
afterAll(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

describeProcesses('FileReportStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'asb-processes-'));
  folders.push(dir);
  const dataDir = join(dir, 'data');
  return {
    env: () => ({ INTAKE_DATA_DIR: dataDir }),
    open: async () => new FileReportStore(dataDir),
  };
});

let postgres: TestPostgres | undefined;
let databases = 0;
beforeAll(() => {
  postgres = startTestPostgres();
}, 60_000);
afterAll(() => postgres?.stop());

describeProcesses('PostgresReportStore', () => {
  let url = '';
  return {
    env: () => {
      url ||= postgres!.createDatabase(`processes_${++databases}`);
      return { DATABASE_URL: url };
    },
    open: () => PostgresReportStore.open({ connectionString: url }),
  };
});
