import { RISK_LEVELS, type RiskLevel } from '../core/types.ts';

/** What the server says when it has the report (`201`, or `200` when it replays a stored answer). */
export interface Receipt {
  reference: string;
  /** The intake handler's triage: what the confirmation page promises. A server may leave it out. */
  outcome?: {
    isAsb: boolean;
    firstContactWorkingDays: number | null;
    /** The first-contact date (`'2026-12-07'`) the intake worked out, with bank holidays. */
    firstContactDue?: string | null;
    /** The risk level the intake's triage gave, when it says (it then picks the policy's target). */
    level?: RiskLevel;
  };
}

/** How a submission ended. Only `ok: true` means the server has the report. */
export type SubmitResult =
  | { ok: true; receipt: Receipt }
  /** 400 with the fields at fault: the answers need changing. */
  | { ok: false; reason: 'invalid'; issues: { path: string; message: string }[] }
  /** 422: this Idempotency-Key was already used for different answers. */
  | { ok: false; reason: 'conflict' }
  /** Another 4xx, or a 2xx without a reference. */
  | { ok: false; reason: 'rejected'; status: number }
  /** Network errors or 5xx on every try. */
  | { ok: false; reason: 'unreachable' };

export interface SubmitOptions {
  endpoint: string;
  /** The report, serialised once, so every retry sends the same bytes. */
  body: string;
  /** One per report, reused on every retry. */
  idempotencyKey: string;
  /**
   * The key of an earlier version of this report that the server may already have stored
   * (its answer never arrived, then the tenant changed an answer): sent as
   * `Replaces-Idempotency-Key`, so the intake replaces that report rather than storing a second.
   */
  replaces?: string;
  /** Waits before each retry, in ms; its length is the number of retries. */
  retryDelays?: readonly number[];
  /** Called before each retry (1, 2, ...), to tell the tenant it is still trying. */
  onRetry?: (retry: number) => void;
  fetch?: typeof fetch;
  /** Per-try timeout, in ms. */
  timeoutMs?: number;
}

/** Retries wait 1, 2, 4, 8 and 16 seconds: about half a minute in all. */
export const DEFAULT_RETRY_DELAYS = [1000, 2000, 4000, 8000, 16000] as const;

/** Worth trying again: the server may not have finished or may not have seen it. */
const RETRYABLE = new Set([408, 409, 425, 429]);

/**
 * POSTs a report as JSON with its `Idempotency-Key`. Network errors, timeouts, 5xx, 408, 409
 * (still in progress), 425 and 429 are retried with backoff and the same key, so the server
 * stores the report once however often it arrives. Success is a 2xx whose JSON has a
 * non-empty `reference`, and nothing else.
 *
 * @example
 * await submitReport({ endpoint: '/api/asb-reports', body: JSON.stringify(report), idempotencyKey: key })
 * //=> { ok: true, receipt: { reference: 'ASB-2026-000123', outcome: { isAsb: true, firstContactWorkingDays: 1 } } }
 */
export async function submitReport(options: SubmitOptions): Promise<SubmitResult> {
  const delays = options.retryDelays ?? DEFAULT_RETRY_DELAYS;
  const send = options.fetch ?? fetch;
  for (let attempt = 0; ; attempt++) {
    if (attempt > 0) {
      if (attempt > delays.length) return { ok: false, reason: 'unreachable' };
      options.onRetry?.(attempt);
      await new Promise((resolve) => setTimeout(resolve, delays[attempt - 1]));
    }
    let response: Response;
    try {
      response = await send(options.endpoint, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Idempotency-Key': options.idempotencyKey,
          ...(options.replaces ? { 'Replaces-Idempotency-Key': options.replaces } : {}),
        },
        body: options.body,
        credentials: 'same-origin',
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
    } catch {
      continue;
    }
    const { status } = response;
    if (status >= 500 || RETRYABLE.has(status)) continue;
    let json: Record<string, unknown> = {};
    try {
      json = Object(JSON.parse(await response.text())) as Record<string, unknown>;
    } catch {
      // A success cut off (or garbled) on the way: whether the server has the report is unknown,
      // so try again with the same key; a stored report comes back as a 200 replay.
      if (status < 300) continue;
    }
    if (status === 200 || status === 201) {
      const reference = typeof json.reference === 'string' ? json.reference.trim() : '';
      if (!reference) return { ok: false, reason: 'rejected', status };
      const outcome = json.outcome as Receipt['outcome'];
      if (!outcome || typeof outcome.isAsb !== 'boolean') return { ok: true, receipt: { reference } };
      const days = outcome.firstContactWorkingDays;
      const due = outcome.firstContactDue;
      const level = RISK_LEVELS.find((l) => l === outcome.level);
      return {
        ok: true,
        receipt: {
          reference,
          outcome: {
            isAsb: outcome.isAsb,
            firstContactWorkingDays: Number.isInteger(days) ? days : null,
            firstContactDue: typeof due === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(due) ? due : null,
            ...(level ? { level } : {}),
          },
        },
      };
    }
    if (status === 422) return { ok: false, reason: 'conflict' };
    if (status === 400 && Array.isArray(json.issues)) {
      return { ok: false, reason: 'invalid', issues: json.issues as { path: string; message: string }[] };
    }
    return { ok: false, reason: 'rejected', status };
  }
}
