import type { CaseListEntry } from '../hosts/host-adapter.ts';
import type { HostCase, HostCaseRow } from '../hosts/host-case.ts';
import type { HostRule } from '../hosts/host-rule.ts';
import { pickAdapter } from '../hosts/registry.ts';

/** How far reading the team's cases has got. */
export interface TeamReadProgress {
  /** Case pages read (or failed) so far. */
  done: number;
  /** Case pages to read: the open cases the list shows (0 while the list's pages are read). */
  total: number;
  /** Pages of the case list read so far (a long list is paged). */
  listPages: number;
}

/** A case the list shows that could not be read, and why (in words for the officer). */
export interface TeamReadFailure {
  reference: string;
  reason: string;
}

/** What reading the team's cases found. */
export interface TeamReadResult {
  /** The host system's display name ("Active H"). */
  systemName: string;
  /** The open cases read, in the list's order (then those the list shows closed that were asked for). */
  cases: HostCase[];
  failed: TeamReadFailure[];
  /** Rows the list shows as closed, left out (those asked for by `readClosed` are read, and counted here too). */
  closed: number;
  /** Pages of the case list read. */
  listPages: number;
  /**
   * Why the list's pages were not all read, in words for the officer (the page limit, a next page
   * on another origin, a page that could not be read); null when every page was read.
   */
  stopped: string | null;
}

/** What reading the team's cases needs from outside: the network and an HTML parser. */
export interface TeamReadDeps {
  /** Fetches one page of the housing system as text, with the officer's own session. */
  fetchPage(url: URL, signal: AbortSignal): Promise<string>;
  /** Parses HTML into a document that is never rendered (DOMParser). */
  parse(html: string): Document;
}

/** At most this many pages are asked for at once, so the housing system is not loaded. */
export const TEAM_READ_CONCURRENCY = 2;

/** At most this many pages of a paged case list are read (2,500 cases at 50 a page). */
export const TEAM_READ_MAX_LIST_PAGES = 50;

