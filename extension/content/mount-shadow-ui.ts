import { render, type ComponentChild } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';

/**
 * Tag names of the in-page UI's shadow hosts all start with this (the page watcher skips them).
 *
 * @example
 * `${UI_TAG_PREFIX}banner` //=> 'asb-assist-banner'
 */
export const UI_TAG_PREFIX = 'asb-assist-';

/** A mounted piece of in-page UI. */
export interface ShadowUi {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Renders a new view into the same shadow root. */
  update(view: ComponentChild): void;
}

/**
 * Mounts a Preact view in an open shadow root (WXT `createShadowRootUi`, so nothing of the host
 * page's CSS reaches it and nothing of ours leaks out) at `anchor`. The UI is removed when
 * `signal` aborts (the page changed) or when WXT invalidates `ctx` (the extension was updated).
 * Null when the signal aborted while mounting.
 *
 * @example
 * const ui = await mountShadowUi(ctx, signal, { name: 'banner', css: PANEL_CSS, anchor: document.body, append: 'first', view: <Banner /> });
 * ui?.host.tagName //=> 'ASB-ASSIST-BANNER'
 */
export async function mountShadowUi(
  ctx: ContentScriptContext,
  signal: AbortSignal,
  options: { name: string; css: string; anchor: Element; append: 'first' | 'last' | 'before' | 'after'; view: ComponentChild },
): Promise<ShadowUi | null> {
  if (signal.aborted) return null;
  const ui = await createShadowRootUi(ctx, {
    name: `${UI_TAG_PREFIX}${options.name}`,
    mode: 'open',
    position: 'inline',
    css: options.css,
    anchor: options.anchor,
    append: options.append,
    onMount: (container) => {
      render(options.view, container);
      return container;
    },
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
  if (signal.aborted || ctx.isInvalid) return null;
  ui.mount();
  signal.addEventListener('abort', () => ui.remove(), { once: true });
  return {
    host: ui.shadowHost,
    shadow: ui.shadow,
    update: (view) => render(view, ui.uiContainer),
  };
}
