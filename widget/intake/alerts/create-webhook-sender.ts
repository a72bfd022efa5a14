import type { AlertConfig } from './alert-config.ts';
import type { AlertSender } from './alert-sender.ts';
import type { AlertSummary } from './alert-summary.ts';
import { SIGNATURE_HEADER, signWebhook } from './webhook-signature.ts';

/**
 * The JSON body the webhook receives. `reference` is unique per report: use it with `event` (and
 * `updatedAt`) to drop repeats. `report.updated`: the tenant's changed answers replaced the report
 * with that reference (its level and due date may have changed).
 */
export interface WebhookPayload extends AlertSummary {
  event: 'report.received' | 'report.updated';
  /** The payload's format version. */
  version: 1;
}

/**
 * Posts each alert as JSON to the HMS integration's webhook, signed with HMAC-SHA256 (see
 * {@link signWebhook}; receivers check it with `verifyWebhookSignature`). A 2xx answer is success;
 * any other answer (redirects included), no answer within the timeout, or no connection is a
 * failure, so the worker tries again later: receivers should treat `reference` as an idempotency
 * key, as an alert may arrive twice.
 *
 * @example
 * const webhook = createWebhookSender(config.webhook!);
 * await webhook.send(alertSummary(stored, config));
 * // POST https://hms.example.org/asb  Content-Type: application/json  ASB-Signature: t=1796588100,v1=...
 */
export function createWebhookSender(settings: NonNullable<AlertConfig['webhook']>, options: { now?: () => Date } = {}): AlertSender {
  const clock = options.now ?? (() => new Date());
  return {
    async send(summary) {
      const payload: WebhookPayload = { event: summary.updatedAt ? 'report.updated' : 'report.received', version: 1, ...summary };
      const body = JSON.stringify(payload);
      const signature = signWebhook(body, settings.secret, clock().getTime() / 1000);
      let response: Response;
      try {
        response = await fetch(settings.url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'User-Agent': 'asb-assist-intake', [SIGNATURE_HEADER]: signature },
          body,
          redirect: 'manual',
          signal: AbortSignal.timeout(settings.timeoutMs),
        });
      } catch (error) {
        throw new Error(describeFetchError(error, settings.timeoutMs));
      }
      // The answer's body is not needed (and never logged): release the connection.
      await response.body?.cancel().catch(() => {});
      if (response.status < 200 || response.status > 299) throw new Error(`the webhook answered ${response.status}, not 2xx`);
    },
    async close() {},
  };
}

function describeFetchError(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `the webhook did not answer within ${timeoutMs / 1000} seconds`;
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : null;
  const code = cause && 'code' in cause ? String(cause.code) : null;
  return `could not reach the webhook${code ? ` (${code})` : ''}`;
}