/** The case page a list row links to: the row's link whose text is the reference, else its first link. */
function caseLink(entry: CaseListEntry, base: URL): URL | null {
  const links = [...entry.element.querySelectorAll('a[href]')];
  const link = links.find((a) => (a.textContent ?? '').trim() === entry.row.reference) ?? links[0];
  const href = link?.getAttribute('href');
  if (!href) return null;
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/** Links are resolved as the browser would: against the page's `<base href>`, if it has one. */
function baseOf(doc: Document, url: URL): URL {
  const baseHref = doc.querySelector('base[href]')?.getAttribute('href');
  try {
    return baseHref ? new URL(baseHref, url) : url;
  } catch {
    return url;
  }
}

/** A page's address without its fragment: `list.html?page=2#top` and `list.html?page=2` are one page. */
const pageKey = (url: URL) => url.href.replace(/#.*$/, '');

/**
 * Reads every open case a host's case list shows: fetches the list, following its pages (the
 * adapter's `nextListPage`) one at a time, then each case page from the same origin (at most
 * {@link TEAM_READ_CONCURRENCY} at a time), and reads each with the host adapter that reads case
 * views. Pages are parsed, never rendered. A case that cannot be read is listed in `failed`; a
 * link to another origin is never followed. Paging stops, said in `stopped`, after
 * {@link TEAM_READ_MAX_LIST_PAGES} pages, at a next page on another origin, or at a page that
 * cannot be read (the cases of the pages read are still read); a next page already read (a last
 * page linking to itself) ends the list. A case on two pages (the list moved while it was read) is
 * read once. Rows the list shows closed are left out, unless `readClosed` asks for them (a case
 * tracked here as open, to close it here too). Stops when `signal` aborts (the promise rejects
 * with the abort reason).
 *
 * @example
 * const { cases } = await readTeamCases(new URL('https://hms.example.org/asb/case-list.html'), [], { fetchPage: fetchHmsPage, parse }, { signal });
 * cases.length //=> every open case of every page of the list
 */
export async function readTeamCases(
  listUrl: URL,
  rules: readonly HostRule[],
  deps: TeamReadDeps,
  options: { signal: AbortSignal; onProgress?: (progress: TeamReadProgress) => void; readClosed?: (row: HostCaseRow) => boolean },
): Promise<TeamReadResult> {
  const { signal, onProgress } = options;
  if (listUrl.protocol !== 'https:' && listUrl.protocol !== 'http:') throw new Error('The case list address must start with https://');
  const listDoc = deps.parse(await deps.fetchPage(listUrl, signal));
  signal.throwIfAborted();
  const adapter = pickAdapter(listUrl, listDoc, rules);
  if (!adapter) throw new Error('ASB Assist does not recognise the housing system at this address. Check the host systems in the options.');
  if (adapter.pageKind(listUrl, listDoc) !== 'case-list') throw new Error(`This ${adapter.name} page is not a case list.`);

  // The list's pages, one at a time.
  const rows: { entry: CaseListEntry; base: URL }[] = [];
  const seenPages = new Set<string>([pageKey(listUrl)]);
  let listPages = 0;
  let stopped: string | null = null;
  let doc = listDoc;
  let pageUrl = listUrl;
  for (;;) {
    listPages += 1;
    const base = baseOf(doc, pageUrl);
    for (const entry of adapter.readCaseList(doc, pageUrl)) rows.push({ entry, base });
    onProgress?.({ done: 0, total: 0, listPages });
    signal.throwIfAborted();
    const next = adapter.nextListPage(doc, pageUrl);
    if (!next || seenPages.has(pageKey(next))) break;
    if (next.origin !== listUrl.origin) {
      stopped = `The case list’s next page is on another site (${next.origin}), so it was not followed: only the cases on the first ${pagesWord(listPages)} were read.`;
      break;
    }
    if (listPages >= TEAM_READ_MAX_LIST_PAGES) {
      stopped = `The case list has more than ${TEAM_READ_MAX_LIST_PAGES} pages. Only the cases on the first ${TEAM_READ_MAX_LIST_PAGES} were read: filter the list in ${adapter.name} (by officer or area, say) and read each part.`;
      break;
    }
    seenPages.add(pageKey(next));
    try {
      doc = deps.parse(await deps.fetchPage(next, signal));
      signal.throwIfAborted();
      if (adapter.pageKind(next, doc) !== 'case-list') throw new Error(`it is not a ${adapter.name} case list`);
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      stopped = `Page ${listPages + 1} of the case list could not be read (${sentence((error as Error).message)}): only the cases on the first ${pagesWord(listPages)} were read.`;
      break;
    }
    pageUrl = next;
  }

  const references = new Set<string>();
  const todo: { reference: string; url: URL | null }[] = [];
  const closedTodo: { reference: string; url: URL | null }[] = [];
  let closed = 0;
  for (const { entry, base } of rows) {
    if (references.has(entry.row.reference)) continue;
    references.add(entry.row.reference);
    const item = { reference: entry.row.reference, url: caseLink(entry, base) };
    if (!entry.row.closed) todo.push(item);
    else {
      closed += 1;
      if (options.readClosed?.(entry.row)) closedTodo.push(item);
    }
  }
  todo.push(...closedTodo);
  const total = todo.length;
  const found = new Map<string, HostCase>();
  const failed: TeamReadFailure[] = [];
  let done = 0;
  onProgress?.({ done, total, listPages });

  async function readOne(item: { reference: string; url: URL | null }): Promise<void> {
    try {
      if (!item.url) throw new Error('The list has no link to this case.');
      if (item.url.origin !== listUrl.origin) throw new Error('The link leads outside the housing system; it was not followed.');
      const page = deps.parse(await deps.fetchPage(item.url, signal));
      signal.throwIfAborted();
      const host = adapter!.readCase(page, item.url);
      found.set(item.reference, host);
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      failed.push({ reference: item.reference, reason: (error as Error).message });
    }
    done += 1;
    onProgress?.({ done, total, listPages });
  }

  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      signal.throwIfAborted();
      const item = todo[next++]!;
      await readOne(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(TEAM_READ_CONCURRENCY, todo.length) }, worker));
  // In the list's order.
  const cases = todo.flatMap((t) => (found.has(t.reference) ? [found.get(t.reference)!] : []));
  return { systemName: adapter.name, cases, failed, closed, listPages, stopped };
}

const pagesWord = (n: number) => (n === 1 ? 'page' : `${n} pages`);
/** A message as part of a sentence: without its final full stop. */
const sentence = (message: string) => message.replace(/\.\s*$/, '');
