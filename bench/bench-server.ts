import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderActiveHCaseList, renderActiveHCaseView } from '../test/fixtures/hosts/activeh/render.ts';
import { fixtureCases } from '../test/fixtures/hosts/fixture-pages.ts';
import type { HostPageCase } from '../test/fixtures/hosts/host-page-case.ts';
import { renderOmniledgerCaseView } from '../test/fixtures/hosts/omniledger/render.ts';
import { CONTENT_TYPES, sendFile } from '../test/send-file.ts';
import { parsePolicy } from '../core/index.ts';
import { handlePolicyRequest } from '../widget/intake/handle-policy-request.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** `count` list rows made from the fixture cases, with distinct references. */
function manyCases(today: string, count: number): HostPageCase[] {
  const base = fixtureCases('activeh', today);
  return Array.from({ length: count }, (_, i) => {
    const c = base[i % base.length]!;
    return { ...c, reference: `ASB/2026/${String(20000 + i).padStart(5, '0')}` };
  });
}

/**
 * The pages the browser benchmarks load, on 127.0.0.1: an Active H and an Omniledger case view,
 * a 500-row Active H case list, and a page with the built widget (its endpoint answers `GET` with
 * the policy view of a landlord policy file, as the intake does).
 */
export async function startBenchServer(today: string): Promise<{ origin: string; close(): Promise<void> }> {
  const activeh = fixtureCases('activeh', today);
  const omniledger = fixtureCases('omniledger', today);
  const pages: Record<string, string> = {
    '/hosts/activeh/asb/case/bench.html': renderActiveHCaseView(activeh[0]!),
    '/hosts/omniledger/asb-log/bench.html': renderOmniledgerCaseView(omniledger[0]!),
    '/hosts/activeh/asb/case-list-500.html': renderActiveHCaseList(manyCases(today, 500)),
    '/widget.html': `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Widget</title>
<script type="module" src="/widget/asb-report-form.js"></script></head>
<body><main><asb-report-form endpoint="/api/asb-reports"></asb-report-form></main></body></html>`,
  };
  const policy = parsePolicy(JSON.parse(readFileSync(join(ROOT, 'test/fixtures/widget/policies/mersey-vale.json'), 'utf8')));
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const page = pages[path];
    if (page !== undefined) {
      res.writeHead(200, { 'Content-Type': CONTENT_TYPES['.html']!, 'Cache-Control': 'no-store' }).end(page);
      return;
    }
    if (path === '/api/asb-reports') {
      const response = handlePolicyRequest(new Request(`http://127.0.0.1${path}`, { method: req.method ?? 'GET' }), policy);
      void response.text().then((body) => res.writeHead(response.status, Object.fromEntries(response.headers)).end(body));
      return;
    }
    if (path.startsWith('/widget/')) sendFile(res, join(ROOT, 'dist/widget'), path.slice('/widget/'.length));
    else sendFile(res, join(ROOT, 'test/fixtures'), path);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
