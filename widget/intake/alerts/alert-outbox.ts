/**
 * The durable outbox between the intake's stores and its alert senders (email, webhook).
 *
 * A store writes one outbox item per alert channel in the same atomic step as the report and its
 * idempotency entry, so a report that was acknowledged always has its alerts queued, and a crash
 * or an SMTP outage loses none. The alert worker claims due items, sends them, and completes or
 * reschedules each. Claims are leases: an item claimed by a worker that died becomes due again
 * when its lease ends, so an alert may be sent twice but is never lost.
 */

/** Where an alert goes: the team's email address (SMTP) or an HMS integration's webhook. */
export type AlertChannel = 'email' | 'webhook';

/** One alert waiting to be sent, as the store gives it to the worker. */
export interface OutboxItem {
  /** Unique within the store. */
  id: string;
  /** The report's reference (`ASB-2026-000123`); the worker reads the report itself. */
  reference: string;
  channel: AlertChannel;
  /** How many sends have been tried before this claim (0 the first time). */
  attempts: number;
}

/** What every store offers the alert worker. */
export interface AlertOutbox {
  /**
   * Items whose next attempt is due at `now` (ISO 8601) and that no live lease holds, oldest
   * first, at most `limit`, each now leased to the caller for `leaseSeconds`. Atomic across
   * processes: two workers never hold the same item at once.
   */
  claimAlerts(options: { now: string; limit: number; leaseSeconds: number }): Promise<OutboxItem[]>;
  /** The alert was sent: the item leaves the outbox. */
  completeAlert(id: string): Promise<void>;
  /**
   * The send failed: record the error (a short message, never report content) and make the item
   * due again at `nextAttemptAt`, with `attempts` one higher.
   */
  retryAlert(id: string, failure: { error: string; nextAttemptAt: string }): Promise<void>;
  /** Items not yet sent, for health checks and tests. */
  pendingAlerts(): Promise<{ id: string; reference: string; channel: AlertChannel; attempts: number; lastError: string | null }[]>;
}
