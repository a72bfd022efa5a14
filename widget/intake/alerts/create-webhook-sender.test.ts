import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { alertSummary } from './alert-summary.ts';
import { createWebhookSender } from './create-webhook-sender.ts';
import { mediumNoiseReport, urgentHateReport } from './stored-report-fixtures.ts';
import { verifyWebhookSignature } from './webhook-signature.ts';

const SECRET = 'whsec-riverside-0123456789abcdef0123456789';
const LINK = 'https://hms.riverside-homes.org.uk/asb/{reference}';

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => {
    s.close(resolve);
    s.closeAllConnections();
  })));
});

/** A real HTTP server on a free port standing in for the HMS integration. */
async function receiver(answer: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      answer(req, res, body);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/asb`, received };
}

describe('createWebhookSender', () => {
  it('posts the summary as signed JSON that the receiver verifies against the raw body', async () => {
    const verdicts: unknown[] = [];
    const hms = await receiver((req, res, body) => {
      verdicts.push(verifyWebhookSignature({ rawBody: body, header: req.headers['asb-signature'], secret: SECRET, now: new Date('2026-12-06T20:16:00Z') }));
      res.writeHead(202).end();
    });
    const sender = createWebhookSender({ url: hms.url, secret: SECRET, timeoutMs: 5000 }, { now: () => new Date('2026-12-06T20:15:30Z') });
    await sender.send(alertSummary(urgentHateReport, { staffLink: LINK, includeDetails: false }));

    expect(hms.received).toHaveLength(1);
    const [request] = hms.received;
    expect(request!.method).toBe('POST');
    expect(request!.url).toBe('/hooks/asb');
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.headers['asb-signature']).toMatch(/^t=1796588130,v1=[0-9a-f]{64}$/);
    expect(verdicts).toEqual([{ ok: true, timestamp: 1796588130 }]);
    expect(JSON.parse(request!.body)).toEqual({
      event: 'report.received',
      version: 1,
      reference: 'ASB-2026-000123',
      receivedAt: '2026-12-06T20:15:00.000Z',
      updatedAt: null,
      policyId: 'plus-dane',
      isAsb: true,
      level: 'high',
      levelLabel: 'Level 1 High Risk',
      urgent: true,
      immediateDanger: false,
      firstContactDue: '2026-12-07',
      firstContactWorkingDays: 1,
      outsideAsbRoute: null,
      staffUrl: 'https://hms.riverside-homes.org.uk/asb/ASB-2026-000123',
      details: null,
    });
    expect(request!.body).not.toContain('Samira');

    // The tenant's changed answers replaced it: the same reference, as an update.
    await sender.send(alertSummary({ ...urgentHateReport, idempotencyKey: 'later-key', replaced: { keys: [urgentHateReport.idempotencyKey], at: '2026-12-06T20:19:00.000Z' } }, { staffLink: LINK, includeDetails: false }));
    expect(JSON.parse(hms.received[1]!.body)).toMatchObject({ event: 'report.updated', reference: 'ASB-2026-000123', updatedAt: '2026-12-06T20:19:00.000Z' });
  });

  it('treats a 500, a redirect and a 404 as failures', async () => {
    for (const status of [500, 302, 404]) {
      const hms = await receiver((_req, res) => res.writeHead(status, status === 302 ? { Location: 'https://elsewhere.example/' } : {}).end('<html>error page</html>'));
      const sender = createWebhookSender({ url: hms.url, secret: SECRET, timeoutMs: 5000 });
      await expect(sender.send(alertSummary(mediumNoiseReport, { staffLink: LINK, includeDetails: false }))).rejects.toThrow(`the webhook answered ${status}, not 2xx`);
      expect(hms.received).toHaveLength(1);
    }
  });

  it('gives up on a receiver that never answers, after the timeout', async () => {
    const held: ServerResponse[] = [];
    const hms = await receiver((_req, res) => held.push(res));
    const sender = createWebhookSender({ url: hms.url, secret: SECRET, timeoutMs: 300 });
    await expect(sender.send(alertSummary(mediumNoiseReport, { staffLink: LINK, includeDetails: false }))).rejects.toThrow('the webhook did not answer within 0.3 seconds');
    for (const res of held) res.destroy();
  });

  it('says it could not connect when nothing listens', async () => {
    const hms = await receiver((_req, res) => res.end());
    const url = hms.url;
    await new Promise((resolve) => servers.pop()!.close(resolve));
    const sender = createWebhookSender({ url, secret: SECRET, timeoutMs: 2000 });
    await expect(sender.send(alertSummary(mediumNoiseReport, { staffLink: LINK, includeDetails: false }))).rejects.toThrow('could not reach the webhook (ECONNREFUSED)');
  });
});
