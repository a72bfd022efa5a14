// The fictional host systems for end-to-end tests, on http://127.0.0.1:$PORT (default 4310).
//   /healthz                      200 "ok" (Playwright waits for it)
//   /hosts/activeh/...            Active H pages, rendered for today (London) from the fixture data
//   /hosts/omniledger/...         Omniledger pages, likewise
//   /hosts/reading/...            the reading cases (fixtures/hosts/reading/) in Active H, Omniledger and Harbourline
//   /hosts/activeh-team/...       a bigger team's Active H (fixtures/hosts/team/): 62 cases on fixed dates, the
//                                 case list paged 25 to a page (case-list.html, case-list.html?page=2, ?page=3)
//   /hosts/agreement/...          two Harbourline cases on a fixed day (fixtures/hosts/agreement/), and one
//                                 received today whose diary form really saves (POST, kept in memory),
//                                 and one whose type can be changed (POST, kept in memory)
//   anything else under /         static files from test/fixtures/ (CSS, app.js, committed pages)
//   /on/YYYY-MM-DD/hosts/...      the same pages rendered for that day (at 09:30), for tests whose
//                                 expected deadlines are literal dates worked out by hand
//   ?csp=strict on a host page     served with a strict Content-Security-Policy (no inline styles or scripts)
// Pages are rendered at request time with dates relative to today, so deadlines in the tests mean
// the same whatever day they run; the committed .html files are the same pages for FIXTURE_TODAY.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { fixturePages } from './fixtures/hosts/fixture-pages.ts';
import { londonNow } from './fixtures/hosts/host-page-case.ts';
import { teamPages } from './fixtures/hosts/team/team-site.ts';
import { readingPages } from './fixtures/hosts/reading/reading-cases.ts';
import {
  agreementCasePath,
  agreementPages,
  HARBOURLINE_TYPES,
  RECATEGORISE_CASE,
  recategoriseCasePage,
  WRITE_BACK_CASE,
  writeBackCasePage,
  type AgreementNote,
} from './fixtures/hosts/agreement/agreement-pages.ts';
import { CONTENT_TYPES, sendFile } from './send-file.ts';

const ROOT = fileURLToPath(new URL('./fixtures/', import.meta.url));
const PORT = Number(process.env.PORT ?? 4310);
const HOST = '127.0.0.1';

let cache: { key: string; pages: Record<string, string> } | null = null;

/** Today's pages (rendered once a minute at most). */
function livePages(): Record<string, string> {
  const now = londonNow();
  const key = `${now.date}T${now.time}`;
  if (cache?.key !== key) cache = { key, pages: { ...fixturePages(now.date, key, { allCaseViews: true }), ...readingPages(now.date, key), ...agreementPages(), ...teamPages(now.date) } };
  return cache.pages;
}

const fixedDays = new Map<string, Record<string, string>>();

/** The pages for a fixed day ('YYYY-MM-DD'), as if it were 09:30 that day in London. */
function pagesOn(day: string): Record<string, string> {
  let pages = fixedDays.get(day);
  if (!pages) {
    pages = { ...fixturePages(day, `${day}T09:30`, { allCaseViews: true }), ...teamPages(day) };
    fixedDays.set(day, pages);
  }
  return pages;
}

/** What a locked-down housing system might send: nothing inline, nothing from elsewhere. */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'";

/** The write-back enquiry's diary: entries officers saved with its form, kept in memory (a real HMS stores them). */
const writeBackNotes: AgreementNote[] = [];
const WRITE_BACK_PATH = `/hosts/${agreementCasePath(WRITE_BACK_CASE.reference)}`;

/** Saves a diary entry posted by the write-back enquiry's form, then shows the page again (303). */
function saveDiaryEntry(req: IncomingMessage, res: ServerResponse): void {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => {
    body += chunk;
    if (body.length > 20_000) req.destroy();
  });
  req.on('end', () => {
    const form = new URLSearchParams(body);
    const text = (form.get('text') ?? '').trim();
    if (text !== '') {
      const now = londonNow();
      writeBackNotes.push({ at: `${now.date}T${now.time}`, kind: (form.get('kind') ?? '').trim() || 'General note', text });
    }
    res.writeHead(303, { Location: WRITE_BACK_PATH }).end();
  });
}

/** The re-categorisation enquiry's type, as last saved with its form (a real HMS stores it). */
let recategorisedType: string = RECATEGORISE_CASE.category;
const RECATEGORISE_PATH = `/hosts/${agreementCasePath(RECATEGORISE_CASE.reference)}`;

/** Saves the type posted by the re-categorisation enquiry's form (one of Harbourline's types), then shows the page again (303). */
function saveType(req: IncomingMessage, res: ServerResponse): void {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => {
    body += chunk;
    if (body.length > 2_000) req.destroy();
  });
  req.on('end', () => {
    const type = new URLSearchParams(body).get('type') ?? '';
    if (!(HARBOURLINE_TYPES as readonly string[]).includes(type)) {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('type: not one of Harbourline\'s types');
      return;
    }
    recategorisedType = type;
    res.writeHead(303, { Location: RECATEGORISE_PATH }).end();
  });
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://${HOST}`);
  if (req.method === 'POST' && url.pathname === RECATEGORISE_PATH) {
    saveType(req, res);
    return;
  }
  if ((req.method === 'GET' || req.method === 'HEAD') && url.pathname === RECATEGORISE_PATH) {
    res.writeHead(200, { 'Content-Type': CONTENT_TYPES['.html']!, 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : recategoriseCasePage(recategorisedType));
    return;
  }
  if (req.method === 'POST' && url.pathname === WRITE_BACK_PATH) {
    saveDiaryEntry(req, res);
    return;
  }
  if ((req.method === 'GET' || req.method === 'HEAD') && url.pathname === WRITE_BACK_PATH) {
    res.writeHead(200, { 'Content-Type': CONTENT_TYPES['.html']!, 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : writeBackCasePage(londonNow().date, writeBackNotes));
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  if (url.pathname === '/healthz') {
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
    return;
  }
  let path = decodeURIComponent(url.pathname);
  if (path.endsWith('/')) path += 'index.html';
  const fixedDay = /^\/on\/(\d{4}-\d{2}-\d{2})(\/.*)$/.exec(path);
  if (fixedDay) path = fixedDay[2]!;

  if (path.startsWith('/hosts/')) {
    const pages = fixedDay ? pagesOn(fixedDay[1]!) : livePages();
    // A page with a query of its own (a paged list's `case-list.html?page=2`), else the page.
    const html = (url.search ? pages[path.slice('/hosts/'.length) + url.search] : undefined) ?? pages[path.slice('/hosts/'.length)];
    if (html !== undefined) {
      const csp = url.searchParams.get('csp') === 'strict' ? { 'Content-Security-Policy': STRICT_CSP } : {};
      res.writeHead(200, { 'Content-Type': CONTENT_TYPES['.html']!, 'Cache-Control': 'no-store', ...csp });
      res.end(req.method === 'HEAD' ? undefined : html);
      return;
    }
  }

  // The bigger team's Active H uses Active H's own style sheet.
  if (path.startsWith('/hosts/activeh-team/')) path = path.replace('/hosts/activeh-team/', '/hosts/activeh/');
  sendFile(res, ROOT, path, { head: req.method === 'HEAD' });
});

server.listen(PORT, HOST, () => {
  console.log(`Fixture host systems on http://${HOST}:${PORT}/hosts/activeh/ and /hosts/omniledger/asb-log/`);
});
