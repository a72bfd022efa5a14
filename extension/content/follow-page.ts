import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CaseListEntry, HostAdapter, HostPageKind } from '../hosts/host-adapter.ts';
import type { HostCase } from '../hosts/host-case.ts';
import type { HostRule } from '../hosts/host-rule.ts';
import { pickAdapter } from '../hosts/registry.ts';
import { PASS, onMessage, sendMessage } from '../messaging/messaging.ts';
import { MANAGED_CACHE_KEY } from '../settings/managed-reader.ts';
import type { AskBackground } from './ask-background.ts';
import { mountCaseBanner, type CaseBannerHandle } from './case-banner.ts';
import { mountCaseListBadges } from './case-list-badges.ts';
import { fillNewCaseFromInbox } from './fill-new-case.tsx';
import { insertNote } from './insert-note.ts';
import { chooseNoteType } from './choose-note-type.ts';
import { UI_TAG_PREFIX } from './mount-shadow-ui.ts';
import { mountNewCaseTriage } from './new-case-triage.tsx';
import { createPageScope, type PageScope } from './page-scope.ts';

interface Current {
  /** What identifies the page: its URL, system, kind and what it shows. */
  identity: string;
  adapter: HostAdapter;
  kind: HostPageKind;
  scope: PageScope;
  banner: Promise<CaseBannerHandle | null> | null;
}

/** True when a node is one of the extension's own shadow hosts. */
function isOwnUi(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && (node as Element).localName.startsWith(UI_TAG_PREFIX);
}

/** True when a mutation touched only the extension's own UI (cheap: a list gets hundreds of badges). */
function ownUiOnly(record: MutationRecord): boolean {
  const { addedNodes, removedNodes } = record;
  if (addedNodes.length + removedNodes.length === 0) return false;
  for (const node of addedNodes) if (!isOwnUi(node)) return false;
  for (const node of removedNodes) if (!isOwnUi(node)) return false;
  return true;
}

/** What the page shows, read once: its identity, and what the page's feature needs of it. */
interface PageRead {
  /** Enough to notice that a single-page app swapped its view. */
  identity: string;
  /** A case view's case, when it could be read (else the banner reads again and says why not). */
  hostCase?: HostCase;
  /** A case list's rows. */
  entries?: CaseListEntry[];
}

/** Reads what the page shows: its identity, and the case or rows it shows, so nothing is read twice. */
function readPage(adapter: HostAdapter, kind: HostPageKind, url: URL): PageRead {
  const identity = (what: string) => `${adapter.system}|${kind}|${url.href}|${what}`;
  try {
    if (kind === 'case-view') {
      const hostCase = adapter.readCase(document, url);
      return { identity: identity(hostCase.reference), hostCase };
    }
    if (kind === 'case-list') {
      const entries = adapter.readCaseList(document, url);
      return { identity: identity(String(entries.length)), entries };
    }
    return { identity: identity('') };
  } catch (error) {
    return { identity: identity(`unreadable: ${error instanceof Error ? error.message : String(error)}`) };
  }
}

/**
 * Runs the in-page features on the page the host shows now, and follows it: on a single-page
 * app's navigation (WXT's `wxt:locationchange`) or when the host swaps its view in place (a
 * MutationObserver, debounced), the old page's features are released (their scope ends) and the
 * new page's started. The page is read with the adapter that recognises it (a built-in system's,
 * or the one the officer's host rules give its address) and sent to the background in one message,
 * which answers what to draw and the host rules in force; a page the rules give another adapter is
 * read again with that one. Only a page no built-in adapter recognises waits for the rules first.
 * When the background does not answer (still starting), asks again a few times. Answers the
 * background's 'insert-note-in-page' and 'tracked-changed' for the page showing, and draws again
 * when the organisation's managed settings turn out to differ from those last read. Everything is
 * tied to `ctx`.
 *
 * @example
 * export default defineContentScript({ main: (ctx) => followPage(ctx) });
 */
