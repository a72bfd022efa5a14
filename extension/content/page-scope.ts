import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The lifetime of one page (one case view, list or form) within the content script's. */
export interface PageScope {
  /** Aborts when the page changes (SPA navigation) or when WXT invalidates the content script. */
  signal: AbortSignal;
  /** Ends this page's scope: every listener, timer, observer and UI tied to it goes. */
  end(): void;
}

/**
 * A scope for the features of the page now showing, ended by the page watcher when the page
 * changes and, through `ctx.signal`, by WXT when the extension is updated or removed. Features
 * pass `signal` to `addEventListener` and clear their timers on its abort.
 *
 * @example
 * const scope = createPageScope(ctx);
 * button.addEventListener('click', onClick, { signal: scope.signal });
 * scope.end(); // the listener is gone
 */
export function createPageScope(ctx: ContentScriptContext): PageScope {
  const own = new AbortController();
  return { signal: AbortSignal.any([ctx.signal, own.signal]), end: () => own.abort() };
}
