import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTIVEH_CATEGORIES } from '../../test/fixtures/hosts/activeh/data.ts';
import { activeHSite } from '../../test/fixtures/hosts/activeh/render.ts';
import { londonNow } from '../../test/fixtures/hosts/host-page-case.ts';
import { OMNILEDGER_CATEGORIES } from '../../test/fixtures/hosts/omniledger/data.ts';
import { omniledgerSite } from '../../test/fixtures/hosts/omniledger/render.ts';
import { CONTENT_TYPES, sendFile } from '../../test/send-file.ts';
import { policies } from '../../core/index.ts';
import { FileReportStore } from '../../widget/intake/file-report-store.ts';
import { logStaffAccess } from '../../widget/intake/intake-server.ts';
import { toNodeListener } from '../../widget/intake/to-node-listener.ts';
import { createIntakeService } from '../../widget/intake/intake-service.ts';
import { demoCases } from './demo-cases.ts';
import { GUIDE_CSS, guidePage } from './guide-page.ts';
import { LANDLORD_CSP, LANDLORD_CSS, landlordHome, landlordReportPage } from './landlord-site.ts';
import { NewReportError, openOmniledgerNewCases } from './omniledger-new-cases.ts';
import { omniledgerCasePath } from '../../test/fixtures/hosts/omniledger/render.ts';
import { issueStaffToken } from '../../widget/intake/staff-tokens.ts';
import { readFile, writeFile } from 'node:fs/promises';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface DemoServerOptions {
  port: number;
  host?: string;
  /** Where the intake keeps reports (they survive a restart). */
  dataDir: string;
  /** The built extension, named on the guide page. */
  extensionDir: string;
}

export interface DemoServer {
  server: Server;
  origin: string;
  /** A staff token for the intake's staff API, for the extension's options page (kept in the data folder, 0600). */
  staffToken: string;
  close(): Promise<void>;
}

/**
 * The demo: a guide page, a landlord website embedding the built widget (with a CSP header), the
 * widget's intake handler with its file store and staff API (a staff token is issued at the first
 * start), and two simulated housing systems rendered from the demo cases. Omniledger's "New
 * report" form creates cases; website reports reach it only through the extension's inbox.
 */
export async function startDemoServer(options: DemoServerOptions): Promise<DemoServer> {
  const host = options.host ?? '127.0.0.1';
  const store = new FileReportStore(options.dataDir);
  await store.init();
  const newCases = await openOmniledgerNewCases(options.dataDir, OMNILEDGER_CATEGORIES);
  const staffToken = await demoStaffToken(store, options.dataDir);
  const origin = `http://${host}:${options.port}`;
  // The intake service a landlord runs (widget/intake), mounted under /api/: reports, staff API.
  // The demo's landlord, Example Homes, is openly fictional, so it is given the presets directly
  // rather than through the settings check that refuses a fictional landlord.
  const intake = toNodeListener(
    createIntakeService({
      store,
      policy: policies.model!,
      policies,
      allowedOrigins: [],
      widgetDir: null,
      maxBodyBytes: 2_000_000,
      rateLimitPerMinute: 60,
      log: logStaffAccess,
    }),
    { trustProxy: false },
  );

  async function hostPages(): Promise<Record<string, string>> {
    const now = londonNow();
    const nowLocal = `${now.date}T${now.time}`;
    const cases = demoCases(now.date);
    const incoming = newCases.list();
    const pages: Record<string, string> = {};
    for (const [path, html] of Object.entries(activeHSite(cases.activeh, { now: nowLocal, categories: ACTIVEH_CATEGORIES }))) {
      pages[`activeh/${path}`] = html;
    }
    const omniledger = omniledgerSite([...incoming, ...cases.omniledger], { now: nowLocal, categories: OMNILEDGER_CATEGORIES });
    for (const [path, html] of Object.entries(omniledger)) pages[`omniledger/${path}`] = html;
    return pages;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith('/api/')) return intake(req, res);
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return text(res, 400, 'text/plain', 'The address has bad percent-encoding.');
    }
    if (path === '/omniledger/asb-log/new.html' && req.method === 'POST') {
      let form: URLSearchParams;
      try {
        form = new URLSearchParams(await readBody(req, 200_000));
      } catch {
        return text(res, 413, 'text/plain', 'The form is too large.');
      }
      try {
        const created = await newCases.create(form);
        res.writeHead(303, { Location: `/omniledger/${omniledgerCasePath(created.reference)}` }).end();
      } catch (error) {
        if (error instanceof NewReportError) return text(res, 400, 'text/plain', `The report was not created. ${error.message}`);
        throw error;
      }
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/healthz') return text(res, 200, 'text/plain', 'ok');
    if (path === '/') return text(res, 200, CONTENT_TYPES['.html']!, guidePage({ extensionDir: options.extensionDir, origin }));
    if (path === '/guide.css') return text(res, 200, CONTENT_TYPES['.css']!, GUIDE_CSS);

    if (path === '/landlord' || path === '/landlord/report') {
      res.writeHead(301, { Location: `${path}/` }).end();
      return;
    }
    const csp = { 'Content-Security-Policy': LANDLORD_CSP };
    if (path === '/landlord/') return text(res, 200, CONTENT_TYPES['.html']!, landlordHome(), csp);
    if (path === '/landlord/report/') return text(res, 200, CONTENT_TYPES['.html']!, landlordReportPage(), csp);
    if (path === '/landlord/site.css') return text(res, 200, CONTENT_TYPES['.css']!, LANDLORD_CSS, csp);
    if (path.startsWith('/landlord/asb/')) return sendFile(res, join(ROOT, 'dist/widget'), path.slice('/landlord/asb/'.length), { headers: csp });

    for (const system of ['activeh', 'omniledger']) {
      if (path === `/${system}`) {
        res.writeHead(301, { Location: `/${system}/` }).end();
        return;
      }
      if (path.startsWith(`/${system}/`)) {
        if (path.endsWith('/')) path += 'index.html';
        // Only pages are rendered (from every stored report); CSS and scripts are plain files.
        const html = path.endsWith('.html') ? (await hostPages())[path.slice(1)] : undefined;
        if (html !== undefined) return text(res, 200, CONTENT_TYPES['.html']!, html);
        return sendFile(res, join(ROOT, 'test/fixtures/hosts', system), path.slice(system.length + 2));
      }
    }
    text(res, 404, 'text/plain', 'Not found');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) text(res, 500, 'text/plain', 'Something went wrong in the demo server.');
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, resolve);
  });
  return {
    server,
    origin,
    staffToken,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function text(res: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

/** Reads a request body as text, refusing more than `max` bytes. */
function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The demo's staff token: issued at the first start (named "demo") and kept in the data folder
 * (`staff-token.txt`, 0600) so the extension's settings keep working across restarts.
 */
async function demoStaffToken(store: FileReportStore, dataDir: string): Promise<string> {
  const file = join(dataDir, 'staff-token.txt');
  try {
    const kept = (await readFile(file, 'utf8')).trim();
    if (kept !== '') return kept;
  } catch {
    // First start: issue one below.
  }
  const { token, record } = issueStaffToken('demo', new Date().toISOString());
  await store.addStaffToken(record);
  await writeFile(file, `${token}\n`, { mode: 0o600 });
  return token;
}
