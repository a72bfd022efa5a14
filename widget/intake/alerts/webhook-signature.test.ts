import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhookSignature } from './webhook-signature.ts';

const SECRET = 'whsec-riverside-0123456789abcdef0123456789';
const BODY = '{"event":"report.received","reference":"ASB-2026-000123"}';
// Worked out independently of signWebhook: HMAC-SHA256(secret, "1796588100." + body).
const EXPECTED = createHmac('sha256', SECRET).update(`1796588100.${BODY}`).digest('hex');
const NOW = new Date('2026-12-06T20:15:00Z'); // 1796588100

describe('signWebhook and verifyWebhookSignature', () => {
  it('signs "<t>.<body>" with HMAC-SHA256 and the receiver accepts it', () => {
    const header = signWebhook(BODY, SECRET, 1796588100.9);
    expect(header).toBe(`t=1796588100,v1=${EXPECTED}`);
    expect(verifyWebhookSignature({ rawBody: BODY, header, secret: SECRET, now: NOW })).toEqual({ ok: true, timestamp: 1796588100 });
    expect(verifyWebhookSignature({ rawBody: Buffer.from(BODY), header, secret: SECRET, now: NOW }).ok).toBe(true);
    expect(verifyWebhookSignature({ rawBody: BODY, header: [header], secret: SECRET, now: NOW }).ok).toBe(true);
  });

  it('refuses a changed body, another secret, and a missing or garbled header', () => {
    const header = `t=1796588100,v1=${EXPECTED}`;
    expect(verifyWebhookSignature({ rawBody: BODY.replace('123', '124'), header, secret: SECRET, now: NOW })).toEqual({ ok: false, reason: 'the signature does not match' });
    expect(verifyWebhookSignature({ rawBody: BODY, header, secret: 'another-secret-another-secret-xx', now: NOW }).ok).toBe(false);
    expect(verifyWebhookSignature({ rawBody: BODY, header: undefined, secret: SECRET, now: NOW })).toEqual({ ok: false, reason: 'no ASB-Signature header' });
    expect(verifyWebhookSignature({ rawBody: BODY, header: `v1=${EXPECTED}`, secret: SECRET, now: NOW })).toEqual({ ok: false, reason: 'ASB-Signature has no timestamp (t=)' });
    expect(verifyWebhookSignature({ rawBody: BODY, header: 't=1796588100,v1=abc', secret: SECRET, now: NOW })).toEqual({ ok: false, reason: 'ASB-Signature has no v1= signature' });
  });

  it('refuses a replay outside the tolerance window, either side of now', () => {
    const header = `t=1796588100,v1=${EXPECTED}`;
    expect(verifyWebhookSignature({ rawBody: BODY, header, secret: SECRET, now: new Date('2026-12-06T20:20:00Z') }).ok).toBe(true);
    expect(verifyWebhookSignature({ rawBody: BODY, header, secret: SECRET, now: new Date('2026-12-06T20:20:01Z') })).toEqual({
      ok: false,
      reason: 'the timestamp is more than 300 seconds from now',
    });
    expect(verifyWebhookSignature({ rawBody: BODY, header, secret: SECRET, now: new Date('2026-12-06T20:09:59Z') }).ok).toBe(false);
    expect(verifyWebhookSignature({ rawBody: BODY, header, secret: SECRET, now: new Date('2026-12-06T20:25:00Z'), toleranceSeconds: 600 }).ok).toBe(true);
  });

  it('accepts any one matching v1 among several (while the secret is being changed)', () => {
    const header = `t=1796588100,v1=${'0'.repeat(64)},v1=${EXPECTED}`;
    expect(verifyWebhookSignature({ rawBody: BODY, header, secret: SECRET, now: NOW }).ok).toBe(true);
  });
});
