import { createHash } from 'node:crypto';
import { policies as presets, safeParseReport, toLondonDate, toTriageInput, triage, type Policy, type TriageResult, type ValidationIssue } from '../../core/index.ts';
import type { IdempotencyClaim, ReportReceipt, ReportStore } from './report-store.ts';

export interface HandleReportSubmissionOptions {
  /** Where reports go: `FileReportStore`, `PostgresReportStore`, or your own {@link ReportStore}. */
  store: ReportStore;
  /** Policies by id; the report's `policyId` picks one (default: the core's presets). */
  policies?: Record<string, Policy>;
  /** The clock (default `() => new Date()`). */
  now?: () => Date;
  /** Makes a reference from the year's next number (default `ASB-2026-000123`). */
  reference?: (context: { year: number; sequence: number; receivedAt: string }) => string;
  /** Largest body accepted, in bytes (default 2 MB: 200 long diary entries fit). */
  maxBodyBytes?: number;
}

/** The body of every answer that is not a receipt. */
export interface SubmissionError {
  error: string;
  message: string;
  /** The fields at fault, for `invalid-report`. */
  issues?: ValidationIssue[];
}

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/**
 * Receives a report from `<asb-report-form>` (or any client) on any server or function runtime
 * with web `Request`/`Response`: validates it with the core's report schema (400 with the fields
 * at fault), honours `Idempotency-Key` (missing: 400; same key and same report: the stored
 * receipt again with 200; same key with another report: 422; still in progress: 409) and
 * `Replaces-Idempotency-Key` (the tenant's changed answers after a send that got no answer: the
 * report stored under the named key is replaced in one step, keeping its reference, triaged
 * again, 201; named key in progress: 409; unknown: stored as a new report), assigns a
 * reference, triages with the policy the report names, and hands it to the store. Answers 201
 * with the {@link ReportReceipt} once the store has it durably. The body is read with its limit
 * applied as it streams (413 as soon as it passes `maxBodyBytes`, Content-Length or not); messages
 * are bounded whatever the input; a store fault answers 500. It never throws.
 *
 * @example
 * // Node: http.createServer(...), Deno.serve, Bun.serve, a Cloudflare or Netlify function...
 * const store = new FileReportStore('/var/lib/asb-reports');
 * const response = await handleReportSubmission(request, { store });
 * response.status //=> 201
 * await response.json() //=> { reference: 'ASB-2026-000123', receivedAt: '2026-03-10T09:15:00.000Z',
 * //                         outcome: { isAsb: true, firstContactWorkingDays: 1, firstContactDue: '2026-03-11' } }
 */
