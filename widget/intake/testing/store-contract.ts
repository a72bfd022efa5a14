import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../../core/index.ts';
import { handleReportSubmission } from '../handle-report-submission.ts';
import type { IntakeStore } from '../intake-store.ts';

/** Opens a fresh, empty store; a second call with the same `shared` opens another handle on the same data (another process). */
export interface StoreFactory {
  /** A new empty backing (a folder, a database), answered as an id for `open`. */
  create(): Promise<string>;
  open(backing: string, options?: { alertChannels?: ('email' | 'webhook')[] }): Promise<IntakeStore>;
}

const NOW = new Date('2026-03-10T09:15:00Z');

function post(key: string, description = sampleReport.description, changes: Record<string, unknown> = {}, headers: Record<string, string> = {}): Request {
  return new Request('https://landlord.example/api/asb-reports', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, ...headers },
    body: JSON.stringify({ ...sampleReport, description, ...changes }),
  });
}

const send = (store: IntakeStore, key: string, description?: string) => handleReportSubmission(post(key, description), { store, now: () => NOW });

/** The tenant's changed answers, sent under `key` naming the earlier send's key, an hour after the first. */
const LATER = new Date('2026-03-10T10:15:00Z');
const CHANGED = { location: 'The car park behind Elm Court', behaviours: ['violence'], immediateDanger: false };
const sendReplacing = (store: IntakeStore, key: string, replaces: string) =>
  handleReportSubmission(post(key, 'They hit my son in the car park.', CHANGED, { 'Replaces-Idempotency-Key': replaces }), { store, now: () => LATER });

/**
 * The contract every {@link IntakeStore} keeps, run against the file store and PostgreSQL alike:
 * idempotency (also across two handles on one backing, as two processes), concurrency, the
 * alert outbox, the staff reads and marks, retention and tokens.
 */
