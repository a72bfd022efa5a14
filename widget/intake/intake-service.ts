import { readFile } from 'node:fs/promises';
import { extname, normalize, resolve, sep } from 'node:path';
import type { Policy } from '../../core/index.ts';
import { handlePolicyRequest } from './handle-policy-request.ts';
import { handleReportSubmission } from './handle-report-submission.ts';
import type { IntakeStore } from './intake-store.ts';
import { RateLimiter } from './rate-limiter.ts';
import { handleStaffRequest, STAFF_API_PREFIX, type StaffAccessEntry } from './staff-api.ts';

/** Where the widget posts reports, and (GET) reads the policy's widget view. */
export const REPORT_PATH = '/api/asb-reports';
/** Where the built widget files are served from. */
export const WIDGET_PATH = '/widget/';

export interface IntakeServiceOptions {
  store: IntakeStore;
  /** The landlord's policy: the one reports are triaged with (the widget names it by id). */
  policy: Policy;
  /** Other policies accepted too, by id (the demo accepts every preset). Default: just `policy`. */
  policies?: Record<string, Policy>;
  /** Cross-origin pages allowed to post reports and read the policy (CORS). Same origin always may. */
  allowedOrigins: readonly string[];
  /** The built widget (dist/widget), served under /widget/; null serves none. */
  widgetDir: string | null;
  maxBodyBytes: number;
  /** Reports a minute per client (0: no limit). */
  rateLimitPerMinute: number;
  /** Staff access log. */
  log: (entry: StaffAccessEntry) => void;
  now?: () => Date;
  /** Answers GET/HEAD on the report endpoint: the widget's view of the policy (default: `handlePolicyRequest`). */
  policyRequest?: (request: Request, policy: Policy) => Response | Promise<Response>;
  /** Called after each report the store took (201: new or replaced), e.g. to wake the alert worker. */
  onStored?: () => void;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The intake service as one function from a web `Request` (and the client's address) to a
 * `Response`: the report endpoint (POST, with a per-client rate limit), the policy endpoint
 * (GET on the same path), CORS for the allowed origins (preflight answered), the staff API and the
 * built widget files. Never throws: a fault answers 500 and is logged without report content.
 *
 * @example
 * const service = createIntakeService({ store, policy, allowedOrigins: [], widgetDir: 'dist/widget', maxBodyBytes: 2_000_000, rateLimitPerMinute: 20, log });
 * (await service(new Request('http://intake/healthz'), '127.0.0.1')).status //=> 200
 */
export function createIntakeService(options: IntakeServiceOptions): (request: Request, client: string) => Promise<Response> {
  const limiter = new RateLimiter({ perMinute: options.rateLimitPerMinute });
  const policies = options.policies ?? { [options.policy.id]: options.policy };
  const allowed = new Set(options.allowedOrigins);

  async function route(request: Request, client: string): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname;
    const origin = request.headers.get('origin');
    // Same origin: the page's host is the one the request was addressed to. The scheme is not
    // compared: behind the landlord's web server the page is https and the hop to us is http.
    const crossOrigin = origin !== null && hostOf(origin) !== url.host;

    if (path === REPORT_PATH) {
      const cors = crossOrigin && allowed.has(origin) ? corsHeaders(origin) : {};
      if (request.method === 'OPTIONS') {
        if (crossOrigin && !allowed.has(origin)) return plain(403, 'This origin may not send reports here (INTAKE_ALLOWED_ORIGINS)');
        return new Response(null, {
          status: 204,
          headers: {
            ...cors,
            'Access-Control-Allow-Methods': 'POST, GET, HEAD',
            'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Replaces-Idempotency-Key',
            'Access-Control-Max-Age': '600',
            Allow: 'POST, GET, HEAD, OPTIONS',
          },
        });
      }
      if (crossOrigin && !allowed.has(origin)) return withHeaders(plain(403, 'This origin may not send reports here (INTAKE_ALLOWED_ORIGINS)'), { Vary: 'Origin' });
      if (request.method === 'GET' || request.method === 'HEAD') {
        return withHeaders(await (options.policyRequest ?? handlePolicyRequest)(request, options.policy), cors);
      }
      if (request.method === 'POST') {
        const wait = limiter.take(client);
        if (wait > 0) {
          return withHeaders(json(429, { error: 'too-many-requests', message: `Too many reports from this address: try again in ${wait} seconds` }, { 'Retry-After': String(wait) }), cors);
        }
      }
      const answer = await handleReportSubmission(request, { store: options.store, policies, maxBodyBytes: options.maxBodyBytes, now: options.now });
      if (answer.status === 201) options.onStored?.();
      return withHeaders(answer, cors);
    }

    if (path.startsWith(STAFF_API_PREFIX)) return handleStaffRequest(request, { store: options.store, log: options.log, now: options.now });

    if (path === '/healthz') return plain(200, 'ok');

    if (path.startsWith(WIDGET_PATH) && options.widgetDir) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return withHeaders(plain(405, 'Use GET'), { Allow: 'GET, HEAD' });
      let relative: string;
      try {
        relative = decodeURIComponent(path.slice(WIDGET_PATH.length));
      } catch {
        return plain(400, 'The address has bad percent-encoding');
      }
      return serveFile(options.widgetDir, relative, request.method === 'HEAD', crossOrigin && allowed.has(origin) ? corsHeaders(origin) : {});
    }
    return plain(404, 'Not found');
  }

  return async (request, client) => {
    try {
      return await route(request, client);
    } catch (error) {
      console.error(`intake: ${request.method} ${new URL(request.url).pathname} failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500));
      return json(500, { error: 'internal', message: 'Something went wrong: try again' });
    }
  };
}

async function serveFile(dir: string, relative: string, head: boolean, extra: Record<string, string>): Promise<Response> {
  const root = resolve(dir);
  const path = normalize(resolve(root, `.${sep}${relative}`));
  if (!path.startsWith(root + sep)) return plain(404, 'Not found');
  let body: Buffer;
  try {
    body = await readFile(path);
  } catch {
    return plain(404, 'Not found');
  }
  return new Response(head ? null : new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Content-Length': String(body.byteLength),
      'Cache-Control': 'public, max-age=300',
      'X-Content-Type-Options': 'nosniff',
      ...extra,
    },
  });
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

function corsHeaders(origin: string): Record<string, string> {
  return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'Retry-After, Idempotent-Replayed', Vary: 'Origin' };
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers } });
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}
