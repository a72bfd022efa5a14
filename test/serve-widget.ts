/**
 * Test server for the <asb-report-form> end-to-end tests (PORT, default 4320; no framework):
 *
 * - GET  /healthz                  200 "ok"
 * - GET  /widget/FILE              the built widget (dist/widget; run `npm run build:widget` first)
 * - GET  /fixtures/NAME.html       fixture pages from test/fixtures/widget/; pages named csp*.html are
 *                                  served with the strict Content-Security-Policy of issue 3
 * - GET  /fixtures/FILE            other fixture files
 * - GET  /api/asb-reports          handlePolicyRequest: the widget's view of a landlord's own policy
 *                                  (test/fixtures/widget/policies/mersey-vale.json, loaded as the intake
 *                                  loads one: parsePolicy)
 * - POST /api/asb-reports          handleReportSubmission (the intake's own handler: Idempotency-Key and
 *                                  Replaces-Idempotency-Key as the intake honours them) with that policy
 *                                  and a FileReportStore in a fresh temp folder
 * - GET, POST /api/ID/asb-reports  the same with another policy: `plus-dane` (the core's preset),
 *                                  `no-phone` (Co-op Homes' preset, which has no phone: the view answers
 *                                  500), `assumed` (Mersey Vale with every first-contact target assumed)
 * - GET  /api/not-a-view/asb-reports  200 with JSON that is not a policy view
 *
 * Test-only:
 * - POST /test/reset               a new empty store and no faults
 * - POST /test/faults?mode=M&count=N&ms=D  the next N report POSTs fail: M is `503`, `drop` (the
 *                                  connection closes before the handler runs), `drop-after-store` (the
 *                                  report is stored, then the connection closes before the answer),
 *                                  `400` (a made-up field error), or `delay` (answer after D ms)
 * - POST /test/clock?now=ISO        the intake's clock from now on (reset: the real clock)
 * - GET  /test/reports             { posts, reports }: how many report POSTs arrived, and what is stored
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parsePolicy, policies, type Policy } from '../core/index.ts';
import { FileReportStore } from '../widget/intake/file-report-store.ts';
import { handlePolicyRequest } from '../widget/intake/handle-policy-request.ts';
import { handleReportSubmission } from '../widget/intake/handle-report-submission.ts';
import { sendFile } from './send-file.ts';

const PORT = Number(process.env.PORT ?? 4320);
const ROOT = resolve(import.meta.dirname, '..');
const WIDGET_DIR = join(ROOT, 'dist/widget');
const FIXTURES_DIR = join(ROOT, 'test/fixtures/widget');
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";

const merseyVale = parsePolicy(JSON.parse(readFileSync(join(FIXTURES_DIR, 'policies/mersey-vale.json'), 'utf8')));
const allAssumed = parsePolicy({
  ...merseyVale,
  levels: merseyVale.levels.map((level) => ({
    ...level,
    firstContact: { ...level.firstContact, assumed: true, decided: 'Test fixture: the landlord has not yet set its targets.' },
  })),
});
/** The policy behind each endpoint: `/api/asb-reports` (the landlord's own) and `/api/ID/asb-reports`. */
const ENDPOINTS: Record<string, Policy> = {
  '/api/asb-reports': merseyVale,
  '/api/plus-dane/asb-reports': policies['plus-dane']!,
  '/api/no-phone/asb-reports': policies['co-op-homes']!,
  '/api/assumed/asb-reports': allAssumed,
};

type FaultMode = '503' | 'drop' | 'drop-after-store' | '400' | 'delay';
let store = newStore();
let faults: { mode: FaultMode; count: number; ms: number } = { mode: '503', count: 0, ms: 0 };
let posts = 0;
let clock: string | undefined;

