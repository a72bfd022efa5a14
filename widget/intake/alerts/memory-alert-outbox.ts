import type { AlertChannel, AlertOutbox, OutboxItem } from './alert-outbox.ts';

/*
 * Test support: an in-memory AlertOutbox, a fake of the store the alert worker depends on (the
 * real stores are the intake's; they pass the same contract, alert-outbox-contract.ts). Not for
 * production: nothing survives a restart.
 */

interface Entry {
  id: string;
  reference: string;
  channel: AlertChannel;
  attempts: number;
  lastError: string | null;
  /** Epoch milliseconds. */
  dueAt: number;
  leasedUntil: number;
}

export interface MemoryAlertOutbox extends AlertOutbox {
  /** What a store does when it saves a report: one item per channel, due at once. */
  enqueue(reference: string, channels: AlertChannel[], options?: { attempts?: number }): Promise<void>;
  /** When an item is next due (ISO 8601), for tests of the worker's backoff; null once complete. */
  nextAttemptAt(id: string): string | null;
}

export function createMemoryAlertOutbox(): MemoryAlertOutbox {
  const entries = new Map<string, Entry>();
  let nextId = 1;
  const find = (id: string) => {
    const entry = entries.get(id);
    if (!entry) throw new Error(`no outbox item ${id}`);
    return entry;
  };
  return {
    async enqueue(reference, channels, options = {}) {
      for (const channel of channels) {
        const id = `alert-${nextId++}`;
        entries.set(id, { id, reference, channel, attempts: options.attempts ?? 0, lastError: null, dueAt: Number.NEGATIVE_INFINITY, leasedUntil: Number.NEGATIVE_INFINITY });
      }
    },
    async claimAlerts({ now, limit, leaseSeconds }) {
      const at = Date.parse(now);
      const claimed: OutboxItem[] = [];
      // Map order is insertion order: oldest first.
      for (const entry of entries.values()) {
        if (claimed.length >= limit) break;
        if (entry.dueAt <= at && entry.leasedUntil <= at) {
          entry.leasedUntil = at + leaseSeconds * 1000;
          claimed.push({ id: entry.id, reference: entry.reference, channel: entry.channel, attempts: entry.attempts });
        }
      }
      return claimed;
    },
    async completeAlert(id) {
      find(id);
      entries.delete(id);
    },
    async retryAlert(id, { error, nextAttemptAt }) {
      const entry = find(id);
      entry.attempts++;
      entry.lastError = error;
      entry.dueAt = Date.parse(nextAttemptAt);
      entry.leasedUntil = Number.NEGATIVE_INFINITY;
    },
    async pendingAlerts() {
      return [...entries.values()].map(({ id, reference, channel, attempts, lastError }) => ({ id, reference, channel, attempts, lastError }));
    },
    nextAttemptAt(id) {
      const entry = entries.get(id);
      return entry ? new Date(entry.dueAt).toISOString() : null;
    },
  };
}
