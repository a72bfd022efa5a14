import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoredReport } from '../report-store.ts';
import { parseAlertConfig } from './alert-config.ts';
import type { AlertOutbox } from './alert-outbox.ts';
import { createAlertWorker, GAVE_UP_UNTIL, type AlertLogEntry } from './create-alert-worker.ts';
import { readEmail, startLocalSmtpServer, type LocalSmtpServer } from './local-smtp-server.ts';
import { createMemoryAlertOutbox } from './memory-alert-outbox.ts';
import { mediumNoiseReport, outsideAsbDangerReport, urgentHateReport } from './stored-report-fixtures.ts';
import { verifyWebhookSignature } from './webhook-signature.ts';

const SECRET = 'whsec-riverside-0123456789abcdef0123456789';
const TEAM = 'asb-team@riverside-homes.org.uk';
const REPORTS = new Map<string, StoredReport>([urgentHateReport, mediumNoiseReport, outsideAsbDangerReport].map((r) => [r.reference, r]));
const readReport = async (reference: string) => REPORTS.get(reference) ?? null;
/** Words from the fixtures' personal and special-category details: never in a log line. */
const REPORT_CONTENT = ['Samira', 'Haddad', 'Aisha', 'headscarf', 'wheelchair', 'Canal Street', '07700', 'Bass-heavy', 'Mill House', 'Tom Price', 'drive'];

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function smtpServer(port?: number): Promise<LocalSmtpServer> {
  const server = await startLocalSmtpServer(port);
  cleanups.push(() => server.stop());
  return server;
}

/** A port where nothing listens: an SMTP server started and stopped. */
async function closedPort(): Promise<number> {
  const server = await startLocalSmtpServer();
  await server.stop();
  return server.port;
}

function emailConfig(port: number, extra: Record<string, string> = {}) {
  return parseAlertConfig({
    ALERT_SMTP_URL: `smtp://127.0.0.1:${port}`,
    ALERT_EMAIL_TO: TEAM,
    ALERT_EMAIL_FROM: 'ASB reports <no-reply@riverside-homes.org.uk>',
    ALERT_STAFF_LINK: 'https://hms.riverside-homes.org.uk/asb/{reference}',
    ...extra,
  });
}