export function describeStoreContract(name: string, factory: StoreFactory): void {
  describe(`${name}: the IntakeStore contract`, () => {
    async function withStore<T>(run: (store: IntakeStore, backing: string) => Promise<T>, options?: { alertChannels?: ('email' | 'webhook')[] }): Promise<T> {
      const backing = await factory.create();
      const store = await factory.open(backing, options);
      try {
        return await run(store, backing);
      } finally {
        await store.close();
      }
    }

    it('replays a stored key with its receipt (200) and refuses it with another report (422)', () =>
      withStore(async (store) => {
        const first = await send(store, 'key-1');
        expect(first.status).toBe(201);
        const receipt = await first.json();
        expect(receipt.reference).toBe('ASB-2026-000001');
        const again = await send(store, 'key-1');
        expect(again.status).toBe(200);
        expect(await again.json()).toEqual(receipt);
        expect((await send(store, 'key-1', 'Another report entirely.')).status).toBe(422);
        expect(await store.listReports({ status: 'new', limit: 100 })).toHaveLength(1);
      }));

    it('stores one report for 20 concurrent requests with one key, in one process and across two', () =>
      withStore(async (store, backing) => {
        const other = await factory.open(backing);
        try {
          const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => send(i % 2 ? other : store, 'same-key')));
          const statuses = responses.map((r) => r.status);
          expect(statuses.filter((s) => s === 201)).toHaveLength(1);
          for (const s of statuses) expect([200, 201, 409]).toContain(s);
          const bodies = await Promise.all(responses.filter((r) => r.status !== 409).map((r) => r.json()));
          expect(new Set(bodies.map((b) => b.reference)).size).toBe(1);
          expect(await store.listReports({ status: 'new', limit: 100 })).toHaveLength(1);
        } finally {
          await other.close();
        }
      }));

    it('stores 100 concurrent submissions from two handles with unique references 1 to 100', () =>
      withStore(async (store, backing) => {
        const other = await factory.open(backing);
        try {
          const responses = await Promise.all(Array.from({ length: 100 }, (_, i) => send(i % 2 ? other : store, `key-${i}`, `Report number ${i}.`)));
          expect(responses.map((r) => r.status)).toEqual(Array.from({ length: 100 }, () => 201));
          const references = (await Promise.all(responses.map((r) => r.json()))).map((b) => b.reference).sort();
          expect(references).toEqual(Array.from({ length: 100 }, (_, i) => `ASB-2026-${String(i + 1).padStart(6, '0')}`));
          const listed = await store.listReports({ status: 'new', limit: 1000 });
          expect(listed.map((r) => r.reference)).toEqual(references);
          const one = await other.getReport('ASB-2026-000042');
          expect(one?.report.description).toMatch(/^Report number \d+\.$/);
        } finally {
          await other.close();
        }
      }));

    it('queues one alert per channel with each report, leased to one worker at a time', () =>
      withStore(
        async (store, backing) => {
          await send(store, 'a');
          await send(store, 'b');
          const pending = await store.pendingAlerts();
          expect(pending.map((p) => [p.reference, p.channel, p.attempts, p.lastError])).toEqual([
            ['ASB-2026-000001', 'email', 0, null],
            ['ASB-2026-000001', 'webhook', 0, null],
            ['ASB-2026-000002', 'email', 0, null],
            ['ASB-2026-000002', 'webhook', 0, null],
          ]);
          const other = await factory.open(backing, { alertChannels: ['email', 'webhook'] });
          try {
            const now = '2026-03-10T09:16:00.000Z';
            const [mine, theirs] = await Promise.all([
              store.claimAlerts({ now, limit: 3, leaseSeconds: 60 }),
              other.claimAlerts({ now, limit: 3, leaseSeconds: 60 }),
            ]);
            const ids = [...mine, ...theirs].map((i) => i.id);
            expect(ids).toHaveLength(4);
            expect(new Set(ids).size).toBe(4);
            expect(await store.claimAlerts({ now, limit: 10, leaseSeconds: 60 })).toEqual([]);

            const [sent, failed, ...rest] = [...mine, ...theirs].sort((x, y) => (x.reference + x.channel).localeCompare(y.reference + y.channel));
            await store.completeAlert(sent!.id);
            await other.retryAlert(failed!.id, { error: 'connect ECONNREFUSED 127.0.0.1:25', nextAttemptAt: '2026-03-10T09:20:00.000Z' });
            expect((await store.pendingAlerts()).map((p) => [p.reference, p.channel, p.attempts, p.lastError])).toEqual([
              ['ASB-2026-000001', 'webhook', 1, 'connect ECONNREFUSED 127.0.0.1:25'],
              ['ASB-2026-000002', 'email', 0, null],
              ['ASB-2026-000002', 'webhook', 0, null],
            ]);
            // Not due before its next attempt; the others' leases have not ended either.
            expect(await store.claimAlerts({ now: '2026-03-10T09:16:30.000Z', limit: 10, leaseSeconds: 60 })).toEqual([]);
            // At 09:20 the retry is due and the leases taken at 09:16 for 60 s have ended: all three again.
            const later = await other.claimAlerts({ now: '2026-03-10T09:20:00.000Z', limit: 10, leaseSeconds: 60 });
            expect(later.map((i) => i.id).sort()).toEqual([failed!.id, ...rest.map((i) => i.id)].sort());
            expect(later.find((i) => i.id === failed!.id)?.attempts).toBe(1);
          } finally {
            await other.close();
          }
        },
        { alertChannels: ['email', 'webhook'] },
      ));

    it('lists new reports, marks one taken once, and purges taken reports after retention without reusing numbers', () =>
      withStore(
        async (store) => {
          for (const key of ['a', 'b', 'c']) await send(store, key);
          expect((await store.listReports({ status: 'new', limit: 2 })).map((r) => r.reference)).toEqual(['ASB-2026-000001', 'ASB-2026-000002']);
          const summary = (await store.listReports({ status: 'new', limit: 1 }))[0];
          expect(summary).toEqual({
            reference: 'ASB-2026-000001',
            receivedAt: '2026-03-10T09:15:00.000Z',
            policyId: 'plus-dane',
            levelLabel: 'Level 2 Medium Risk',
            firstContactDue: '2026-03-13',
            taken: null,
          });
          const mark = { at: '2026-03-11T10:00:00.000Z', by: 'alex', hmsReference: 'HMS/881' };
          expect(await store.markTaken('ASB-2026-000002', mark)).toBe('taken');
          expect(await store.markTaken('ASB-2026-000002', { ...mark, by: 'sam' })).toBe('already-taken');
          expect(await store.markTaken('ASB-2026-000999', mark)).toBe('not-found');
          expect((await store.getReport('ASB-2026-000002'))?.taken).toEqual(mark);
          expect((await store.listReports({ status: 'new', limit: 10 })).map((r) => r.reference)).toEqual(['ASB-2026-000001', 'ASB-2026-000003']);
          expect((await store.listReports({ status: 'taken', limit: 10 })).map((r) => r.reference)).toEqual(['ASB-2026-000002']);

          expect(await store.purgeTakenBefore('2026-03-11T10:00:00.000Z')).toBe(0);
          expect(await store.purgeTakenBefore('2026-04-10T10:00:00.000Z')).toBe(1);
          expect(await store.getReport('ASB-2026-000002')).toBeUndefined();
          expect((await store.pendingAlerts()).map((p) => p.reference)).toEqual(['ASB-2026-000001', 'ASB-2026-000003']);
          const next = await send(store, 'd');
          expect((await next.json()).reference).toBe('ASB-2026-000004');
        },
        { alertChannels: ['email'] },
      ));

    it('replaces the report a Replaces-Idempotency-Key names: same reference and receipt time, latest answers triaged again, one report, one alert per channel', () =>
      withStore(
        async (store, backing) => {
          const first = await (await send(store, 'first-key')).json();
          expect(first.outcome).toEqual({ isAsb: true, level: 'medium', firstContactWorkingDays: 3, firstContactDue: '2026-03-13' });
          const response = await sendReplacing(store, 'second-key', 'first-key');
          expect(response.status).toBe(201);
          const receipt = await response.json();
          // Violence is Level 1 under Plus Dane: first contact within 1 working day of the
          // report's receipt (Tuesday 10 March 2026), so Wednesday 11 March.
          expect(receipt).toEqual({
            reference: 'ASB-2026-000001',
            receivedAt: '2026-03-10T09:15:00.000Z',
            outcome: { isAsb: true, level: 'high', firstContactWorkingDays: 1, firstContactDue: '2026-03-11' },
          });
          const listed = await store.listReports({ status: 'new', limit: 10 });
          expect(listed.map((r) => [r.reference, r.levelLabel, r.firstContactDue])).toEqual([['ASB-2026-000001', 'Level 1 High Risk', '2026-03-11']]);
          const stored = await store.getReport('ASB-2026-000001');
          expect([stored?.report.location, stored?.idempotencyKey, stored?.replaced]).toEqual([
            'The car park behind Elm Court',
            'second-key',
            { keys: ['first-key'], at: '2026-03-10T10:15:00.000Z' },
          ]);
          // The earlier alert was not sent yet: only the update is queued, one per channel.
          expect((await store.pendingAlerts()).map((p) => [p.reference, p.channel])).toEqual([['ASB-2026-000001', 'email']]);

          // A retry of the replacement replays its receipt; the earlier send's retry still finds its report.
          const again = await sendReplacing(store, 'second-key', 'first-key');
          expect([again.status, await again.json()]).toEqual([200, receipt]);
          const other = await factory.open(backing, { alertChannels: ['email'] });
          try {
            const late = await send(other, 'first-key');
            expect(late.status).toBe(200);
            expect((await late.json()).reference).toBe('ASB-2026-000001');
            // Replaced again, from another handle (process), naming the first key: still one report.
            const third = await sendReplacing(other, 'third-key', 'first-key');
            expect([third.status, (await third.json()).reference]).toEqual([201, 'ASB-2026-000001']);
            expect((await other.getReport('ASB-2026-000001'))?.replaced?.keys).toEqual(['first-key', 'second-key']);
          } finally {
            await other.close();
          }
          expect(await store.listReports({ status: 'new', limit: 10 })).toHaveLength(1);
          expect((await store.pendingAlerts()).map((p) => p.reference)).toEqual(['ASB-2026-000001']);
          // Purged with every version once taken: its keys too.
          await store.markTaken('ASB-2026-000001', { at: '2026-03-11T10:00:00.000Z', by: 'alex', hmsReference: 'HMS/9' });
          expect(await store.purgeTakenBefore('2026-06-11T10:00:00.000Z')).toBe(1);
          expect(await store.lookup('first-key')).toEqual({ status: 'unknown' });
          expect(await store.lookup('second-key')).toEqual({ status: 'unknown' });
          expect(await store.lookup('third-key')).toEqual({ status: 'unknown' });
          expect(await store.pendingAlerts()).toEqual([]);
        },
        { alertChannels: ['email'] },
      ));

    it('answers 409 while the named key is in progress, and stores a new report when the named key is unknown', () =>
      withStore(async (store) => {
        expect((await store.claim('earlier', 'f'.repeat(64))).status).toBe('claimed');
        const during = await sendReplacing(store, 'latest', 'earlier');
        expect(during.status).toBe(409);
        expect(during.headers.get('retry-after')).toBe('1');
        await store.release('earlier');
        expect(await store.listReports({ status: 'new', limit: 10 })).toEqual([]);
        const unknown = await sendReplacing(store, 'latest', 'never-stored');
        expect(unknown.status).toBe(201);
        const receipt = await unknown.json();
        expect([receipt.receivedAt, receipt.outcome.level]).toEqual(['2026-03-10T10:15:00.000Z', 'high']);
        const stored = await store.getReport(receipt.reference);
        expect([stored?.idempotencyKey, stored?.replaced, stored?.report.location]).toEqual(['latest', undefined, 'The car park behind Elm Court']);
        expect(await store.listReports({ status: 'new', limit: 10 })).toHaveLength(1);
      }));

    it('keeps one report when two processes replace the same report at once', () =>
      withStore(async (store, backing) => {
        await send(store, 'first-key');
        const other = await factory.open(backing);
        try {
          const answers = await Promise.all([sendReplacing(store, 'second-a', 'first-key'), sendReplacing(other, 'second-b', 'first-key')]);
          expect(answers.map((a) => a.status)).toEqual([201, 201]);
          expect(new Set(await Promise.all(answers.map(async (a) => (await a.json()).reference)))).toEqual(new Set(['ASB-2026-000001']));
          expect((await other.listReports({ status: 'new', limit: 10 })).map((r) => r.reference)).toEqual(['ASB-2026-000001']);
          expect((await store.getReport('ASB-2026-000001'))?.report.location).toBe('The car park behind Elm Court');
        } finally {
          await other.close();
        }
      }));

    it('keeps staff tokens by name, hashed', () =>
      withStore(async (store) => {
        await store.addStaffToken({ name: 'alex', hash: 'a'.repeat(64), createdAt: '2026-03-10T09:00:00.000Z' });
        await store.addStaffToken({ name: 'sam', hash: 'b'.repeat(64), createdAt: '2026-03-10T09:01:00.000Z' });
        await store.addStaffToken({ name: 'alex', hash: 'c'.repeat(64), createdAt: '2026-03-10T09:02:00.000Z' });
        expect((await store.staffTokens()).map((t) => [t.name, t.hash[0]])).toEqual([
          ['alex', 'c'],
          ['sam', 'b'],
        ].sort());
        expect(await store.removeStaffToken('sam')).toBe(true);
        expect(await store.removeStaffToken('sam')).toBe(false);
        expect((await store.staffTokens()).map((t) => t.name)).toEqual(['alex']);
      }));
  });
}