function newStore(): FileReportStore {
  return new FileReportStore(mkdtempSync(join(tmpdir(), 'asb-widget-e2e-')));
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Node's request as a web Request, the way any runtime would hand it to the handler. */
async function toWebRequest(req: IncomingMessage, url: URL): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(', '));
  }
  const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
  return new Request(url, { method: req.method, headers, body: body ? new Uint8Array(body) : undefined });
}

async function sendWebResponse(res: ServerResponse, response: Response): Promise<void> {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

async function receiveReport(req: IncomingMessage, res: ServerResponse, url: URL, policy: Policy): Promise<void> {
  posts += 1;
  const fault = faults.count > 0 ? faults.mode : undefined;
  if (fault) faults.count -= 1;
  if (fault === 'drop') {
    req.socket.destroy();
    return;
  }
  if (fault === '503') {
    await readBody(req);
    sendJson(res, 503, { error: 'unavailable', message: 'Try again later' });
    return;
  }
  if (fault === '400') {
    await readBody(req);
    sendJson(res, 400, { error: 'invalid-report', message: 'See issues', issues: [{ path: 'location', message: 'Tell us where it happens' }] });
    return;
  }
  if (fault === 'delay') await new Promise((r) => setTimeout(r, faults.ms));
  const response = await handleReportSubmission(await toWebRequest(req, url), {
    store,
    policies: { [policy.id]: policy },
    now: () => (clock ? new Date(clock) : new Date()),
  });
  if (fault === 'drop-after-store') {
    req.socket.destroy();
    return;
  }
  await sendWebResponse(res, response);
}

const server = createServer((req, res) => {
  // No keep-alive: a dropped connection is then a failure the page sees, not one Chromium
  // silently retries on a fresh socket (as it does when a reused socket is reset).
  res.setHeader('Connection', 'close');
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${PORT}`);
  const path = url.pathname;
  const handle = async () => {
    if (path === '/healthz') return void res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
    const policy = Object.hasOwn(ENDPOINTS, path) ? ENDPOINTS[path] : undefined;
    if (policy && req.method === 'POST') return receiveReport(req, res, url, policy);
    if (policy) return sendWebResponse(res, handlePolicyRequest(await toWebRequest(req, url), policy));
    if (path === '/api/not-a-view/asb-reports') return sendJson(res, 200, { id: 'mersey-vale', landlord: 'Mersey Vale Housing', levels: [] });
    if (req.method === 'POST' && path === '/test/reset') {
      store = newStore();
      faults = { mode: '503', count: 0, ms: 0 };
      posts = 0;
      clock = undefined;
      return sendJson(res, 200, { dataDir: store.dataDir });
    }
    if (req.method === 'POST' && path === '/test/faults') {
      faults = {
        mode: (url.searchParams.get('mode') ?? '503') as FaultMode,
        count: Number(url.searchParams.get('count') ?? 1),
        ms: Number(url.searchParams.get('ms') ?? 0),
      };
      return sendJson(res, 200, faults);
    }
    if (req.method === 'POST' && path === '/test/clock') {
      clock = new Date(url.searchParams.get('now') ?? '').toISOString();
      return sendJson(res, 200, { now: clock });
    }
    if (path === '/test/reports') return sendJson(res, 200, { posts, reports: await store.list() });
    if (path.startsWith('/widget/')) return sendFile(res, WIDGET_DIR, basename(path));
    if (path.startsWith('/fixtures/')) {
      const name = basename(path);
      return sendFile(res, FIXTURES_DIR, path.slice('/fixtures/'.length), {
        headers: name.startsWith('csp') ? { 'Content-Security-Policy': STRICT_CSP } : {},
      });
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  };
  handle().catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500).end();
  });
});

if (!existsSync(join(WIDGET_DIR, 'asb-report-form.js'))) {
  console.warn('serve-widget: dist/widget/asb-report-form.js is missing: run `npm run build:widget` first');
}
server.listen(PORT, '127.0.0.1', () => console.log(`serve-widget: http://127.0.0.1:${PORT}/fixtures/index.html`));