export async function followPage(ctx: ContentScriptContext): Promise<void> {
  /** The officer's host rules as the background last gave them; null until it has. */
  let hosts: HostRule[] | null = null;
  let current: Current | null = null;
  let running = Promise.resolve();
  let retries = 0;
  let retryPending = false;

  /** Asks the background for the host rules; null (said in the console) when it does not answer. */
  const askHosts = async (): Promise<HostRule[] | null> => {
    try {
      ({ hosts } = await sendMessage({ type: 'get-hosts' }));
      return hosts;
    } catch (error) {
      retryLater(error);
      return null;
    }
  };
  /**
   * Asked as soon as the script starts, while the host's page is still loading: it also wakes the
   * background, so the page's one message at DOMContentLoaded finds it running.
   */
  let hostsAsked: Promise<HostRule[] | null> | null = askHosts();

  /** Reads and draws the page again from scratch (the rules or the settings changed). */
  const redraw = () => {
    current?.scope.end();
    current = null;
    schedule();
  };

  /** The background did not answer (not started yet): ask again a few times, further apart each time. */
  function retryLater(error: unknown): void {
    console.warn(`ASB Assist: the background did not answer (${error instanceof Error ? error.message : String(error)}); asking again shortly.`);
    if (retries >= 5 || retryPending) return;
    retries += 1;
    retryPending = true;
    ctx.setTimeout(() => {
      retryPending = false;
      redraw();
    }, 2_000 * retries);
  }

  /** Keeps the host rules an answer carries; a page read with an adapter they do not give it is read again. */
  const ask: AskBackground = async (message) => {
    const answer = await sendMessage(message);
    retries = 0;
    const changed = JSON.stringify(answer.hosts) !== JSON.stringify(hosts);
    hosts = answer.hosts;
    // Read again with the adapter the rules give (only when they changed: never in a loop).
    if (answer.view === null && changed) ctx.setTimeout(redraw, 0);
    return answer.view;
  };

  async function refresh(): Promise<void> {
    // While a retry is on its way, the page waits for it.
    if (ctx.isInvalid || retryPending) return;
    const url = new URL(location.href);
    let adapter = pickAdapter(url, document, hosts ?? []);
    if (!adapter && hosts === null) {
      // No built-in system recognises the page: only the officer's host rules can (a generic host).
      const rules = await (hostsAsked ??= askHosts());
      hostsAsked = null;
      if (!rules) return;
      retries = 0;
      adapter = pickAdapter(url, document, rules);
    }
    const kind = adapter?.pageKind(url, document) ?? null;
    const read = adapter && kind ? readPage(adapter, kind, url) : null;
    if ((read?.identity ?? null) === (current?.identity ?? null)) return;

    current?.scope.end();
    current = null;
    if (!adapter || !kind || !read) return;

    const scope = createPageScope(ctx);
    const page: Current = { identity: read.identity, adapter, kind, scope, banner: null };
    current = page;
    try {
      switch (kind) {
        case 'case-view':
          page.banner = mountCaseBanner(ctx, scope.signal, { adapter, url, ask, ...(read.hostCase ? { hostCase: read.hostCase } : {}) });
          await page.banner;
          break;
        case 'case-list':
          await mountCaseListBadges(ctx, scope.signal, { adapter, entries: read.entries ?? adapter.readCaseList(document, url), url, ask });
          break;
        case 'new-case': {
          const form = adapter.newCaseForm(document);
          if (form) {
            await mountNewCaseTriage(ctx, scope.signal, { adapter, form, url, ask });
            await fillNewCaseFromInbox(ctx, scope.signal, { adapter, form });
          }
          break;
        }
        default:
          kind satisfies never;
      }
    } catch (error) {
      // Nothing drawn: forget this page, so that asking again draws it.
      if (current === page) {
        current = null;
        scope.end();
      }
      retryLater(error);
      return;
    }
    // Where this system's pages are (the inbox opens its new-case form there): told once the page is drawn.
    void sendMessage({ type: 'host-seen', system: adapter.system, name: adapter.name, url: url.href }).catch(() => undefined);
  }

  /** One refresh at a time, in order: a navigation during a mount waits for it. */
  const schedule = () => {
    running = running.then(refresh).catch((error: unknown) => console.warn('ASB Assist:', error));
  };

  let pending: number | undefined;
  const soon = () => {
    if (pending !== undefined) clearTimeout(pending);
    pending = ctx.setTimeout(schedule, 150);
  };

  const stopListening = onMessage({
    'insert-note-in-page': (message) => {
      if (current?.kind !== 'case-view') return PASS;
      const field = current.adapter.notesField(document);
      if (!field) return PASS;
      const inserted = insertNote(field, message.text);
      // The entry type the host's own vocabulary gives the event, where its form has one.
      if (inserted.inserted && message.event) chooseNoteType(current.adapter.noteTypeField(document), current.adapter.vocabulary, message.event);
      return inserted;
    },
    'tracked-changed': (message) => {
      const banner = current?.banner;
      if (!banner) return PASS;
      return banner.then(async (handle) => {
        if (!handle || handle.key !== message.key) return { refreshed: false };
        await handle.refresh();
        return { refreshed: true };
      });
    },
  });
  ctx.onInvalidated(stopListening);

  // The page was drawn at once with the organisation's settings as last read (the browser can take
  // seconds to give them: settings/managed-reader.ts); when they arrive and differ, redraw.
  const onStorageChanged = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    const change = changes[MANAGED_CACHE_KEY];
    if (area !== 'local' || !change || JSON.stringify(change.oldValue ?? {}) === JSON.stringify(change.newValue ?? {})) return;
    hosts = null;
    hostsAsked = askHosts();
    redraw();
  };
  browser.storage.onChanged.addListener(onStorageChanged);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorageChanged));

  // The script runs at document_start (its own start-up overlaps the page's loading); the page is
  // read once its HTML is parsed.
  if (document.readyState === 'loading') {
    await new Promise<void>((resolve) => ctx.addEventListener(document, 'DOMContentLoaded', () => resolve(), { once: true }));
  }
  if (ctx.isInvalid) return;
  ctx.addEventListener(window, 'wxt:locationchange', soon);
  const observer = new MutationObserver((records) => {
    if (records.every(ownUiOnly)) return;
    soon();
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    current?.scope.end();
  });

  schedule();
  await running;
}
