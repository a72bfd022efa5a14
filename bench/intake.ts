import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleReport } from '../core/index.ts';
import { startTestPostgres } from '../widget/intake/testing/start-postgres.ts';
import { result, type BenchResult } from './measure.ts';

/*
 * The intake as a landlord runs it: real `node widget/intake/main.ts` processes, 50 concurrent
 * clients posting reports (each a new Idempotency-Key), on the embedded file store (one instance)
 * and on PostgreSQL (two instances sharing the database, requests alternating between them as a
 * load balancer would). Throughput in reports a second and p99 latency per request.
 */

const CLIENTS = 50;
const WARMUP = 300;
const REPORTS = 3000;

interface Instance {
  child: ChildProcess;
  origin: string;
}

function startInstance(env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, ['widget/intake/main.ts'], {
    env: { PATH: process.env.PATH ?? '', INTAKE_POLICY_PRESET: 'plus-dane', INTAKE_PORT: '0', INTAKE_RATE_LIMIT_PER_MINUTE: '0', ...(process.env.INTAKE_DB_POOL_SIZE ? { INTAKE_DB_POOL_SIZE: process.env.INTAKE_DB_POOL_SIZE } : {}), ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const origin = /on (http:\/\/[^:]+:\d+):/.exec(out)?.[1];
      if (origin) resolve({ child, origin });
    });
    child.once('exit', (code) => reject(new Error(`intake exited (${code}) before listening`)));
  });
}

/** Keep-alive connections, as a browser or a load balancer keeps them. */
const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });

/** One POST (or, without a body, a GET) with node:http (lighter on the CPU this machine shares with the servers than fetch). */
function post(url: string, key: string, body: string | null): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers = body === null ? {} : { 'Content-Type': 'application/json', 'Idempotency-Key': key, 'Content-Length': Buffer.byteLength(body) };
    const req = request(url, { method: body === null ? 'GET' : 'POST', agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body ?? undefined);
  });
}

async function load(origins: string[], count: number, prefix: string, path = '/api/asb-reports'): Promise<{ perSecond: number; p50: number; p99: number; failures: number }> {
  const body = path === '/healthz' ? null : JSON.stringify(sampleReport);
  const expected = body === null ? 200 : 201;
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < count) {
        const i = next++;
        const t = performance.now();
        const status = await post(`${origins[i % origins.length]}${path}`, `${prefix}-${i}`, body);
        latencies.push(performance.now() - t);
        if (status !== expected) failures++;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: count / seconds, p50: latencies[Math.floor(latencies.length * 0.5)]!, p99: latencies[Math.floor(latencies.length * 0.99)]!, failures };
}

/** CPU seconds (user + system) a process has used, from /proc (Linux); undefined elsewhere. */
function cpuSeconds(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return undefined;
  }
}

async function measure(id: string, label: string, instances: Instance[]): Promise<BenchResult[]> {
  const origins = instances.map((i) => i.origin);
  await load(origins, WARMUP, `${id}-warmup`);
  const cpu = (): number | undefined => {
    const each = instances.map((i) => cpuSeconds(i.child.pid));
    return each.includes(undefined) ? undefined : each.reduce((a, b) => a! + b!, 0);
  };
  const cpuBefore = cpu();
  const { perSecond, p50, p99, failures } = await load(origins, REPORTS, id);
  const cpuAfter = cpu();
  if (failures) throw new Error(`${label}: ${failures} of ${REPORTS} reports were not stored (201)`);
  return [
    result(`${id}-throughput`, `Intake, ${label}: reports stored a second (${CLIENTS} clients)`, perSecond, 'reports/s', undefined, 'aim: at least 300 on PostgreSQL'),
    result(`${id}-ms-per-report`, `Intake, ${label}: wall time per report (1000 / throughput)`, 1000 / perSecond, 'ms', id === 'intake-postgres' ? 1000 / 300 : undefined),
    result(`${id}-p50`, `Intake, ${label}: median latency of a report (${CLIENTS} clients)`, p50, 'ms'),
    result(`${id}-p99`, `Intake, ${label}: p99 latency of a report (${CLIENTS} clients)`, p99, 'ms', id === 'intake-postgres' ? 150 : undefined),
    ...(cpuBefore !== undefined && cpuAfter !== undefined
      ? [result(`${id}-cpu`, `Intake, ${label}: CPU time of the intake process(es) per report (not the database's)`, ((cpuAfter - cpuBefore) * 1000) / REPORTS, 'ms', undefined, 'steady on a shared machine, unlike wall times')]
      : []),
  ];
}

export async function benchIntake(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];

  const dir = mkdtempSync(join(tmpdir(), 'asb-bench-intake-'));
  const embedded = await startInstance({ INTAKE_DATA_DIR: join(dir, 'data') });
  try {
    // The machine's floor: the same 50 clients on /healthz, which does nothing. On a shared
    // machine its p99 shows how much of the reports' p99 is waiting for a CPU.
    await load([embedded.origin], WARMUP, 'floor-warmup', '/healthz');
    const floor = await load([embedded.origin], REPORTS, 'floor', '/healthz');
    results.push(result('intake-floor-p99', `Intake: p99 latency of /healthz, which does nothing (${CLIENTS} clients): the machine's floor`, floor.p99, 'ms'));
    results.push(...(await measure('intake-files', 'file store, 1 instance', [embedded])));
  } finally {
    embedded.child.kill();
    rmSync(dir, { recursive: true, force: true });
  }

  const postgres = startTestPostgres();
  const instances: Instance[] = [];
  try {
    const url = postgres.createDatabase('bench');
    instances.push(await startInstance({ DATABASE_URL: url }));
    instances.push(await startInstance({ DATABASE_URL: url }));
    results.push(...(await measure('intake-postgres', 'PostgreSQL, 2 instances', instances)));
  } finally {
    for (const i of instances) i.child.kill();
    postgres.stop();
  }
  return results;
}
