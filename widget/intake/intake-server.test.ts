import { request as httpRequest } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { policies, sampleReport } from '../../core/index.ts';
import { FileReportStore } from './file-report-store.ts';
import { loadIntakeConfig } from './intake-config.ts';
import { startIntake, type RunningIntake } from './intake-server.ts';
import type { IntakeStore } from './intake-store.ts';
import type { StaffAccessEntry } from './staff-api.ts';
import { issueStaffToken } from './staff-tokens.ts';
import { readEmail, startLocalSmtpServer } from './alerts/local-smtp-server.ts';

const plusDane = policies['plus-dane']!;
let dir: string;
let intake: RunningIntake;
let logged: StaffAccessEntry[];

async function start(env: Record<string, string> = {}, store?: IntakeStore): Promise<RunningIntake> {
  const config = loadIntakeConfig({
    INTAKE_POLICY_PRESET: 'plus-dane',
    INTAKE_PORT: '0',
    INTAKE_DATA_DIR: join(dir, 'data'),
    INTAKE_WIDGET_DIR: join(dir, 'widget'),
    ...env,
  });
  logged = [];
  intake = await startIntake(config, plusDane, { log: (e) => logged.push(e), store });
  return intake;
}

const report = (description = sampleReport.description) => JSON.stringify({ ...sampleReport, description });
const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${intake.origin}/api/asb-reports`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), ...headers }, body });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'asb-intake-server-'));
  await mkdir(join(dir, 'widget'));
  await writeFile(join(dir, 'widget', 'asb-report-form.js'), 'export {};\n');
});
afterEach(async () => {
  await intake?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the intake server', () => {
  it('stores a report, serves the widget and answers GET on the report endpoint with the form’s view of the policy', async () => {
    await start();
    const response = await post(report());
    expect(response.status).toBe(201);
    expect((await response.json()).reference).toMatch(/^ASB-\d{4}-000001$/);
    const widget = await fetch(`${intake.origin}/widget/asb-report-form.js`);
    expect(widget.status).toBe(200);
    expect(widget.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${intake.origin}/widget/../../etc/passwd`)).status).toBe(404);
    const view = await fetch(`${intake.origin}/api/asb-reports`);
    expect(view.status).toBe(200);
    expect((await view.json()).landlord).toBe('Plus Dane Housing');
  });

  it('takes reports made under the landlord’s own policy (no extra option), and names it when a report names another', async () => {
    const riverside = { ...plusDane, id: 'riverside', landlord: 'Riverside Housing Association' };
    const config = loadIntakeConfig({ INTAKE_POLICY_PRESET: 'plus-dane', INTAKE_PORT: '0', INTAKE_DATA_DIR: join(dir, 'data'), INTAKE_WIDGET_DIR: join(dir, 'widget') });
    intake = await startIntake(config, riverside, { log: () => undefined });
    const own = await post(JSON.stringify({ ...sampleReport, policyId: 'riverside' }));
    expect(own.status).toBe(201);
    expect((await intake.store.getReport((await own.json()).reference))?.policyId).toBe('riverside');
    const other = await post(JSON.stringify({ ...sampleReport, policyId: 'plus-dane' }));
    expect(other.status).toBe(400);
    expect((await other.json()).issues).toEqual([{ path: 'policyId', message: 'unknown policy "plus-dane": this service knows riverside' }]);
  });

  it('answers the CORS preflight for an allowed origin, and refuses other origins', async () => {
    await start({ INTAKE_ALLOWED_ORIGINS: 'https://www.landlord.example, https://landlord.example' });
    const preflight = await fetch(`${intake.origin}/api/asb-reports`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://www.landlord.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://www.landlord.example');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST, GET, HEAD');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Content-Type, Idempotency-Key, Replaces-Idempotency-Key');

    const allowed = await post(report(), { Origin: 'https://landlord.example' });
    expect(allowed.status).toBe(201);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://landlord.example');

    const otherPreflight = await fetch(`${intake.origin}/api/asb-reports`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
    expect(otherPreflight.status).toBe(403);
    expect(otherPreflight.headers.get('access-control-allow-origin')).toBeNull();
    // The form's own page, https in the browser, reaching us over http through the landlord's web server.
    expect((await post(report(), { Origin: intake.origin.replace('http:', 'https:') })).status).toBe(201);
    const other = await post(report(), { Origin: 'https://evil.example' });
    expect(other.status).toBe(403);
    expect(await intake.store.listReports({ status: 'new', limit: 10 })).toHaveLength(2);
  });

  it('limits each client: 429 with Retry-After once its reports a minute are used', async () => {
    await start({ INTAKE_RATE_LIMIT_PER_MINUTE: '3' });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(report(`Report ${i}.`))).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
    const limited = await post(report('Once more.'));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(19);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(20);
    expect((await limited.json()).error).toBe('too-many-requests');
  });

  it('counts clients by X-Forwarded-For only behind a trusted proxy (its last entry)', async () => {
    await start({ INTAKE_RATE_LIMIT_PER_MINUTE: '1', INTAKE_TRUST_PROXY: 'true' });
    const via = (chain: string) => post(report(chain), { 'X-Forwarded-For': chain });
    expect((await via('198.51.100.7, 203.0.113.1')).status).toBe(201);
    expect((await via('198.51.100.7, 203.0.113.2')).status).toBe(201);
    expect((await via('192.0.2.99, 203.0.113.1')).status).toBe(429); // the first entry is the client's to forge
    await intake.close();
    await start({ INTAKE_RATE_LIMIT_PER_MINUTE: '1' });
    expect((await via('203.0.113.1')).status).toBe(201);
    expect((await via('203.0.113.2')).status).toBe(429); // not trusted: all from this socket's address
  });

  it('answers 413 while a body without Content-Length is still streaming, without waiting for its end', async () => {
    await start({ INTAKE_MAX_BODY_BYTES: '100000' });
    const url = new URL(`${intake.origin}/api/asb-reports`);
    let sent = 0;
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'stream-1', 'Transfer-Encoding': 'chunked' } },
        (res) => {
          resolve(res.statusCode ?? 0);
          res.resume();
          req.destroy();
        },
      );
      req.on('error', () => undefined);
      const chunk = Buffer.alloc(16_384, 'a');
      // Never ends: 50 MB at most, so a server that buffers to the end never answers in time.
      const pump = () => {
        if (req.destroyed || sent > 50_000_000) return;
        sent += chunk.length;
        if (req.write(chunk)) setImmediate(pump);
        else req.once('drain', pump);
      };
      pump();
      setTimeout(() => reject(new Error('no answer within 5 s')), 5_000);
    });
    expect(status).toBe(413);
    expect(sent).toBeLessThan(5_000_000);
  });

  it('answers 400, not 500, to bad percent-encoding', async () => {
    const { token, record } = issueStaffToken('alex', '2026-03-10T09:00:00.000Z');
    await start();
    await intake.store.addStaffToken(record);
    expect((await fetch(`${intake.origin}/widget/%E0%A4%A`)).status).toBe(400);
    expect((await fetch(`${intake.origin}/api/staff/reports/ASB%zz`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(400);
  });

  it('answers 500 when the store fails, and goes on serving', async () => {
    const broken = new FileReportStore(join(dir, 'data'));
    broken.claim = () => Promise.reject(new Error('EIO: i/o error'));
    const quiet = console.error;
    const errors: string[] = [];
    console.error = (m: string) => errors.push(m);
    try {
      await start({}, broken);
      const response = await post(report());
      expect(response.status).toBe(500);
      expect((await response.json()).error).toBe('not-stored');
      expect((await fetch(`${intake.origin}/healthz`)).status).toBe(200);
    } finally {
      console.error = quiet;
    }
    expect(errors.join('\n')).toMatch(/EIO/);
    expect(errors.join('\n')).not.toMatch(/Elm Court/);
  });
});

describe('retention', () => {
  it('deletes, when it starts, reports taken more than INTAKE_RETENTION_DAYS ago, and keeps the rest', async () => {
    await start();
    for (let i = 0; i < 3; i++) await post(report(`Report ${i}.`));
    const [a, b] = await intake.store.listReports({ status: 'new', limit: 2 });
    const day = 86_400_000;
    await intake.store.markTaken(a!.reference, { at: new Date(Date.now() - 31 * day).toISOString(), by: 'alex', hmsReference: 'H1' });
    await intake.store.markTaken(b!.reference, { at: new Date(Date.now() - 29 * day).toISOString(), by: 'alex', hmsReference: 'H2' });
    await intake.close();
    await start({ INTAKE_RETENTION_DAYS: '30' });
    expect(await intake.store.getReport(a!.reference)).toBeUndefined();
    expect((await intake.store.getReport(b!.reference))?.taken?.hmsReference).toBe('H2');
    expect(await intake.store.listReports({ status: 'new', limit: 10 })).toHaveLength(1);
  });
});

describe('the staff API', () => {
  it('answers 401 and reads nothing without a valid token', async () => {
    await start();
    await post(report());
    const { record } = issueStaffToken('alex', '2026-03-10T09:00:00.000Z');
    await intake.store.addStaffToken(record);
    for (const authorization of [undefined, 'Bearer ', 'Bearer asb_staff_wrong', `Basic ${btoa('alex:x')}`, record.hash]) {
      for (const [method, path] of [
        ['GET', '/api/staff/reports'],
        ['GET', '/api/staff/reports/ASB-2026-000001'],
        ['POST', '/api/staff/reports/ASB-2026-000001/taken'],
      ] as const) {
        const response = await fetch(`${intake.origin}${path}`, { method, headers: authorization ? { Authorization: authorization } : {}, body: method === 'POST' ? '{"hmsReference":"X"}' : undefined });
        expect(response.status).toBe(401);
        expect(await response.text()).not.toMatch(/ASB-20|Elm Court/);
      }
    }
    expect(logged).toEqual([]);
    expect((await intake.store.listReports({ status: 'new', limit: 10 }))[0]?.taken).toBeNull();
  });

  it('lists new reports, reads one and marks it taken, logging who read which report and when, without content', async () => {
    await start();
    const first = await (await post(report())).json();
    await post(report('Another report.'));
    const { token, record } = issueStaffToken('alex.officer', '2026-03-10T09:00:00.000Z');
    await intake.store.addStaffToken(record);
    const auth = { Authorization: `Bearer ${token}` };

    const list = await (await fetch(`${intake.origin}/api/staff/reports?status=new`, { headers: auth })).json();
    expect(list.reports.map((r: { reference: string }) => r.reference)).toHaveLength(2);
    expect(JSON.stringify(list)).not.toMatch(/Elm Court/);

    const one = await fetch(`${intake.origin}/api/staff/reports/${first.reference}`, { headers: auth });
    expect(one.status).toBe(200);
    expect((await one.json()).report.location).toBe(sampleReport.location);

    const bad = await fetch(`${intake.origin}/api/staff/reports/${first.reference}/taken`, { method: 'POST', headers: auth, body: '{"hmsReference":"  "}' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).issues).toEqual([{ path: 'hmsReference', message: 'is required: the housing system’s reference for the case' }]);
    const taken = await fetch(`${intake.origin}/api/staff/reports/${first.reference}/taken`, { method: 'POST', headers: auth, body: '{"hmsReference":"HMS/2026/881"}' });
    expect(taken.status).toBe(200);
    expect((await taken.json()).taken).toMatchObject({ by: 'alex.officer', hmsReference: 'HMS/2026/881' });
    expect((await fetch(`${intake.origin}/api/staff/reports/${first.reference}/taken`, { method: 'POST', headers: auth, body: '{"hmsReference":"HMS/2026/882"}' })).status).toBe(409);
    const remaining = await (await fetch(`${intake.origin}/api/staff/reports`, { headers: auth })).json();
    expect(remaining.reports).toHaveLength(1);
    expect((await fetch(`${intake.origin}/api/staff/reports/ASB-1999-000001`, { headers: auth })).status).toBe(404);

    expect(logged.map(({ who, action, reference, outcome }) => ({ who, action, reference, outcome }))).toEqual([
      { who: 'alex.officer', action: 'list', reference: undefined, outcome: undefined },
      { who: 'alex.officer', action: 'read', reference: first.reference, outcome: 'found' },
      { who: 'alex.officer', action: 'mark-taken', reference: first.reference, outcome: 'taken' },
      { who: 'alex.officer', action: 'mark-taken', reference: first.reference, outcome: 'already-taken' },
      { who: 'alex.officer', action: 'list', reference: undefined, outcome: undefined },
      { who: 'alex.officer', action: 'read', reference: 'ASB-1999-000001', outcome: 'not-found' },
    ]);
    for (const entry of logged) expect(Date.parse(entry.at)).not.toBeNaN();
    expect(JSON.stringify(logged)).not.toMatch(/Elm Court|flat above/i);
  });

  it('runs the alert worker with the alert settings: a stored report is emailed at once (woken, not at the next poll), and a replacement as an update', async () => {
    const smtp = await startLocalSmtpServer();
    try {
      await start({
        ALERT_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        ALERT_EMAIL_TO: 'asb-team@plus-dane.example',
        ALERT_EMAIL_FROM: 'asb-alerts@plus-dane.example',
        ALERT_STAFF_LINK: 'https://hms.plus-dane.example/asb/{reference}',
      });
      // Let the worker's first round (nothing to send) pass: the next poll is 5 s away.
      await new Promise((r) => setTimeout(r, 300));
      const sentAt = Date.now();
      expect((await post(report(), { 'Idempotency-Key': 'first' })).status).toBe(201);
      await expect.poll(() => smtp.received.length, { timeout: 3000, interval: 50 }).toBe(1);
      expect(Date.now() - sentAt).toBeLessThan(3000);
      expect(readEmail(smtp.received[0]!.raw).headers.get('subject')).toMatch(/^ASB report ASB-\d{4}-000001, Level 2 Medium Risk/);

      const replaced = await post(report('The music is now every night until 4am.'), { 'Idempotency-Key': 'second', 'Replaces-Idempotency-Key': 'first' });
      expect(replaced.status).toBe(201);
      expect((await replaced.json()).reference).toMatch(/^ASB-\d{4}-000001$/);
      await expect.poll(() => smtp.received.length, { timeout: 3000, interval: 50 }).toBe(2);
      expect(readEmail(smtp.received[1]!.raw).headers.get('subject')).toMatch(/^Updated: ASB report ASB-\d{4}-000001/);
      await expect.poll(() => intake.store.pendingAlerts(), { timeout: 3000, interval: 50 }).toEqual([]);
    } finally {
      await smtp.stop();
    }
  });
});