async function webhookReceiver(answer: (req: IncomingMessage, res: ServerResponse, body: string) => void) {
  const bodies: { signature: string; body: string }[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      bodies.push({ signature: String(req.headers['asb-signature']), body });
      answer(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/asb`, bodies };
}

function clockAt(iso: string) {
  let t = Date.parse(iso);
  return {
    now: () => new Date(t),
    set: (value: string) => (t = Date.parse(value)),
  };
}

describe('createAlertWorker', () => {
  it('loses nothing while the mail server is down, and delivers each alert once when it is back', async () => {
    const port = await closedPort();
    const outbox = createMemoryAlertOutbox();
    await outbox.enqueue('ASB-2026-000123', ['email']);
    await outbox.enqueue('ASB-2026-000124', ['email']);
    await outbox.enqueue('ASB-2026-000125', ['email']);
    const clock = clockAt('2026-12-06T20:20:00Z');
    const logs: AlertLogEntry[] = [];
    const worker = createAlertWorker({ outbox, readReport, config: emailConfig(port), now: clock.now, log: (e) => logs.push(e) });
    cleanups.push(() => worker.stop());

    expect(await worker.runOnce()).toEqual({ claimed: 3, sent: 0, failed: 3, gaveUp: 0, reportGone: 0 });
    const pending = await outbox.pendingAlerts();
    expect(pending.map((p) => [p.reference, p.attempts])).toEqual([
      ['ASB-2026-000123', 1],
      ['ASB-2026-000124', 1],
      ['ASB-2026-000125', 1],
    ]);
    for (const p of pending) {
      expect(p.lastError).toMatch(/ECONNREFUSED/);
      expect(outbox.nextAttemptAt(p.id)).toBe('2026-12-06T20:20:30.000Z');
    }
    expect(await worker.runOnce()).toMatchObject({ claimed: 0 });

    clock.set('2026-12-06T20:20:30Z');
    expect(await worker.runOnce()).toEqual({ claimed: 3, sent: 0, failed: 3, gaveUp: 0, reportGone: 0 });
    expect(pending.map((p) => outbox.nextAttemptAt(p.id))).toEqual(Array(3).fill('2026-12-06T20:21:30.000Z'));

    // The mail server comes back on the same port.
    const smtp = await smtpServer(port);
    clock.set('2026-12-06T20:21:29Z');
    expect(await worker.runOnce()).toMatchObject({ claimed: 0 });
    expect(smtp.received).toHaveLength(0);
    clock.set('2026-12-06T20:21:30Z');
    expect(await worker.runOnce()).toEqual({ claimed: 3, sent: 3, failed: 0, gaveUp: 0, reportGone: 0 });
    expect(await outbox.pendingAlerts()).toEqual([]);

    clock.set('2026-12-07T09:00:00Z');
    expect(await worker.runOnce()).toMatchObject({ claimed: 0 });
    expect(smtp.received).toHaveLength(3);

    const emails = smtp.received.map((m) => ({ ...m, ...readEmail(m.raw) })).sort((a, b) => a.headers.get('x-asb-reference')!.localeCompare(b.headers.get('x-asb-reference')!));
    for (const email of emails) {
      expect(email.from).toBe('no-reply@riverside-homes.org.uk');
      expect(email.to).toEqual([TEAM]);
      expect(email.headers.get('from')).toBe('ASB reports <no-reply@riverside-homes.org.uk>');
      expect(email.headers.get('to')).toBe(TEAM);
    }
    const [urgent, medium, outside] = emails;
    expect(urgent!.headers.get('subject')).toBe('URGENT: ASB report ASB-2026-000123, Level 1 High Risk, first contact by Monday 7 December 2026');
    expect(urgent!.headers.get('x-priority')).toBe('1 (Highest)');
    expect(urgent!.headers.get('importance')).toBe('High');
    expect(urgent!.text).toContain('Reference: ASB-2026-000123\nLevel: Level 1 High Risk\nFirst contact due: by Monday 7 December 2026 (within 1 working day)\n');
    expect(urgent!.text).toContain('Open the report: https://hms.riverside-homes.org.uk/asb/ASB-2026-000123\n');
    expect(medium!.headers.get('subject')).toBe('ASB report ASB-2026-000124, Level 2 Medium Risk, first contact by Tuesday 29 December 2026');
    expect(medium!.headers.has('x-priority')).toBe(false);
    expect(medium!.headers.has('importance')).toBe(false);
    expect(outside!.headers.get('subject')).toBe('URGENT: Report ASB-2026-000125, handled outside ASB (Neighbour dispute: tenancy management), immediate danger reported');
    for (const word of REPORT_CONTENT) {
      for (const email of emails) expect(email.raw).not.toContain(word);
      expect(JSON.stringify(logs)).not.toContain(word);
    }
    expect(logs.filter((l) => l.event === 'failed')).toHaveLength(6);
    expect(logs.filter((l) => l.event === 'sent').map((l) => l.reference).sort()).toEqual(['ASB-2026-000123', 'ASB-2026-000124', 'ASB-2026-000125']);
  });

  it('sends the email and the signed webhook for each report; a webhook answering 500 is tried again', async () => {
    const smtp = await smtpServer();
    let answers = 0;
    const hms = await webhookReceiver((_req, res) => res.writeHead(++answers === 1 ? 500 : 204).end());
    const config = parseAlertConfig({
      ALERT_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      ALERT_EMAIL_TO: TEAM,
      ALERT_EMAIL_FROM: 'no-reply@riverside-homes.org.uk',
      ALERT_WEBHOOK_URL: hms.url,
      ALERT_WEBHOOK_SECRET: SECRET,
      ALERT_STAFF_LINK: 'https://hms.riverside-homes.org.uk/asb/{reference}',
    });
    const outbox = createMemoryAlertOutbox();
    await outbox.enqueue('ASB-2026-000124', ['email', 'webhook']);
    const clock = clockAt('2026-12-18T16:05:02Z');
    const worker = createAlertWorker({ outbox, readReport, config, now: clock.now, log: () => {}, batchSize: 1 });
    cleanups.push(() => worker.stop());

    expect(await worker.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect(await worker.runOnce()).toMatchObject({ claimed: 1, failed: 1 });
    expect(await outbox.pendingAlerts()).toEqual([{ id: 'alert-2', reference: 'ASB-2026-000124', channel: 'webhook', attempts: 1, lastError: 'the webhook answered 500, not 2xx' }]);
    clock.set('2026-12-18T16:05:32Z');
    expect(await worker.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect(await outbox.pendingAlerts()).toEqual([]);

    expect(smtp.received).toHaveLength(1);
    expect(hms.bodies).toHaveLength(2);
    for (const { signature, body } of hms.bodies) {
      expect(verifyWebhookSignature({ rawBody: body, header: signature, secret: SECRET, now: new Date('2026-12-18T16:06:00Z') }).ok).toBe(true);
      expect(JSON.parse(body)).toMatchObject({ event: 'report.received', reference: 'ASB-2026-000124', level: 'medium', firstContactDue: '2026-12-29', urgent: false, details: null });
    }
  });

  it('retries a webhook that does not answer within its timeout', async () => {
    const held: ServerResponse[] = [];
    const hms = await webhookReceiver((_req, res) => held.push(res));
    cleanups.push(async () => held.forEach((res) => res.destroy()));
    const config = parseAlertConfig({ ALERT_WEBHOOK_URL: hms.url, ALERT_WEBHOOK_SECRET: SECRET, ALERT_WEBHOOK_TIMEOUT_SECONDS: '1', ALERT_STAFF_LINK: 'https://hms.example.org/asb/' });
    const outbox = createMemoryAlertOutbox();
    await outbox.enqueue('ASB-2026-000123', ['webhook']);
    const worker = createAlertWorker({ outbox, readReport, config, now: () => new Date('2026-12-06T20:16:00Z'), log: () => {} });
    expect(await worker.runOnce()).toMatchObject({ claimed: 1, failed: 1 });
    expect((await outbox.pendingAlerts())[0]).toMatchObject({ attempts: 1, lastError: 'the webhook did not answer within 1 seconds' });
    expect(outbox.nextAttemptAt('alert-1')).toBe('2026-12-06T20:16:30.000Z');
    await worker.stop();
  });

  it('drops the alert of a purged report (null or undefined from the store) without sending anything', async () => {
    const hms = await webhookReceiver((_req, res) => res.end());
    const config = parseAlertConfig({ ALERT_WEBHOOK_URL: hms.url, ALERT_WEBHOOK_SECRET: SECRET, ALERT_STAFF_LINK: 'https://hms.example.org/asb/' });
    const outbox = createMemoryAlertOutbox();
    await outbox.enqueue('ASB-2025-000007', ['webhook']);
    await outbox.enqueue('ASB-2025-000008', ['webhook']);
    const logs: AlertLogEntry[] = [];
    const worker = createAlertWorker({ outbox, readReport: async (ref) => (ref.endsWith('7') ? null : undefined), config, log: (e) => logs.push(e) });
    expect(await worker.runOnce()).toEqual({ claimed: 2, sent: 0, failed: 0, gaveUp: 0, reportGone: 2 });
    expect(await outbox.pendingAlerts()).toEqual([]);
    expect(hms.bodies).toEqual([]);
    expect(logs.map((l) => [l.event, l.reference])).toEqual([
      ['report-gone', 'ASB-2025-000007'],
      ['report-gone', 'ASB-2025-000008'],
    ]);
    await worker.stop();
  });

  it('waits twice as long after each failure, at most an hour', async () => {
    const config = emailConfig(await closedPort());
    const outbox = createMemoryAlertOutbox();
    await outbox.enqueue('ASB-2026-000123', ['email'], { attempts: 2 });
    await outbox.enqueue('ASB-2026-000124', ['email'], { attempts: 7 });
    await outbox.enqueue('ASB-2026-000125', ['email'], { attempts: 30 });
    const worker = createAlertWorker({ outbox, readReport, config, now: () => new Date('2026-12-06T23:30:00Z'), log: () => {} });
    await worker.runOnce();
    // Third failure: 30 s × 2² = 2 min. Eighth: 30 s × 2⁷ = 64 min, capped at 60. Thirty-first: capped.
    expect(outbox.nextAttemptAt('alert-1')).toBe('2026-12-06T23:32:00.000Z');
    expect(outbox.nextAttemptAt('alert-2')).toBe('2026-12-07T00:30:00.000Z');
    expect(outbox.nextAttemptAt('alert-3')).toBe('2026-12-07T00:30:00.000Z');
    await worker.stop();
  });

  it('gives up after the configured attempts, but keeps the alert visible with its error and says so', async () => {
    const config = emailConfig(await closedPort(), { ALERT_MAX_ATTEMPTS: '3' });
    const outbox = createMemoryAlertOutbox();
    await outbox.enqueue('ASB-2026-000123', ['email']);
    const clock = clockAt('2026-12-06T20:20:00Z');
    const logs: AlertLogEntry[] = [];
    const worker = createAlertWorker({ outbox, readReport, config, now: clock.now, log: (e) => logs.push(e) });
    expect(await worker.runOnce()).toMatchObject({ failed: 1 });
    clock.set('2026-12-06T20:20:30Z');
    expect(await worker.runOnce()).toMatchObject({ failed: 1 });
    clock.set('2026-12-06T20:21:30Z');
    expect(await worker.runOnce()).toMatchObject({ failed: 0, gaveUp: 1 });

    const [parked] = await outbox.pendingAlerts();
    expect(parked).toMatchObject({ reference: 'ASB-2026-000123', channel: 'email', attempts: 3 });
    expect(parked!.lastError).toMatch(/^gave up after 3 attempts: .*ECONNREFUSED/);
    expect(outbox.nextAttemptAt(parked!.id)).toBe(GAVE_UP_UNTIL);
    const gaveUp = logs.filter((l) => l.level === 'error');
    expect(gaveUp.map((l) => [l.event, l.reference, l.channel, l.attempts])).toEqual([['gave-up', 'ASB-2026-000123', 'email', 3]]);
    expect(gaveUp[0]!.message).toBe(
      'Gave up sending the email alert for ASB-2026-000123 after 3 attempts; it stays in the outbox. Tell the team about this report another way.',
    );
    clock.set('2030-01-01T00:00:00Z');
    expect(await worker.runOnce()).toMatchObject({ claimed: 0 });
    await worker.stop();
  });

  it('survives senders, report reads and loggers that throw anything', async () => {
    const outbox = createMemoryAlertOutbox();
    await outbox.enqueue('ASB-2026-000123', ['email']);
    await outbox.enqueue('ASB-2026-000124', ['webhook']);
    await outbox.enqueue('ASB-2026-000125', ['email']);
    const config = parseAlertConfig({});
    const worker = createAlertWorker({
      outbox,
      readReport: async (reference) => {
        if (reference === 'ASB-2026-000125') throw new Error('EIO: i/o error, read\n    at readFile (node:fs)');
        return readReport(reference);
      },
      config: { ...config, maxAttempts: 50, staffLink: null },
      senders: {
        email: {
          send: () => {
            throw 'a string, not an Error'; // eslint-disable-line no-throw-literal
          },
          close: async () => {},
        },
      },
      now: () => new Date('2026-12-06T20:20:00Z'),
      log: () => {
        throw new Error('the log disk is full');
      },
    });
    expect(await worker.runOnce()).toEqual({ claimed: 3, sent: 0, failed: 3, gaveUp: 0, reportGone: 0 });
    expect((await outbox.pendingAlerts()).map((p) => [p.reference, p.lastError])).toEqual([
      ['ASB-2026-000123', 'a string, not an Error'],
      ['ASB-2026-000124', 'the webhook is not set up (ALERT_WEBHOOK_URL)'],
      ['ASB-2026-000125', 'could not read the report: EIO: i/o error, read'],
    ]);
    await worker.stop();
  });

  it('runs in the background, wakes on demand, and stops leaving no timer and no further rounds', async () => {
    const smtp = await smtpServer();
    const outbox = createMemoryAlertOutbox();
    let claims = 0;
    const counted: AlertOutbox = { ...outbox, claimAlerts: (o) => (claims++, outbox.claimAlerts(o)) };
    await outbox.enqueue('ASB-2026-000123', ['email']);
    await outbox.enqueue('ASB-2026-000124', ['email']);
    const worker = createAlertWorker({ outbox: counted, readReport, config: emailConfig(smtp.port), log: () => {}, pollIntervalMs: 60_000 });
    worker.start();
    await until(() => smtp.received.length === 2);

    await outbox.enqueue('ASB-2026-000125', ['email']);
    worker.wake(); // without it, the next round is a minute away
    await until(() => smtp.received.length === 3);
    await worker.stop();

    const claimsAtStop = claims;
    await outbox.enqueue('ASB-2026-000123', ['webhook']);
    worker.wake();
    worker.start();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(claims).toBe(claimsAtStop);
    expect(smtp.received).toHaveLength(3);
  });

  it('leaves no timer behind once stopped, even mid-wait between polls', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const outbox = createMemoryAlertOutbox();
      let claims = 0;
      const counted: AlertOutbox = { ...outbox, claimAlerts: (o) => (claims++, outbox.claimAlerts(o)) };
      const worker = createAlertWorker({ outbox: counted, readReport, config: parseAlertConfig({}), log: () => {}, pollIntervalMs: 5000 });
      expect(vi.getTimerCount()).toBe(0);
      worker.start();
      await vi.advanceTimersByTimeAsync(0);
      expect(claims).toBe(1);
      expect(vi.getTimerCount()).toBe(1); // the next poll, 5 s away
      await vi.advanceTimersByTimeAsync(5000);
      expect(claims).toBe(2);
      await worker.stop();
      expect(vi.getTimerCount()).toBe(0);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(claims).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('when the store fails to record a delivery, says so and leaves the alert to be claimed again after its lease', async () => {
    const hms = await webhookReceiver((_req, res) => res.writeHead(200).end());
    const config = parseAlertConfig({ ALERT_WEBHOOK_URL: hms.url, ALERT_WEBHOOK_SECRET: SECRET, ALERT_STAFF_LINK: 'https://hms.example.org/asb/' });
    const outbox = createMemoryAlertOutbox();
    await outbox.enqueue('ASB-2026-000124', ['webhook']);
    const flaky: AlertOutbox = {
      ...outbox,
      completeAlert: async () => {
        throw new Error('Connection terminated unexpectedly');
      },
    };
    const logs: AlertLogEntry[] = [];
    const clock = clockAt('2026-12-18T16:10:00Z');
    const worker = createAlertWorker({ outbox: flaky, readReport, config, now: clock.now, log: (e) => logs.push(e), leaseSeconds: 300 });
    expect(await worker.runOnce()).toEqual({ claimed: 1, sent: 0, failed: 1, gaveUp: 0, reportGone: 0 });
    expect(logs.at(-1)).toMatchObject({ level: 'error', event: 'outbox-error', reference: 'ASB-2026-000124', error: 'Connection terminated unexpectedly' });
    clock.set('2026-12-18T16:14:59Z');
    expect(await worker.runOnce()).toMatchObject({ claimed: 0 });
    clock.set('2026-12-18T16:15:00Z');
    expect(await worker.runOnce()).toMatchObject({ claimed: 1 });
    expect(hms.bodies).toHaveLength(2); // sent twice, never lost: receivers drop repeats by reference
    await worker.stop();
  });

  it('refuses settings that could not work, naming them', () => {
    const outbox = createMemoryAlertOutbox();
    const config = parseAlertConfig({ ALERT_WEBHOOK_URL: 'https://hms.example.org/asb', ALERT_WEBHOOK_SECRET: SECRET, ALERT_WEBHOOK_TIMEOUT_SECONDS: '60', ALERT_STAFF_LINK: 'https://hms.example.org/asb/' });
    expect(() => createAlertWorker({ outbox, readReport, config, leaseSeconds: 60 })).toThrow('createAlertWorker: leaseSeconds (60) must be longer than the webhook timeout (60 s)');
    expect(() => createAlertWorker({ outbox, readReport, config: parseAlertConfig({}), batchSize: 0 })).toThrow('createAlertWorker: batchSize must be a whole number, 1 or more (got 0)');
    expect(() => createAlertWorker({ outbox, readReport, config: parseAlertConfig({}), backoff: { firstSeconds: 600, maxSeconds: 60 } })).toThrow(
      'createAlertWorker: backoff.maxSeconds must be a whole number, 600 or more (got 60)',
    );
  });

  it('keeps polling when the outbox itself fails, and logs that without report content', async () => {
    let calls = 0;
    const broken: AlertOutbox = {
      ...createMemoryAlertOutbox(),
      claimAlerts: async () => {
        calls++;
        throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
      },
    };
    const logs: AlertLogEntry[] = [];
    const worker = createAlertWorker({ outbox: broken, readReport, config: parseAlertConfig({}), log: (e) => logs.push(e), pollIntervalMs: 10 });
    worker.start();
    await until(() => calls >= 3);
    await worker.stop();
    expect(logs[0]).toEqual({ level: 'error', event: 'outbox-error', message: 'Could not claim alerts from the outbox; trying again at the next poll', error: 'connect ECONNREFUSED 127.0.0.1:5432' });
  });
});

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
