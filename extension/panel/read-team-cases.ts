import type { CaseListEntry } from '../hosts/host-adapter.ts';
import type { HostCase } from '../hosts/host-case.ts';
import type { HostRule } from '../hosts/host-rule.ts';
import { pickAdapter } from '../hosts/registry.ts';
import { isOpenStatus } from './is-open-status.ts';

/** How far reading the team's cases has got. */
export interface TeamReadProgress {
  /** Case pages read (or failed) so far. */
  done: number;
  /** Open cases the list shows. */
  total: number;
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
  cases: HostCase[];
  failed: TeamReadFailure[];
  /** Rows the list shows as closed, left out. */
  closed: number;
}

/** What reading the team's cases needs from outside: the network and an HTML parser. */
export interface TeamReadDeps {
  /** Fetches one page of the housing system as text, with the officer's own session. */
  fetchPage(url: URL, signal: AbortSignal): Promise<string>;
  /** Parses HTML into a document that is never rendered (DOMParser). */
  parse(html: string): Document;
}

/** At most this many case pages are asked for at once, so the housing system is not loaded. */
export const TEAM_READ_CONCURRENCY = 2;

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

/**
 * Reads every open case a host's case list shows: fetches the list, then each case page from the
 * same origin (at most {@link TEAM_READ_CONCURRENCY} at a time), and reads each with the host
 * adapter that reads case views. Pages are parsed, never rendered. A case that cannot be read is
 * listed in `failed`; a link to another origin is never followed. Stops when `signal` aborts
 * (the promise rejects with the abort reason).
 *
 * @example
 * const { cases } = await readTeamCases(new URL('https://hms.example.org/asb/case-list.html'), [], { fetchPage: fetchHmsPage, parse }, { signal });
 * cases.length //=> every open case of the list
 */
export async function readTeamCases(
  listUrl: URL,
  rules: readonly HostRule[],
  deps: TeamReadDeps,
  options: { signal: AbortSignal; onProgress?: (progress: TeamReadProgress) => void },
): Promise<TeamReadResult> {
  const { signal, onProgress } = options;
  if (listUrl.protocol !== 'https:' && listUrl.protocol !== 'http:') throw new Error('The case list address must start with https://');
  const listDoc = deps.parse(await deps.fetchPage(listUrl, signal));
  signal.throwIfAborted();
  const adapter = pickAdapter(listUrl, listDoc, rules);
  if (!adapter) throw new Error('ASB Assist does not recognise the housing system at this address. Check the host systems in the options.');
  if (adapter.pageKind(listUrl, listDoc) !== 'case-list') throw new Error(`This ${adapter.name} page is not a case list.`);

  const entries = adapter.readCaseList(listDoc, listUrl);
  const open = entries.filter((e) => isOpenStatus(e.row.status));
  // Links are resolved as the browser would: against the list page's <base href>, if it has one.
  const baseHref = listDoc.querySelector('base[href]')?.getAttribute('href');
  let base = listUrl;
  try {
    if (baseHref) base = new URL(baseHref, listUrl);
  } catch {
    base = listUrl;
  }
  const todo = open.map((entry) => ({ reference: entry.row.reference, url: caseLink(entry, base) }));
  const total = todo.length;
  const found = new Map<string, HostCase>();
  const failed: TeamReadFailure[] = [];
  let done = 0;
  onProgress?.({ done, total });

  async function readOne(item: { reference: string; url: URL | null }): Promise<void> {
    try {
      if (!item.url) throw new Error('The list has no link to this case.');
      if (item.url.origin !== listUrl.origin) throw new Error('The link leads outside the housing system; it was not followed.');
      const doc = deps.parse(await deps.fetchPage(item.url, signal));
      signal.throwIfAborted();
      const host = adapter!.readCase(doc, item.url);
      found.set(item.reference, host);
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      failed.push({ reference: item.reference, reason: (error as Error).message });
    }
    done += 1;
    onProgress?.({ done, total });
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
  return { systemName: adapter.name, cases, failed, closed: entries.length - open.length };
}
