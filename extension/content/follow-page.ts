import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CaseListEntry, HostAdapter, HostPageKind } from '../hosts/host-adapter.ts';
import type { HostCase } from '../hosts/host-case.ts';
import { pickAdapter } from '../hosts/registry.ts';
import { PASS, onMessage, sendMessage } from '../messaging/messaging.ts';
import { MANAGED_CACHE_KEY } from '../settings/managed-reader.ts';
import { mountCaseBanner, type CaseBannerHandle } from './case-banner.tsx';
import { mountCaseListBadges } from './case-list-badges.ts';
import type { ExtensionContext } from '../messaging/messages.ts';
import { loadExtensionContext } from './extension-context.ts';
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
 * new page's started. Answers the background's 'insert-note-in-page' and 'tracked-changed' for the
 * page showing, and redraws when the organisation's managed settings turn out to differ from those
 * last read. Everything is tied to `ctx`.
 *
 * @example
 * export default defineContentScript({ main: (ctx) => followPage(ctx) });
 */
export async function followPage(ctx: ContentScriptContext): Promise<void> {
  let context: ExtensionContext | null = null;
  let current: Current | null = null;
  let running = Promise.resolve();
  let retries = 0;
  let retryPending = false;

  /** Asks the background for the context again; when it answers, redraws the page with it. */
  async function reload(): Promise<boolean> {
    const answer = await loadExtensionContext();
    if (!answer) return false;
    context = answer;
    current?.scope.end();
    current = null;
    await refresh();
    return true;
  }

  /** The background may still be starting: ask again a few times, and redraw with its answer. */
  function retryContext(): void {
    if (retries >= 5 || retryPending) return;
    retries += 1;
    retryPending = true;
    ctx.setTimeout(() => {
      retryPending = false;
      running = running
        .then(async () => {
          if (!(await reload())) retryContext();
        })
        .catch((error: unknown) => console.warn('ASB Assist:', error));
    }, 2_000 * retries);
  }

  async function refresh(): Promise<void> {
    if (ctx.isInvalid) return;
    const url = new URL(location.href);
    // While the background is asked for the context (first page), the page is read with the
    // adapter that recognises it on its own; kept if the context's host rules pick the same one.
    let early: { adapter: HostAdapter; kind: HostPageKind; read: PageRead } | null = null;
    if (!context) {
      // Without the background's answer nothing is shown; a retry is on its way.
      if (retryPending) return;
      const asked = loadExtensionContext();
      const guess = pickAdapter(url, document, []);
      const guessKind = guess?.pageKind(url, document) ?? null;
      if (guess && guessKind) early = { adapter: guess, kind: guessKind, read: readPage(guess, guessKind, url) };
      context = await asked;
      if (!context) {
        retryContext();
        return;
      }
    }
    const adapter = pickAdapter(url, document, context.hosts ?? []);
    const kind = adapter?.pageKind(url, document) ?? null;
    const read = adapter && kind ? (early && early.adapter === adapter && early.kind === kind ? early.read : readPage(adapter, kind, url)) : null;
    if ((read?.identity ?? null) === (current?.identity ?? null)) return;

    current?.scope.end();
    current = null;
    if (!adapter || !kind || !read) return;

    const scope = createPageScope(ctx);
    const page: Current = { identity: read.identity, adapter, kind, scope, banner: null };
    current = page;
    // Where this system's pages are: the inbox opens its new-case form there.
    void sendMessage({ type: 'host-seen', system: adapter.system, name: adapter.name, url: url.href }).catch(() => undefined);
    switch (kind) {
      case 'case-view':
        page.banner = mountCaseBanner(ctx, scope.signal, { adapter, context, url, ...(read.hostCase ? { hostCase: read.hostCase } : {}) });
        await page.banner;
        break;
      case 'case-list':
        await mountCaseListBadges(ctx, scope.signal, { adapter, entries: read.entries ?? adapter.readCaseList(document, url), context });
        break;
      case 'new-case': {
        const form = adapter.newCaseForm(document);
        if (form) {
          await mountNewCaseTriage(ctx, scope.signal, { adapter, form, context });
          await fillNewCaseFromInbox(ctx, scope.signal, { adapter, form });
        }
        break;
      }
      default:
        kind satisfies never;
    }
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
    running = running
      .then(async () => void (await reload()))
      .catch((error: unknown) => console.warn('ASB Assist:', error));
  };
  browser.storage.onChanged.addListener(onStorageChanged);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorageChanged));

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
