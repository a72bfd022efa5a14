import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { HostAdapter, HostPageKind } from '../hosts/host-adapter.ts';
import { pickAdapter } from '../hosts/registry.ts';
import { PASS, onMessage } from '../messaging.ts';
import { mountCaseBanner, type CaseBannerHandle } from './case-banner.tsx';
import { mountCaseListBadges } from './case-list-badges.tsx';
import { loadExtensionContext, type LoadedContext } from './extension-context.ts';
import { insertNote } from './insert-note.ts';
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

/** True when a mutation touched only the extension's own UI. */
function ownUiOnly(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((n) => n instanceof Element && n.tagName.toLowerCase().startsWith(UI_TAG_PREFIX));
}

/** What the page shows, cheaply: enough to notice that a single-page app swapped its view. */
function identify(adapter: HostAdapter, kind: HostPageKind, url: URL): string {
  let what = '';
  try {
    if (kind === 'case-view') what = adapter.readCase(document, url).reference;
    else if (kind === 'case-list') what = String(adapter.readCaseList(document, url).length);
  } catch (error) {
    what = `unreadable: ${error instanceof Error ? error.message : String(error)}`;
  }
  return `${adapter.system}|${kind}|${url.href}|${what}`;
}

/**
 * Runs the in-page features on the page the host shows now, and follows it: on a single-page
 * app's navigation (WXT's `wxt:locationchange`) or when the host swaps its view in place (a
 * MutationObserver, debounced), the old page's features are released (their scope ends) and the
 * new page's started. Answers the background's 'insert-note-in-page' and 'tracked-changed' for the
 * page showing. Everything is tied to `ctx`.
 *
 * @example
 * export default defineContentScript({ main: (ctx) => followPage(ctx) });
 */
export async function followPage(ctx: ContentScriptContext): Promise<void> {
  let context: LoadedContext | null = null;
  let current: Current | null = null;
  let running = Promise.resolve();
  let retries = 0;

  /** The background may still be starting: ask again a few times, and redraw with its answer. */
  function retryContext(): void {
    if (retries >= 5) return;
    retries += 1;
    ctx.setTimeout(() => {
      running = running
        .then(async () => {
          const answer = await loadExtensionContext();
          if (answer.source === 'fallback') return retryContext();
          context = answer;
          current?.scope.end();
          current = null;
          await refresh();
        })
        .catch((error: unknown) => console.warn('ASB Assist:', error));
    }, 2_000 * retries);
  }

  async function refresh(): Promise<void> {
    if (ctx.isInvalid) return;
    if (!context) {
      context = await loadExtensionContext();
      if (context.source === 'fallback') retryContext();
    }
    const url = new URL(location.href);
    const adapter = pickAdapter(url, document, context.hosts ?? []);
    const kind = adapter?.pageKind(url, document) ?? null;
    const identity = adapter && kind ? identify(adapter, kind, url) : null;
    if (identity === (current?.identity ?? null)) return;

    current?.scope.end();
    current = null;
    if (!adapter || !kind || !identity) return;

    const scope = createPageScope(ctx);
    const page: Current = { identity, adapter, kind, scope, banner: null };
    current = page;
    switch (kind) {
      case 'case-view':
        page.banner = mountCaseBanner(ctx, scope.signal, { adapter, context, url });
        await page.banner;
        break;
      case 'case-list':
        await mountCaseListBadges(ctx, scope.signal, { adapter, entries: adapter.readCaseList(document, url), context });
        break;
      case 'new-case': {
        const form = adapter.newCaseForm(document);
        if (form) await mountNewCaseTriage(ctx, scope.signal, { adapter, form, context });
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
      return insertNote(field, message.text);
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
