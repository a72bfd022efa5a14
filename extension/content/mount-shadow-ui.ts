import { render, type ComponentChild } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Tag names of the in-page UI's shadow hosts all start with this (the page watcher skips them).
 *
 * @example
 * `${UI_TAG_PREFIX}banner` //=> 'asb-assist-banner'
 */
export const UI_TAG_PREFIX = 'asb-assist-';

/**
 * What a piece of in-page UI shows: a Preact view, or a function that draws plain elements into
 * the container (for UI repeated hundreds of times, such as a list's badges, where Preact's render
 * per copy is most of the cost). Either way host-page text is set as text, never parsed as HTML.
 */
export type ShadowView = ComponentChild | ((container: HTMLElement) => void);

/** A mounted piece of in-page UI. */
export interface ShadowUi {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Draws a new view into the same shadow root. */
  update(view: ShadowView): void;
}

/** Where one piece of UI goes, and what it shows first. */
export interface ShadowUiPlace {
  anchor: Element;
  append: 'first' | 'last' | 'before' | 'after';
  view: ShadowView;
}

/** One constructed style sheet per CSS text, shared by every shadow root that shows it. */
const sheets = new Map<string, CSSStyleSheet | null>();

/**
 * Styles a shadow root with `css`: adopts the one constructed sheet for that text (a list's
 * hundreds of badges share one sheet, parsed once), or, where the browser cannot adopt a sheet made
 * by a content script, a `<style>` of its own.
 */
function styleShadow(shadow: ShadowRoot, css: string): void {
  let sheet = sheets.get(css);
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
    sheets.set(css, sheet);
  }
  if (sheet) {
    try {
      shadow.adoptedStyleSheets = [sheet];
      if (shadow.adoptedStyleSheets.length === 1) return;
    } catch {
      sheets.set(css, null);
    }
  }
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = css;
  shadow.prepend(style);
}

function draw(view: ShadowView, container: HTMLElement): void {
  if (typeof view === 'function') view(container);
  else render(view, container);
}

function place(host: HTMLElement, { anchor, append }: ShadowUiPlace): void {
  switch (append) {
    case 'first':
      anchor.prepend(host);
      break;
    case 'last':
      anchor.append(host);
      break;
    case 'before':
      anchor.before(host);
      break;
    case 'after':
      anchor.after(host);
      break;
    default:
      append satisfies never;
  }
}

/**
 * Mounts one view per place (Preact, or plain elements: {@link ShadowView}), each in its own open shadow root (so nothing of the host
 * page's CSS reaches it and nothing of ours leaks out), all at once: every host element is built
 * and rendered first, then put in the page in one go, so the page lays out once however many
 * there are (a case list's badges). The UIs are removed when `signal` aborts (the page changed)
 * or when WXT invalidates `ctx` (the extension was updated). Null when the signal has already
 * aborted. The same shadow root as WXT's `createShadowRootUi` (`position: 'inline'`), without its
 * asynchronous steps: styled with `css` (which starts with `:host { all: initial }`, see
 * in-page-styles.ts; one constructed sheet shared by all, see styleShadow), then a `<div>` the view
 * renders into.
 *
 * @example
 * const uis = mountShadowUis(ctx, signal, { name: 'badge', css: BADGE_CSS }, rows.map((r) => ({ anchor: r.badgeSlot, append: 'last', view: (c) => drawBadge(c, r.badge) })));
 * uis?.length //=> rows.length
 */
export function mountShadowUis(
  ctx: ContentScriptContext,
  signal: AbortSignal,
  options: { name: string; css: string },
  places: readonly ShadowUiPlace[],
): ShadowUi[] | null {
  if (signal.aborted || ctx.isInvalid) return null;
  const tag = `${UI_TAG_PREFIX}${options.name}`;
  const built = places.map((where) => {
    const host = document.createElement(tag);
    const shadow = host.attachShadow({ mode: 'open' });
    const container = document.createElement('div');
    shadow.append(container);
    styleShadow(shadow, options.css);
    draw(where.view, container);
    return { host, shadow, container, where };
  });
  for (const { host, where } of built) place(host, where);

  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    for (const { host, container } of built) {
      render(null, container);
      host.remove();
    }
  };
  signal.addEventListener('abort', remove, { once: true });
  ctx.onInvalidated(remove);
  return built.map(({ host, shadow, container }) => ({ host, shadow, update: (view: ShadowView) => draw(view, container) }));
}

/**
 * Mounts one Preact view in an open shadow root at `anchor` (see {@link mountShadowUis}). Removed
 * when `signal` aborts or WXT invalidates `ctx`; null when the signal has already aborted.
 *
 * @example
 * const ui = mountShadowUi(ctx, signal, { name: 'banner', css: PANEL_CSS, anchor: document.body, append: 'first', view: <Banner /> });
 * ui?.host.tagName //=> 'ASB-ASSIST-BANNER'
 */
export function mountShadowUi(
  ctx: ContentScriptContext,
  signal: AbortSignal,
  options: { name: string; css: string } & ShadowUiPlace,
): ShadowUi | null {
  const { name, css, ...where } = options;
  return mountShadowUis(ctx, signal, { name, css }, [where])?.[0] ?? null;
}
