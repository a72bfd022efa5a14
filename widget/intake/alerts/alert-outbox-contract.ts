import { describe, expect, it } from 'vitest';
import type { AlertChannel, AlertOutbox } from './alert-outbox.ts';
import { GAVE_UP_UNTIL } from './create-alert-worker.ts';

/**
 * What a store's test gives the contract: a fresh, empty outbox, and a way to queue a report's
 * alerts as the store does when it saves a report (one item per channel, due at once).
 */
export interface AlertOutboxFixture {
  outbox: AlertOutbox;
  enqueue(reference: string, channels: AlertChannel[]): Promise<void>;
  /** Called after each test (close connections, delete folders). */
  close?(): Promise<void>;
}

/**
 * Test support: the behaviour every {@link AlertOutbox} must have, as a vitest suite. A store's
 * test file calls it with a factory of fresh fixtures:
 *
 * @example
 * // widget/intake/postgres-report-store.test.ts
 * alertOutboxContract(async () => {
 *   const url = await server.createDatabase(`alerts_${++count}`);
 *   const store = await PostgresReportStore.open({ connectionString: url });
 *   return {
 *     outbox: store,
 *     // One store handle per channel set: the store queues its alertChannels with each save.
 *     enqueue: async (reference, channels) => {
 *       const writer = await PostgresReportStore.open({ connectionString: url, alertChannels: channels });
 *       await writer.save({ ...someStoredReport, reference, idempotencyKey: `key-${reference}` });
 *       await writer.close();
 *     },
 *     close: () => store.close(),
 *   };
 * }, { name: 'PostgresReportStore' });
 *
 * Times are a minute or more after the real clock, so items a store stamps with its own clock
 * when it saves are due.
 */