export async function handleReportSubmission(request: Request, options: HandleReportSubmissionOptions): Promise<Response> {
  const { store } = options;
  const policies = options.policies ?? presets;
  const maxBytes = options.maxBodyBytes ?? 2_000_000;

  if (request.method !== 'POST') {
    return answer(405, { error: 'method-not-allowed', message: 'Send reports with POST' }, { Allow: 'POST' });
  }
  if (!/^application\/json\s*(;|$)/i.test(request.headers.get('content-type') ?? '')) {
    return answer(415, { error: 'unsupported-media-type', message: 'Send the report as Content-Type: application/json' });
  }
  const key = request.headers.get('idempotency-key')?.trim() ?? '';
  if (!KEY_PATTERN.test(key)) {
    return answer(400, {
      error: 'idempotency-key',
      message: 'Send an Idempotency-Key header: one UUID per report, the same on every retry',
      issues: [{ path: 'Idempotency-Key', message: key ? 'must be 1 to 255 visible ASCII characters' : 'is required' }],
    });
  }
  const replaces = request.headers.get('replaces-idempotency-key')?.trim() || undefined;
  if (replaces !== undefined && (!KEY_PATTERN.test(replaces) || replaces === key)) {
    return answer(400, {
      error: 'replaces-idempotency-key',
      message: 'Replaces-Idempotency-Key names the key of the earlier send these answers replace',
      issues: [{ path: 'Replaces-Idempotency-Key', message: replaces === key ? 'must differ from Idempotency-Key' : 'must be 1 to 255 visible ASCII characters' }],
    });
  }
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) return tooLarge(maxBytes);
  let text: string;
  try {
    const bytes = await readBounded(request, maxBytes);
    if (bytes === undefined) return tooLarge(maxBytes);
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return answer(400, { error: 'invalid-body', message: 'The body could not be read as UTF-8 text', issues: [{ path: 'report', message: 'is not UTF-8 text' }] });
  }

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return answer(400, { error: 'invalid-json', message: 'The body is not valid JSON', issues: [{ path: 'report', message: 'is not valid JSON' }] });
  }

  const receivedAt = (options.now?.() ?? new Date()).toISOString();
  const today = toLondonDate(receivedAt);
  let parsed: ReturnType<typeof safeParseReport>;
  try {
    parsed = safeParseReport(body, { today });
  } catch {
    // A shape the schema cannot even describe (nested thousands deep): refuse it, briefly.
    return invalid([{ path: 'report', message: 'is not a report: see the report JSON Schema' }]);
  }
  if (!parsed.ok) return invalid(parsed.issues.slice(0, MAX_ISSUES).map(boundIssue));
  const report = parsed.report;
  const policy = Object.hasOwn(policies, report.policyId) ? policies[report.policyId] : undefined;
  if (!policy) {
    return invalid([{ path: 'policyId', message: `unknown policy "${report.policyId}": this service knows ${Object.keys(policies).join(', ')}` }]);
  }

  const fingerprint = sha256(JSON.stringify(report));
  let claimed = false;
  try {
    const year = Number(today.slice(0, 4));
    const claim = await store.claim(key, fingerprint, String(year));
    if (claim.status !== 'claimed') return replay(claim, fingerprint);
    claimed = true;
    if (replaces !== undefined) {
      const earlier = await store.lookup(replaces);
      if (earlier.status === 'in-progress') {
        claimed = false;
        await store.release(key);
        return answer(409, { error: 'in-progress', message: 'The report these answers replace is still being received: try again in a moment' }, { 'Retry-After': '1' });
      }
      if (earlier.status === 'completed') {
        // The same report with the tenant's latest answers: its reference and the time it was
        // received stay (the policy's clock started then); the triage is of the new answers.
        const base = earlier.record;
        const triaged = triage(toTriageInput(report, base.receivedAt), policy);
        const receipt: ReportReceipt = { reference: base.reference, receivedAt: base.receivedAt, outcome: outcomeOf(triaged) };
        const replaced = { keys: [...(base.replaced?.keys ?? []), base.idempotencyKey], at: receivedAt };
        const saved = await store.replace({ ...receipt, idempotencyKey: key, fingerprint, policyId: policy.id, report, triage: triaged, replaced });
        if (saved.status === 'duplicate') return replay({ ...saved, status: 'completed' }, fingerprint);
        return answer(201, receipt);
      }
    }
    const triaged = triage(toTriageInput(report, receivedAt), policy);
    const sequence = claim.sequence ?? (await store.nextSequence(String(year)));
    const reference = options.reference?.({ year, sequence, receivedAt }) ?? `ASB-${year}-${String(sequence).padStart(6, '0')}`;
    const receipt: ReportReceipt = {
      reference,
      receivedAt,
      outcome: outcomeOf(triaged),
    };
    const saved = await store.save({ ...receipt, idempotencyKey: key, fingerprint, policyId: policy.id, report, triage: triaged });
    if (saved.status === 'duplicate') return replay({ ...saved, status: 'completed' }, fingerprint);
    return answer(201, receipt);
  } catch (error) {
    if (claimed) await store.release(key).catch(() => undefined);
    // The error's message only: a store's errors never carry report content, a stack might.
    console.error(`handleReportSubmission: the report could not be stored: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500));
    return answer(500, { error: 'not-stored', message: 'The report could not be stored: send it again with the same Idempotency-Key' });
  }
}

/** What the receipt says of a triage: the form's confirmation reads it. */
function outcomeOf(triaged: TriageResult): ReportReceipt['outcome'] {
  return triaged.isAsb
    ? { isAsb: true, ...(triaged.level ? { level: triaged.level } : {}), firstContactWorkingDays: triaged.firstContactWorkingDays, firstContactDue: triaged.firstContactDue }
    : { isAsb: false, firstContactWorkingDays: null, firstContactDue: null };
}

/** The answer to a key already completed (200, or 422 for another report) or in progress (409). */
function replay(claim: Exclude<IdempotencyClaim, { status: 'claimed' }>, fingerprint: string): Response {
  if (claim.fingerprint !== fingerprint) {
    return answer(422, {
      error: 'idempotency-key-reused',
      message: 'This Idempotency-Key was already used for a different report: use a new key for a new report',
    });
  }
  if (claim.status === 'completed') return answer(200, claim.receipt, { 'Idempotent-Replayed': 'true' });
  return answer(409, { error: 'in-progress', message: 'This report is still being received: try again in a moment' }, { 'Retry-After': '1' });
}

/** At most this many issues are answered: a body with thousands of faults gets the first ones. */
const MAX_ISSUES = 50;
/** Longest message or path answered: input echoed in a message is cut here. */
const MAX_MESSAGE = 300;

function boundIssue(issue: ValidationIssue): ValidationIssue {
  const cut = (s: string) => (s.length > MAX_MESSAGE ? `${s.slice(0, MAX_MESSAGE)}…` : s);
  return { path: cut(issue.path), message: cut(issue.message) };
}

/**
 * Reads the body, stopping (and cancelling the stream) as soon as it passes `maxBytes`:
 * undefined then. A body without Content-Length is never buffered past the limit.
 */
async function readBounded(request: Request, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function answer(status: number, body: ReportReceipt | SubmissionError, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

function invalid(issues: ValidationIssue[]): Response {
  return answer(400, { error: 'invalid-report', message: 'The report has problems: see issues', issues });
}

function tooLarge(maxBytes: number): Response {
  return answer(413, { error: 'too-large', message: `The report must be at most ${maxBytes} bytes` });
}

/** node:crypto's hash (Node, Deno, Bun and workers with Node compatibility have it): Web Crypto's async digest costs about 10% of a report's CPU. */
function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
