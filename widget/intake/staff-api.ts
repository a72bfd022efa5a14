import * as z from 'zod';
import type { IntakeStore } from './intake-store.ts';
import { matchStaffToken } from './staff-tokens.ts';

/** One line of the staff access log: who read or changed which report, when. Never report content. */
export interface StaffAccessEntry {
  at: string;
  who: string;
  action: 'list' | 'read' | 'mark-taken';
  /** The report (absent for a list). */
  reference?: string;
  /** For a list: the status asked for and how many came back. */
  status?: 'new' | 'taken';
  count?: number;
  outcome?: string;
}

export interface StaffApiOptions {
  store: IntakeStore;
  /** Where access is recorded (the server writes JSON lines to stdout). */
  log: (entry: StaffAccessEntry) => void;
  now?: () => Date;
}

const takenBody = z.strictObject({
  hmsReference: z
    .string({ error: 'is required: the housing system’s reference for the case' })
    .trim()
    .min(1, 'is required: the housing system’s reference for the case')
    .max(100, 'must be at most 100 characters'),
});

const listQuery = z.object({
  status: z.enum(['new', 'taken'], { error: 'must be new or taken' }).default('new'),
  limit: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be 1 to 500').max(500, 'must be 1 to 500').default(100),
});

/** The prefix every staff route starts with. */
export const STAFF_API_PREFIX = '/api/staff/';

/**
 * The staff API the officer's extension calls, under `/api/staff/`:
 *
 * - `GET /api/staff/reports?status=new&limit=100`: summaries, oldest first (no report content);
 * - `GET /api/staff/reports/REFERENCE`: one report in full;
 * - `POST /api/staff/reports/REFERENCE/taken` with `{"hmsReference": "HMS/123"}`: marks it taken
 *   (409 if it already was).
 *
 * Every request needs `Authorization: Bearer TOKEN` with a token issued by
 * `npm run intake -- token add NAME`; without a valid one the answer is 401 and nothing is read.
 * Each list, read and mark is logged with the token's name, the reference and the time.
 *
 * @example
 * const response = await handleStaffRequest(new Request('https://intake/api/staff/reports', { headers: { Authorization: `Bearer ${token}` } }), { store, log });
 * (await response.json()).reports[0].reference //=> 'ASB-2026-000001'
 */
export async function handleStaffRequest(request: Request, options: StaffApiOptions): Promise<Response> {
  const { store, log } = options;
  const now = () => (options.now?.() ?? new Date()).toISOString();

  const header = request.headers.get('authorization') ?? '';
  const bearer = /^Bearer\s+([\x21-\x7e]{1,200})$/i.exec(header)?.[1];
  const who = bearer ? matchStaffToken(bearer, await store.staffTokens()) : undefined;
  if (!who) {
    return json(401, { error: 'unauthorised', message: 'Send Authorization: Bearer TOKEN with a staff token (npm run intake -- token add NAME)' }, { 'WWW-Authenticate': 'Bearer realm="asb-intake"' });
  }

  const url = new URL(request.url);
  let rest: string[];
  try {
    rest = url.pathname.slice(STAFF_API_PREFIX.length).split('/').map(decodeURIComponent);
  } catch {
    return json(400, { error: 'bad-path', message: 'The address has bad percent-encoding' });
  }

  if (rest[0] !== 'reports') return json(404, { error: 'not-found', message: 'No such staff route' });

  if (rest.length === 1) {
    if (request.method !== 'GET') return json(405, { error: 'method-not-allowed', message: 'Use GET' }, { Allow: 'GET' });
    const query = listQuery.safeParse(Object.fromEntries(url.searchParams));
    if (!query.success) return json(400, { error: 'invalid-query', message: 'The query has problems: see issues', issues: issuesOf(query.error) });
    const reports = await store.listReports(query.data);
    log({ at: now(), who, action: 'list', status: query.data.status, count: reports.length });
    return json(200, { reports });
  }

  const reference = rest[1]!;
  if (rest.length === 2) {
    if (request.method !== 'GET') return json(405, { error: 'method-not-allowed', message: 'Use GET' }, { Allow: 'GET' });
    const report = await store.getReport(reference);
    log({ at: now(), who, action: 'read', reference, outcome: report ? 'found' : 'not-found' });
    if (!report) return json(404, { error: 'not-found', message: 'No report with that reference' });
    return json(200, report);
  }

  if (rest.length === 3 && rest[2] === 'taken') {
    if (request.method !== 'POST') return json(405, { error: 'method-not-allowed', message: 'Use POST' }, { Allow: 'POST' });
    let body: unknown;
    try {
      body = JSON.parse((await request.text()).slice(0, 10_000));
    } catch {
      return json(400, { error: 'invalid-json', message: 'Send {"hmsReference": "…"} as JSON' });
    }
    const parsed = takenBody.safeParse(body);
    if (!parsed.success) return json(400, { error: 'invalid-body', message: 'The body has problems: see issues', issues: issuesOf(parsed.error) });
    const outcome = await store.markTaken(reference, { at: now(), by: who, hmsReference: parsed.data.hmsReference });
    log({ at: now(), who, action: 'mark-taken', reference, outcome });
    if (outcome === 'not-found') return json(404, { error: 'not-found', message: 'No report with that reference' });
    if (outcome === 'already-taken') return json(409, { error: 'already-taken', message: 'The report was already marked taken' });
    return json(200, await store.getReport(reference));
  }
  return json(404, { error: 'not-found', message: 'No such staff route' });
}

function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.join('.') || 'body', message: i.message }));
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}