export function alertOutboxContract(makeOutbox: () => Promise<AlertOutboxFixture>, options: { name?: string } = {}): void {
  const name = options.name ?? 'the store';
  const base = () => Date.now() + 60_000;
  const at = (t0: number, seconds: number) => new Date(t0 + seconds * 1000).toISOString();

  async function withFixture(test: (fixture: AlertOutboxFixture) => Promise<void>) {
    const fixture = await makeOutbox();
    try {
      await test(fixture);
    } finally {
      await fixture.close?.();
    }
  }

  describe(`${name} as an AlertOutbox`, () => {
    it('lists what is queued, one item per channel, not yet tried', () =>
      withFixture(async ({ outbox, enqueue }) => {
        await enqueue('ASB-2026-000101', ['email', 'webhook']);
        await enqueue('ASB-2026-000102', ['email']);
        const pending = await outbox.pendingAlerts();
        expect(pending.map(({ reference, channel, attempts, lastError }) => ({ reference, channel, attempts, lastError })).sort((a, b) => (a.reference + a.channel).localeCompare(b.reference + b.channel))).toEqual([
          { reference: 'ASB-2026-000101', channel: 'email', attempts: 0, lastError: null },
          { reference: 'ASB-2026-000101', channel: 'webhook', attempts: 0, lastError: null },
          { reference: 'ASB-2026-000102', channel: 'email', attempts: 0, lastError: null },
        ]);
        expect(new Set(pending.map((p) => p.id)).size).toBe(3);
      }));

    it('claims oldest first, at most the limit, and never hands out an item that is leased', () =>
      withFixture(async ({ outbox, enqueue }) => {
        await enqueue('ASB-2026-000201', ['email']);
        await enqueue('ASB-2026-000202', ['email']);
        await enqueue('ASB-2026-000203', ['email']);
        const t0 = base();
        const first = await outbox.claimAlerts({ now: at(t0, 0), limit: 2, leaseSeconds: 60 });
        expect(first.map((i) => [i.reference, i.channel, i.attempts])).toEqual([
          ['ASB-2026-000201', 'email', 0],
          ['ASB-2026-000202', 'email', 0],
        ]);
        const second = await outbox.claimAlerts({ now: at(t0, 1), limit: 2, leaseSeconds: 60 });
        expect(second.map((i) => i.reference)).toEqual(['ASB-2026-000203']);
        expect(await outbox.claimAlerts({ now: at(t0, 2), limit: 10, leaseSeconds: 60 })).toEqual([]);
      }));

    it('gives each item to one of several concurrent claimers', () =>
      withFixture(async ({ outbox, enqueue }) => {
        for (let i = 0; i < 20; i++) await enqueue(`ASB-2026-0003${String(i).padStart(2, '0')}`, ['webhook']);
        const now = at(base(), 0);
        const batches = await Promise.all([1, 2, 3, 4].map(() => outbox.claimAlerts({ now, limit: 10, leaseSeconds: 60 })));
        const ids = batches.flat().map((i) => i.id);
        expect(ids).toHaveLength(20);
        expect(new Set(ids).size).toBe(20);
      }));

    it('hands an item out again when its lease has run out (its worker died)', () =>
      withFixture(async ({ outbox, enqueue }) => {
        await enqueue('ASB-2026-000401', ['email']);
        const t0 = base();
        const [claimed] = await outbox.claimAlerts({ now: at(t0, 0), limit: 5, leaseSeconds: 30 });
        expect(claimed?.reference).toBe('ASB-2026-000401');
        expect(await outbox.claimAlerts({ now: at(t0, 29), limit: 5, leaseSeconds: 30 })).toEqual([]);
        const again = await outbox.claimAlerts({ now: at(t0, 31), limit: 5, leaseSeconds: 30 });
        expect(again.map((i) => [i.id, i.attempts])).toEqual([[claimed!.id, 0]]);
      }));

    it('retry records the error, counts the attempt, releases the lease and waits until nextAttemptAt', () =>
      withFixture(async ({ outbox, enqueue }) => {
        await enqueue('ASB-2026-000501', ['webhook']);
        const t0 = base();
        const [item] = await outbox.claimAlerts({ now: at(t0, 0), limit: 1, leaseSeconds: 600 });
        await outbox.retryAlert(item!.id, { error: 'the webhook answered 500, not 2xx', nextAttemptAt: at(t0, 120) });
        expect(await outbox.pendingAlerts()).toEqual([{ id: item!.id, reference: 'ASB-2026-000501', channel: 'webhook', attempts: 1, lastError: 'the webhook answered 500, not 2xx' }]);
        expect(await outbox.claimAlerts({ now: at(t0, 119), limit: 1, leaseSeconds: 600 })).toEqual([]);
        // Due again at 120 s, although the first claim's lease (600 s) has not run out: retry released it.
        const [again] = await outbox.claimAlerts({ now: at(t0, 120), limit: 1, leaseSeconds: 600 });
        expect(again).toEqual({ id: item!.id, reference: 'ASB-2026-000501', channel: 'webhook', attempts: 1 });
        await outbox.retryAlert(item!.id, { error: 'could not reach the webhook (ECONNREFUSED)', nextAttemptAt: at(t0, 240) });
        const [third] = await outbox.claimAlerts({ now: at(t0, 240), limit: 1, leaseSeconds: 600 });
        expect(third?.attempts).toBe(2);
        expect((await outbox.pendingAlerts())[0]?.lastError).toBe('could not reach the webhook (ECONNREFUSED)');
      }));

    it('keeps an alert the worker gave up on listed with its error, and never hands it out again', () =>
      withFixture(async ({ outbox, enqueue }) => {
        await enqueue('ASB-2026-000701', ['email']);
        const t0 = base();
        const [item] = await outbox.claimAlerts({ now: at(t0, 0), limit: 1, leaseSeconds: 30 });
        await outbox.retryAlert(item!.id, { error: 'gave up after 50 attempts: connect ECONNREFUSED 10.0.0.5:25', nextAttemptAt: GAVE_UP_UNTIL });
        expect(await outbox.claimAlerts({ now: '2999-01-01T00:00:00.000Z', limit: 1, leaseSeconds: 30 })).toEqual([]);
        expect(await outbox.pendingAlerts()).toEqual([
          { id: item!.id, reference: 'ASB-2026-000701', channel: 'email', attempts: 1, lastError: 'gave up after 50 attempts: connect ECONNREFUSED 10.0.0.5:25' },
        ]);
      }));

    it('complete removes the item for good', () =>
      withFixture(async ({ outbox, enqueue }) => {
        await enqueue('ASB-2026-000601', ['email', 'webhook']);
        const t0 = base();
        const items = await outbox.claimAlerts({ now: at(t0, 0), limit: 5, leaseSeconds: 30 });
        const email = items.find((i) => i.channel === 'email')!;
        await outbox.completeAlert(email.id);
        expect((await outbox.pendingAlerts()).map((p) => p.channel)).toEqual(['webhook']);
        const later = await outbox.claimAlerts({ now: at(t0, 3600), limit: 5, leaseSeconds: 30 });
        expect(later.map((i) => i.channel)).toEqual(['webhook']);
      }));
  });
}
