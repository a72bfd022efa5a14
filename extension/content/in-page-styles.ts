/**
 * The in-page UI's CSS, passed to each shadow root (no stylesheet file: the content script is
 * registered at run time for the officer's own origins, so it has no web-accessible CSS to fetch).
 * Pixel sizes, not rem: the host page's root font size must not change ours. Colours meet WCAG AA
 * contrast; focus is the GOV.UK yellow.
 */

const BASE = `
:host { all: initial !important; }
.asb, .asb * { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.asb p { margin: 0; }
.asb-vh { position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important; padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; white-space: nowrap !important; border: 0 !important; }
.asb button:focus-visible { outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: 0 0 0 6px #0b0c0c; }
`;

/**
 * The case-view banner and the new-case triage panel: fixed top right, over the page, never in its flow.
 *
 * @example
 * mountShadowUi(ctx, signal, { name: 'banner', css: PANEL_CSS, anchor: document.body, append: 'first', view })
 */
export const PANEL_CSS = `${BASE}
:host { position: fixed !important; top: 12px !important; right: 12px !important; z-index: 2147483646 !important; display: block !important; width: min(420px, calc(100vw - 24px)) !important; }
.asb { font-size: 14px; line-height: 1.4; color: #0b0c0c; background: #ffffff; border: 2px solid #0b0c0c; border-radius: 6px; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.3); overflow: hidden; max-height: calc(100vh - 24px); overflow-y: auto; }
.asb-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; padding: 6px 10px; background: #0b505c; color: #ffffff; }
.asb-brand { font-weight: 700; font-size: 13px; }
.asb-body { padding: 10px 12px; display: grid; gap: 6px; }
.asb-level { font-size: 17px; font-weight: 700; padding-left: 8px; border-left: 6px solid #505a5f; }
.asb-level--high { border-left-color: #a4161a; }
.asb-level--medium { border-left-color: #b35c00; }
.asb-level--low { border-left-color: #1d6b3a; }
.asb-level--outside { border-left-color: #505a5f; font-size: 15px; }
.asb-flags { display: flex; flex-wrap: wrap; gap: 4px; margin: 0; padding: 0; list-style: none; }
.asb-flags li { font-size: 12px; font-weight: 700; padding: 1px 8px; border-radius: 10px; background: #f3e3e4; color: #6b0e11; }
.asb-deadline { font-weight: 600; }
.asb-deadline--overdue { color: #a4161a; }
.asb-deadline--today { color: #7a3e00; }
.asb-note { font-size: 13px; color: #383f43; }
.asb-actions { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 2px; }
.asb-button { font: inherit; font-weight: 700; font-size: 14px; color: #ffffff; background: #0b505c; border: 2px solid #0b505c; border-radius: 4px; padding: 5px 12px; cursor: pointer; }
.asb-button:hover { background: #083d46; }
.asb-toggle { font: inherit; font-size: 13px; color: #ffffff; background: transparent; border: 1px solid #ffffff; border-radius: 4px; padding: 1px 8px; cursor: pointer; }
.asb-alert { background: #a4161a; color: #ffffff; padding: 10px 12px; display: grid; gap: 6px; border-bottom: 4px solid #0b0c0c; }
.asb-alert__title { font-size: 17px; font-weight: 800; letter-spacing: 0.01em; }
.asb-alert__headline { font-weight: 700; }
.asb-alert ul { margin: 0; padding-left: 18px; }
.asb-alert q { font-style: italic; }
.asb-problem { background: #fff4d6; color: #0b0c0c; padding: 8px 12px; font-size: 13px; }
`;

/**
 * A case-list badge: in the page's flow at the end of the reference's cell, in a space of its own
 * (an inline block after the link), so it never covers the next column: the host's table makes
 * room for it, as it would for a longer reference.
 *
 * @example
 * mountShadowUis(ctx, signal, { name: 'badge', css: BADGE_CSS }, entries.map((e) => ({ anchor: e.badgeSlot, append: 'last', view: (c) => drawBadge(c, badgeOf(e)) })))
 */
export const BADGE_CSS = `${BASE}
:host { position: static !important; display: inline-block !important; margin: 0 0 0 6px !important; vertical-align: baseline !important; white-space: nowrap !important; }
.asb-badge { display: inline-block; font-size: 11px; line-height: 16px; font-weight: 700; padding: 0 6px; border-radius: 8px; color: #ffffff; background: #505a5f; white-space: nowrap; }
.asb-badge--ok { background: #1d6b3a; }
.asb-badge--soon { background: #ffdd00; color: #0b0c0c; }
.asb-badge--overdue { background: #a4161a; }
.asb-badge--neutral { background: #505a5f; }
`;
