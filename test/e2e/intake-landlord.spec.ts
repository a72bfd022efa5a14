// The intake as a landlord's IT runs it, end to end: `node widget/intake/main.ts` on a fresh data
// folder with a policy file of a landlord of its own, the built form served by the intake and
// embedded in a page on another origin (CORS), a report sent through the real form in Chromium,
// the email in a local SMTP server, the signed webhook, and a staff token from the command that
// reads the report and marks it taken. Presets are refused or taken as the README says.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { readEmail, startLocalSmtpServer, type LocalSmtpServer } from '../../widget/intake/alerts/local-smtp-server.ts';
import { verifyWebhookSignature } from '../../widget/intake/alerts/webhook-signature.ts';
import { answerAll } from './support/widget-journey.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'widget/intake/main.ts');
const SECRET = 'a3f9c1d27e8b4056a9d3e1f07c2b6d48';

// A landlord of our own: the model policy's rules under Harbourside Homes' name and contact.
const modelPolicy = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/widget/policies/mersey-vale.json'), 'utf8')) as Record<string, unknown>;
const harbourside = {
  ...modelPolicy,
  id: 'harbourside-homes',
  landlord: 'Harbourside Homes',
  title: 'Harbourside Homes anti-social behaviour policy',
  contact: { phone: '0161 218 4470', email: 'asb@harbourside-homes.org.uk' },
};

let dir: string;
let intake: ChildProcess | undefined;
let intakeOrigin: string;
let intakeLog = '';
let page: Server;
let pageOrigin: string;
let smtp: LocalSmtpServer;
let hms: Server;
const webhooks: { body: string; verdict: unknown }[] = [];

