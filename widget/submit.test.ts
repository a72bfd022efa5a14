import { describe, expect, it } from 'vitest';
import { submitReport } from './submit.ts';

/** A fake fetch answering from a script, and recording what was sent. */
function server(...script: (Response | 'network-error' | (() => Response))[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const next = script.shift() ?? new Response('{}', { status: 500 });
    if (next === 'network-error') throw new TypeError('Failed to fetch');
    return typeof next === 'function' ? next() : next;
  }) as typeof globalThis.fetch;
  return { calls, fetch };
}
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const options = { endpoint: '/api/asb-reports', body: '{"schemaVersion":1}', idempotencyKey: 'key-1', retryDelays: [0, 0, 0] };

describe('submitReport', () => {
  it('POSTs JSON with the Idempotency-Key and returns the receipt', async () => {
    const { calls, fetch } = server(json(201, { reference: 'ASB-2026-000123', outcome: { isAsb: true, firstContactWorkingDays: 1, firstContactDue: '2026-03-11' } }));
    expect(await submitReport({ ...options, fetch })).toEqual({
      ok: true,
      receipt: { reference: 'ASB-2026-000123', outcome: { isAsb: true, firstContactWorkingDays: 1, firstContactDue: '2026-03-11' } },
    });
    expect(calls[0]!.url).toBe('/api/asb-reports');
    expect(calls[0]!.init.method).toBe('POST');
    expect(calls[0]!.init.headers).toEqual({ 'Content-Type': 'application/json', 'Idempotency-Key': 'key-1' });
    expect(calls[0]!.init.body).toBe('{"schemaVersion":1}');
  });

  it('names the earlier version of the report it replaces, when asked to', async () => {
    const { calls, fetch } = server(json(201, { reference: 'ASB-2026-000124' }));
    expect(await submitReport({ ...options, idempotencyKey: 'key-2', replaces: 'key-1', fetch })).toEqual({ ok: true, receipt: { reference: 'ASB-2026-000124' } });
    expect(calls[0]!.init.headers).toEqual({ 'Content-Type': 'application/json', 'Idempotency-Key': 'key-2', 'Replaces-Idempotency-Key': 'key-1' });
  });

  it('keeps the level when it is one', async () => {
    const { fetch } = server(
      json(201, { reference: 'A-1', outcome: { isAsb: true, firstContactWorkingDays: 1, firstContactDue: '2026-12-07', level: 'high' } }),
      json(201, { reference: 'A-2', outcome: { isAsb: true, firstContactWorkingDays: 1, level: 'urgent' } }),
    );
    expect(await submitReport({ ...options, fetch })).toEqual({
      ok: true,
      receipt: { reference: 'A-1', outcome: { isAsb: true, firstContactWorkingDays: 1, firstContactDue: '2026-12-07', level: 'high' } },
    });
    expect(await submitReport({ ...options, fetch })).toEqual({
      ok: true,
      receipt: { reference: 'A-2', outcome: { isAsb: true, firstContactWorkingDays: 1, firstContactDue: null } },
    });
  });

  it('keeps a first-contact date only when it is one', async () => {
    const { fetch } = server(json(201, { reference: 'ASB-2026-000125', outcome: { isAsb: true, firstContactWorkingDays: 3, firstContactDue: '<b>soon</b>' } }));
    expect(await submitReport({ ...options, fetch })).toEqual({
      ok: true,
      receipt: { reference: 'ASB-2026-000125', outcome: { isAsb: true, firstContactWorkingDays: 3, firstContactDue: null } },
    });
  });

  it('retries network errors, 5xx, 409 and cut-off answers with the same key and body, then succeeds', async () => {
    const retries: number[] = [];
    const { calls, fetch } = server('network-error', json(503, {}), json(409, {}), () => new Response('{"refer', { status: 201 }), json(200, { reference: 'ASB-2026-000001' }));
    const result = await submitReport({ ...options, retryDelays: [0, 0, 0, 0], fetch, onRetry: (n) => retries.push(n) });
    expect(result).toEqual({ ok: true, receipt: { reference: 'ASB-2026-000001' } });
    expect(calls).toHaveLength(5);
    expect(new Set(calls.map((c) => JSON.stringify([c.init.headers, c.init.body]))).size).toBe(1);
    expect(retries).toEqual([1, 2, 3, 4]);
  });

  it('gives up after its retries: unreachable, never success', async () => {
    const { calls, fetch } = server('network-error', 'network-error', 'network-error', 'network-error');
    expect(await submitReport({ ...options, fetch })).toEqual({ ok: false, reason: 'unreachable' });
    expect(calls).toHaveLength(4);
  });

  it('does not retry what retrying cannot fix', async () => {
    const invalid = server(json(400, { error: 'invalid-report', issues: [{ path: 'location', message: 'Tell us where it happens' }] }));
    expect(await submitReport({ ...options, fetch: invalid.fetch })).toEqual({
      ok: false,
      reason: 'invalid',
      issues: [{ path: 'location', message: 'Tell us where it happens' }],
    });
    expect(await submitReport({ ...options, fetch: server(json(422, {})).fetch })).toEqual({ ok: false, reason: 'conflict' });
    expect(await submitReport({ ...options, fetch: server(new Response('<h1>Not found</h1>', { status: 404 })).fetch })).toEqual({
      ok: false,
      reason: 'rejected',
      status: 404,
    });
  });

  it('claims no success without a reference', async () => {
    expect(await submitReport({ ...options, fetch: server(json(201, { reference: '  ' })).fetch })).toEqual({ ok: false, reason: 'rejected', status: 201 });
    expect(await submitReport({ ...options, fetch: server(json(200, null)).fetch })).toEqual({ ok: false, reason: 'rejected', status: 200 });
  });
});
