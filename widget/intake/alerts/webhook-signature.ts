import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header that carries the signature: `ASB-Signature: t=1796588100,v1=5f2b...`. */
export const SIGNATURE_HEADER = 'ASB-Signature';

/**
 * Signs a webhook body: HMAC-SHA256, keyed with the shared secret, over `"<t>.<raw body>"`, where
 * `t` is the time of sending in Unix seconds. Gives the `ASB-Signature` header's value.
 *
 * @example
 * signWebhook('{"event":"report.received"}', 'the-shared-secret', 1796588100)
 * //=> 't=1796588100,v1=<64 hex digits>'
 */
export function signWebhook(rawBody: string, secret: string, timestampSeconds: number): string {
  const t = Math.floor(timestampSeconds);
  const v1 = createHmac('sha256', secret).update(`${t}.${rawBody}`, 'utf8').digest('hex');
  return `t=${t},v1=${v1}`;
}

export type WebhookVerification = { ok: true; timestamp: number } | { ok: false; reason: string };

/**
 * For receivers (an HMS integration): checks an `ASB-Signature` header against the raw body as
 * received (before any JSON parsing) and the shared secret. Refuses a missing or malformed header,
 * a timestamp further than `toleranceSeconds` (default 300) from `now` (a replay), and a wrong
 * signature. Compares in constant time. Several `v1=` values are allowed (while a secret is being
 * changed); one must match.
 *
 * @example
 * verifyWebhookSignature({ rawBody, header: request.headers['asb-signature'], secret: process.env.ASB_SECRET })
 * //=> { ok: true, timestamp: 1796588100 }
 * // Express: app.post('/asb', express.raw({ type: 'application/json' }), (req, res) => { ... req.body.toString('utf8') ... })
 */
export function verifyWebhookSignature(options: {
  rawBody: string | Uint8Array;
  /** The header's value as received; Node's `req.headers['asb-signature']` may be passed as it is. */
  header: string | readonly string[] | null | undefined;
  secret: string;
  /** Default: the clock. */
  now?: Date;
  toleranceSeconds?: number;
}): WebhookVerification {
  const header = (typeof options.header === 'string' ? options.header : options.header?.join(','))?.trim();
  if (!header) return { ok: false, reason: `no ${SIGNATURE_HEADER} header` };
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value, ...rest] = part.trim().split('=');
    if (rest.length > 0 || value === undefined) continue;
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/.test(value)) signatures.push(value);
  }
  if (timestamp === null) return { ok: false, reason: `${SIGNATURE_HEADER} has no timestamp (t=)` };
  if (signatures.length === 0) return { ok: false, reason: `${SIGNATURE_HEADER} has no v1= signature` };
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const tolerance = options.toleranceSeconds ?? 300;
  if (Math.abs(nowSeconds - timestamp) > tolerance) return { ok: false, reason: `the timestamp is more than ${tolerance} seconds from now` };

  const body = typeof options.rawBody === 'string' ? Buffer.from(options.rawBody, 'utf8') : Buffer.from(options.rawBody);
  const expected = createHmac('sha256', options.secret).update(`${timestamp}.`, 'utf8').update(body).digest();
  let matched = false;
  for (const signature of signatures) {
    // Both 32 bytes (the pattern above), so timingSafeEqual never throws.
    if (timingSafeEqual(expected, Buffer.from(signature, 'hex'))) matched = true;
  }
  return matched ? { ok: true, timestamp } : { ok: false, reason: 'the signature does not match' };
}