function run(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [MAIN, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 30_000 });
}

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'asb-landlord-'));
  writeFileSync(join(dir, 'policy.json'), JSON.stringify(harbourside, null, 2));
  smtp = await startLocalSmtpServer();
  hms = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      webhooks.push({ body, verdict: verifyWebhookSignature({ rawBody: body, header: req.headers['asb-signature'], secret: SECRET }) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => hms.listen(0, '127.0.0.1', r));
  // The landlord's own website, on another origin than the intake.
  page = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Report anti-social behaviour – Harbourside Homes</title>
<script type="module" src="${intakeOrigin}/widget/asb-report-form.js"></script></head>
<body><main><h1>Harbourside Homes</h1><asb-report-form endpoint="${intakeOrigin}/api/asb-reports" heading-level="2"></asb-report-form></main></body></html>`);
  });
  await new Promise<void>((r) => page.listen(0, '127.0.0.1', r));
  pageOrigin = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  intake?.kill('SIGTERM');
  await smtp?.stop();
  await new Promise((r) => hms?.close(r));
  await new Promise((r) => page?.close(r));
  rmSync(dir, { recursive: true, force: true });
});

const base = () => ({ INTAKE_DATA_DIR: join(dir, 'data'), INTAKE_WIDGET_DIR: join(ROOT, 'dist/widget') });

test('presets: Co-op Homes has no phone (refused, then taken with INTAKE_CONTACT_PHONE); the model landlord is fictional (refused)', () => {
  const noPhone = run(['check'], { ...base(), INTAKE_POLICY_PRESET: 'co-op-homes' });
  expect(noPhone.status).toBe(1);
  expect(noPhone.stderr).toContain('INTAKE_POLICY_PRESET: tenants would be shown a fictional landlord: contact.phone: the policy has no phone number for tenants (set INTAKE_CONTACT_PHONE)');
  const withPhone = run(['check'], { ...base(), INTAKE_POLICY_PRESET: 'co-op-homes', INTAKE_CONTACT_PHONE: '0161 218 4470' });
  expect([withPhone.status, withPhone.stdout.trim()]).toEqual([0, 'Settings and policy are valid: Co-op Homes (co-op-homes), store: files.']);
  const model = run(['check'], { ...base(), INTAKE_POLICY_PRESET: 'model' });
  expect(model.status).toBe(1);
  expect(model.stderr).toMatch(/fictional landlord/);
  const oldName = run(['check'], { ...base(), INTAKE_POLICY_FILE: join(dir, 'policy.json'), ALERT_TEAM_EMAIL: 'asb@harbourside-homes.org.uk' });
  expect(oldName.status).toBe(1);
  expect(oldName.stderr).toMatch(/ALERT_TEAM_EMAIL: is not an alert setting/);
});

test('a report through the real form on another origin: stored, emailed, webhooked, read and taken with a staff token', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const env = {
    ...base(),
    INTAKE_POLICY_FILE: join(dir, 'policy.json'),
    INTAKE_PORT: '0',
    INTAKE_ALLOWED_ORIGINS: pageOrigin,
    ALERT_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    ALERT_EMAIL_TO: 'asb-team@harbourside-homes.org.uk',
    ALERT_EMAIL_FROM: 'ASB reports <asb-alerts@harbourside-homes.org.uk>',
    ALERT_WEBHOOK_URL: `http://127.0.0.1:${(hms.address() as AddressInfo).port}/asb`,
    ALERT_WEBHOOK_SECRET: SECRET,
    ALERT_STAFF_LINK: 'https://hms.harbourside-homes.org.uk/asb/{reference}',
  };
  const issued = run(['token', 'add', 'alex.smith'], env);
  expect(issued.status).toBe(0);
  const token = issued.stdout.trim().split('\n').at(-1)!;
  expect(token.length).toBeGreaterThanOrEqual(32);

  intake = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  intake.stderr!.on('data', (c: Buffer) => (intakeLog += c.toString()));
  intakeOrigin = await new Promise<string>((resolveOrigin, reject) => {
    let out = '';
    intake!.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const found = /on (http:\/\/[^:]+:\d+):/.exec(out)?.[1];
      if (found) resolveOrigin(found);
    });
    intake!.once('exit', (code) => reject(new Error(`the intake exited (${code}): ${intakeLog}`)));
  });
  expect(statSync(join(dir, 'data')).mode & 0o777).toBe(0o700);

  // CORS: the landlord's page may GET the policy view and POST; another origin may not.
  const preflight = await request.fetch(`${intakeOrigin}/api/asb-reports`, {
    method: 'OPTIONS',
    headers: { Origin: pageOrigin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key, replaces-idempotency-key' },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()['access-control-allow-origin']).toBe(pageOrigin);
  expect(preflight.headers()['access-control-allow-headers']).toBe('Content-Type, Idempotency-Key, Replaces-Idempotency-Key');
  const view = await request.get(`${intakeOrigin}/api/asb-reports`, { headers: { Origin: pageOrigin } });
  expect(view.status()).toBe(200);
  expect(view.headers()['access-control-allow-origin']).toBe(pageOrigin);
  expect((await view.json()).landlord).toBe('Harbourside Homes');
  expect((await request.fetch(`${intakeOrigin}/api/asb-reports`, { method: 'OPTIONS', headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'POST' } })).status()).toBe(403);
  expect((await request.get(`${intakeOrigin}/api/asb-reports`, { headers: { Origin: 'https://elsewhere.example' } })).status()).toBe(403);

  // The tenant, in Chromium, on the landlord's page.
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(`${pageOrigin}/report`);
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Harbourside Homes');
  await answerAll(tab, undefined, undefined, 2);
  await tab.getByRole('button', { name: 'Send report' }).click();
  const reference = tab.locator('asb-report-form .reference');
  await expect(reference).toHaveText(/^ASB-\d{4}-000001$/, { timeout: 15_000 });
  const ref = (await reference.textContent())!;
  await expect(tab.locator('asb-report-form')).toContainText('0161 218 4470');
  await context.close();

  // The team: an email and a signed webhook, by reference, with no report content.
  await expect.poll(() => smtp.received.length, { timeout: 20_000 }).toBe(1);
  const email = readEmail(smtp.received[0]!.raw);
  expect(smtp.received[0]!.to).toEqual(['asb-team@harbourside-homes.org.uk']);
  expect(email.headers.get('x-asb-reference')).toBe(ref);
  expect(email.text).toContain(`https://hms.harbourside-homes.org.uk/asb/${ref}`);
  expect(email.text).not.toContain('Jordan Ellis');
  await expect.poll(() => webhooks.length, { timeout: 20_000 }).toBe(1);
  expect(webhooks[0]!.verdict).toMatchObject({ ok: true });
  expect(JSON.parse(webhooks[0]!.body)).toMatchObject({ event: 'report.received', reference: ref, policyId: 'harbourside-homes', details: null });

  // The officer's extension: the token from the command reads the report and marks it taken.
  const auth = { Authorization: `Bearer ${token}` };
  expect((await request.get(`${intakeOrigin}/api/staff/reports?status=new`)).status()).toBe(401);
  const list = await (await request.get(`${intakeOrigin}/api/staff/reports?status=new`, { headers: auth })).json();
  expect(list.reports.map((r: { reference: string }) => r.reference)).toEqual([ref]);
  const one = await (await request.get(`${intakeOrigin}/api/staff/reports/${ref}`, { headers: auth })).json();
  expect(one.report.location).toBe('Flat 14, Elm Court');
  const taken = await request.post(`${intakeOrigin}/api/staff/reports/${ref}/taken`, { headers: auth, data: { hmsReference: 'HMS/4471' } });
  expect(taken.status()).toBe(200);
  expect((await request.post(`${intakeOrigin}/api/staff/reports/${ref}/taken`, { headers: auth, data: { hmsReference: 'HMS/4471' } })).status()).toBe(409);
  const after = await (await request.get(`${intakeOrigin}/api/staff/reports?status=new`, { headers: auth })).json();
  expect(after.reports).toEqual([]);
  expect(intakeLog).not.toContain('Elm Court');
});
