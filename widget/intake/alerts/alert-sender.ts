import type { AlertSummary } from './alert-summary.ts';

/**
 * Sends one alert on one channel. `send` resolves once the other end has accepted it and rejects
 * otherwise (the worker then retries); its error message must never quote report content.
 */
export interface AlertSender {
  send(summary: AlertSummary): Promise<void>;
  /** Closes open connections; the worker calls it on `stop()`. */
  close(): Promise<void>;
}
