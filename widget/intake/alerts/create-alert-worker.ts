import type { StoredReport } from '../report-store.ts';
import type { AlertConfig } from './alert-config.ts';
import type { AlertChannel, AlertOutbox, OutboxItem } from './alert-outbox.ts';
import type { AlertSender } from './alert-sender.ts';
import { alertSummary } from './alert-summary.ts';
import { createEmailSender } from './create-email-sender.ts';
import { createWebhookSender } from './create-webhook-sender.ts';

/** When an alert that failed `maxAttempts` times is due again: never (it stays in the outbox). */
export const GAVE_UP_UNTIL = '9999-12-31T00:00:00.000Z';

/** One line for the log: what happened to which alert. Never any report content. */
export interface AlertLogEntry {
  level: 'info' | 'warn' | 'error';
  event: 'sent' | 'failed' | 'gave-up' | 'report-gone' | 'outbox-error';
  /** Plain English, for people. */
  message: string;
  itemId?: string;
  reference?: string;
  channel?: AlertChannel;
  /** Attempts made so far, this one included. */
  attempts?: number;
  /** The failure, as the sender described it (never report content). */
  error?: string;
}

export interface AlertWorkerOptions {
  /** The store's outbox. */
  outbox: AlertOutbox;
  /** The stored report for a reference; null or undefined when it has been purged (the alert is dropped). */
  readReport: (reference: string) => Promise<StoredReport | null | undefined>;
  /** From `parseAlertConfig`: the senders, the staff link, details on or off, `maxAttempts`. */
  config: AlertConfig;
  /** Senders to use instead of the ones built from `config` (which the worker closes on stop). */
  senders?: Partial<Record<AlertChannel, AlertSender>>;
  /** The clock (default `() => new Date()`). */
  now?: () => Date;
  /** Alerts claimed per round (default 10). */
  batchSize?: number;
  /** How long a claim holds an alert (default 300 s): longer than the slowest send, so a worker that died holds its alerts up to 5 minutes. */
  leaseSeconds?: number;
  /** Pause between rounds when there was nothing more to send (default 5 000 ms). */
  pollIntervalMs?: number;
  /** Wait after the first failure (default 30 s), doubling after each failure up to `maxSeconds` (default 3 600 s). */
  backoff?: { firstSeconds?: number; maxSeconds?: number };
  /** Where log lines go (default: warnings and errors to stderr, one JSON object a line). */
  log?: (entry: AlertLogEntry) => void;
}

/** What one round did. */
export interface AlertRunResult {
  claimed: number;
  sent: number;
  failed: number;
  gaveUp: number;
  /** Dropped because the report has been purged. */
  reportGone: number;
}

export interface AlertWorker {
  /** Claims the alerts that are due, sends them, and completes or reschedules each. */
  runOnce(): Promise<AlertRunResult>;
  /** Runs rounds in the background until `stop()`: at once while a round fills its batch, else every `pollIntervalMs`. */
  start(): void;
  /** Runs a round now (call it after saving a report) rather than at the next poll; does nothing before `start()` or after `stop()`. */
  wake(): void;
  /** Stops: no round starts after it, the current round finishes, no timer is left, senders built here are closed. */
  stop(): Promise<void>;
}

const defaultLog = (entry: AlertLogEntry) => {
  if (entry.level !== 'info') process.stderr.write(`${JSON.stringify({ component: 'alerts', ...entry })}\n`);
};

/** A sender's error as one short line: its message only, never the stack or the request. */
function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : 'the sender failed without saying why';
  const line = message.split(/\r?\n/)[0]!.trim() || 'the sender failed without saying why';
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}

/**
 * The alert worker: takes the alerts the store queued with each report (one per channel), sends
 * each by email or webhook, and completes it, or, when sending fails, tries again later: 30 s after
 * the first failure, then 1, 2, 4... minutes, at most an hour apart. Nothing is lost in an outage:
 * an alert leaves the outbox only when it was sent or its report was purged. An alert that has
 * failed `config.maxAttempts` times (default 50; the 50th comes about 43 hours after the first) is no longer tried, is logged as
 * an error, and stays in the outbox, listed by `pendingAlerts()` with its last error; its report
 * is still in the staff list of new reports. A claim is a lease, so an alert whose worker died is
 * sent by another: an alert may arrive twice (receivers drop repeats by `reference`), never
 * silently not at all. Logs name the alert and reference, never report content.
 *
 * @example
 * const worker = createAlertWorker({ outbox: store, readReport: (ref) => store.getReport(ref), config: parseAlertConfig(process.env) });
 * worker.start();
 * // after each stored report: worker.wake();  on shutdown: await worker.stop();
 */
export function createAlertWorker(options: AlertWorkerOptions): AlertWorker {
  const { outbox, readReport, config } = options;
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? 10;
  const leaseSeconds = options.leaseSeconds ?? 300;
  const pollIntervalMs = options.pollIntervalMs ?? 5000;
  const firstSeconds = options.backoff?.firstSeconds ?? 30;
  const maxSeconds = options.backoff?.maxSeconds ?? 3600;
  const log = options.log ?? defaultLog;
  const whole = (name: string, value: number, min: number) => {
    if (!Number.isInteger(value) || value < min) throw new RangeError(`createAlertWorker: ${name} must be a whole number, ${min} or more (got ${value})`);
  };
  whole('batchSize', batchSize, 1);
  whole('leaseSeconds', leaseSeconds, 1);
  whole('pollIntervalMs', pollIntervalMs, 1);
  whole('backoff.firstSeconds', firstSeconds, 1);
  whole('backoff.maxSeconds', maxSeconds, firstSeconds);
  whole('config.maxAttempts', config.maxAttempts, 1);
  // A claim must outlast a send, or a slow send's alert is claimed and sent again by another worker.
  if (config.webhook && config.webhook.timeoutMs >= leaseSeconds * 1000) {
    throw new RangeError(`createAlertWorker: leaseSeconds (${leaseSeconds}) must be longer than the webhook timeout (${config.webhook.timeoutMs / 1000} s)`);
  }

  const built: AlertSender[] = [];
  const senders: Partial<Record<AlertChannel, AlertSender>> = { ...options.senders };
  if (!senders.email && config.email) built.push((senders.email = createEmailSender(config.email)));
  if (!senders.webhook && config.webhook) built.push((senders.webhook = createWebhookSender(config.webhook, { now })));

  const safeLog = (entry: AlertLogEntry) => {
    try {
      log(entry);
    } catch {
      // A broken logger must not stop alerts.
    }
  };

  async function deliver(item: OutboxItem): Promise<'sent' | 'failed' | 'gave-up' | 'report-gone'> {
    const about = { itemId: item.id, reference: item.reference, channel: item.channel };
    let failure: string;
    try {
      const sender = senders[item.channel];
      const stored = await readReport(item.reference).catch((error: unknown) => {
        throw new Error(`could not read the report: ${describeError(error)}`);
      });
      if (stored === null || stored === undefined) {
        await outbox.completeAlert(item.id);
        safeLog({ level: 'info', event: 'report-gone', message: `Dropped the ${item.channel} alert for ${item.reference}: the report has been purged`, ...about });
        return 'report-gone';
      }
      if (!sender) {
        throw new Error(item.channel === 'email' ? 'email alerts are not set up (ALERT_SMTP_URL)' : 'the webhook is not set up (ALERT_WEBHOOK_URL)');
      }
      await sender.send(alertSummary(stored, { staffLink: config.staffLink, includeDetails: config.includeDetails }));
      failure = '';
    } catch (error) {
      failure = describeError(error);
    }

    const attempts = item.attempts + 1;
    if (failure === '') {
      await outbox.completeAlert(item.id);
      safeLog({ level: 'info', event: 'sent', message: `Sent the ${item.channel} alert for ${item.reference}`, attempts, ...about });
      return 'sent';
    }
    if (attempts >= config.maxAttempts) {
      const error = `gave up after ${attempts} attempts: ${failure}`;
      await outbox.retryAlert(item.id, { error, nextAttemptAt: GAVE_UP_UNTIL });
      safeLog({
        level: 'error',
        event: 'gave-up',
        message: `Gave up sending the ${item.channel} alert for ${item.reference} after ${attempts} attempts; it stays in the outbox. Tell the team about this report another way.`,
        attempts,
        error: failure,
        ...about,
      });
      return 'gave-up';
    }
    const waitSeconds = Math.min(firstSeconds * 2 ** (attempts - 1), maxSeconds);
    const nextAttemptAt = new Date(now().getTime() + waitSeconds * 1000).toISOString();
    await outbox.retryAlert(item.id, { error: failure, nextAttemptAt });
    safeLog({ level: 'warn', event: 'failed', message: `Could not send the ${item.channel} alert for ${item.reference} (attempt ${attempts}); trying again at ${nextAttemptAt}`, attempts, error: failure, ...about });
    return 'failed';
  }

  async function runOnce(): Promise<AlertRunResult> {
    const items = await outbox.claimAlerts({ now: now().toISOString(), limit: batchSize, leaseSeconds });
    const result: AlertRunResult = { claimed: items.length, sent: 0, failed: 0, gaveUp: 0, reportGone: 0 };
    const outcomes = await Promise.allSettled(items.map(deliver));
    outcomes.forEach((outcome, i) => {
      if (outcome.status === 'fulfilled') {
        if (outcome.value === 'sent') result.sent++;
        else if (outcome.value === 'failed') result.failed++;
        else if (outcome.value === 'gave-up') result.gaveUp++;
        else result.reportGone++;
      } else {
        // Completing or rescheduling failed (the store is down): the lease runs out and the alert is tried again.
        const item = items[i]!;
        result.failed++;
        safeLog({ level: 'error', event: 'outbox-error', message: `Could not record the outcome of the ${item.channel} alert for ${item.reference}; it will be tried again when its claim runs out`, itemId: item.id, reference: item.reference, channel: item.channel, error: describeError(outcome.reason) });
      }
    });
    return result;
  }

  let started = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let wakeRequested = false;

  function schedule(delayMs: number) {
    if (stopped || !started) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(tick, delayMs);
    timer.unref?.();
  }

  function tick() {
    timer = undefined;
    if (stopped) return;
    wakeRequested = false;
    running = (async () => {
      let delay = pollIntervalMs;
      try {
        const result = await runOnce();
        if (result.claimed === batchSize) delay = 0;
      } catch (error) {
        safeLog({ level: 'error', event: 'outbox-error', message: 'Could not claim alerts from the outbox; trying again at the next poll', error: describeError(error) });
      }
      running = null;
      schedule(wakeRequested ? 0 : delay);
    })();
  }

  return {
    runOnce,
    start() {
      if (started || stopped) return;
      started = true;
      schedule(0);
    },
    wake() {
      if (!started || stopped) return;
      if (running) wakeRequested = true;
      else schedule(0);
    },
    async stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      while (running) await running;
      await Promise.allSettled(built.map((sender) => sender.close()));
    },
  };
}
