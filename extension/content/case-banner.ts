import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BannerView, MismatchView } from '../cases/banner-view.ts';
import type { HostAdapter } from '../hosts/host-adapter.ts';
import type { HostCase } from '../hosts/host-case.ts';
import { caseKey } from '../hosts/case-key.ts';
import { sendMessage } from '../messaging/messaging.ts';
import type { AskBackground } from './ask-background.ts';
import { element } from './element.ts';
import { PANEL_CSS } from './in-page-styles.ts';
import { mountShadowUi } from './mount-shadow-ui.ts';
import { onNewHour } from './on-new-hour.ts';

/** What the banner shows now, and what its buttons do. */
export interface CaseBannerState {
  reference: string | null;
  /** What the background worked out for the case (see bannerView); null when the case could not be read. */
  view: BannerView | null;
  /** Something the officer should know went wrong here (could not read the case, panel not opened). */
  problem: string | null;
  /** False once the officer hid the details. */
  open: boolean;
  onToggle: (() => void) | null;
  /** Opens the side panel on the case (also the mismatch prompt's "Raise the level"); null: no button. */
  onOpen: (() => void) | null;
}

/**
 * The prompt that must not be missed: the description points higher than the recorded category.
 * `compact` (the officer hid the details) keeps its title and headline. `onRaise` opens the side
 * panel on the case, where the officer changes the level with a reason (the level history).
 */
function mismatchAlert(doc: Document, mismatch: MismatchView, compact: boolean, onRaise: (() => void) | null): HTMLElement {
  const phrases = mismatch.phrases.flatMap((phrase, i) => [i > 0 ? ', ' : null, element(doc, 'q', null, phrase)]);
  return element(
    doc,
    'div',
    { class: 'asb-alert', role: 'alert' },
    element(doc, 'p', { class: 'asb-alert__title' }, 'Check the category'),
    element(doc, 'p', { class: 'asb-alert__headline' }, `${mismatch.headline}.`),
    !compact && mismatch.phrases.length > 0 && element(doc, 'p', null, 'The description says: ', ...phrases, '.'),
    !compact && element(doc, 'p', null, mismatch.requirement),
    !compact && mismatch.actions.length > 0 && element(doc, 'ul', null, ...mismatch.actions.map((action) => element(doc, 'li', null, action))),
    // The same action as in the side panel: the level changes there, with a reason, and its history is kept.
    !compact &&
      onRaise &&
      element(doc, 'div', { class: 'asb-actions' }, element(doc, 'button', { type: 'button', class: 'asb-button', 'data-focus': 'raise', onclick: onRaise }, 'Raise the level in ASB Assist')),
  );
}

/**
 * Draws the case-view banner into `container`: level, flags, the next deadline, a button for the
 * side panel, and the mismatch prompt above them. Draws only: everything it shows was worked out
 * in the background (bannerView). Plain elements with text set as text (no framework: the banner
 * is drawn as the host's page loads, where a first render's cost is the page's). Drawing again
 * keeps the focus on the button that had it.
 *
 * @example
 * drawCaseBanner(container, { reference: 'ASB/2026/00412', view: banner, problem: null, open: true, onToggle, onOpen })
 * container.textContent //=> 'Check the category… ASB Assist · ASB/2026/00412 Hide Level 1 High Risk Hate incident Contact the complainant: due today Open ASB Assist'
 */
export function drawCaseBanner(container: HTMLElement, state: CaseBannerState): void {
  const doc = container.ownerDocument;
  const { reference, view, open, onToggle, onOpen } = state;
  const root = container.getRootNode() as Document | ShadowRoot;
  const focused = root.activeElement?.getAttribute('data-focus') ?? null;
  const level = view?.level ?? null;
  const next = view?.next ?? null;
  const flags = view?.flags ?? [];
  const problem = state.problem ?? view?.problem ?? null;
  const body = element(
    doc,
    'div',
    { class: 'asb-body' },
    level?.kind === 'unknown' && element(doc, 'p', { class: 'asb-level asb-level--outside' }, 'Category not recognised: open ASB Assist to triage this case'),
    level?.kind === 'outside' && element(doc, 'p', { class: 'asb-level asb-level--outside' }, `Outside the ASB policy: ${level.route}`),
    level?.kind === 'asb' && element(doc, 'p', { class: `asb-level asb-level--${level.level ?? 'outside'}` }, level.label),
    flags.length > 0 && element(doc, 'ul', { class: 'asb-flags', 'aria-label': 'Flags' }, ...flags.map((f) => element(doc, 'li', null, f))),
    next && element(doc, 'p', { class: `asb-deadline${next.tone ? ` asb-deadline--${next.tone}` : ''}` }, next.text),
    view?.categoryUnknown && element(doc, 'p', { class: 'asb-note' }, 'The recorded category is not one ASB Assist knows: the level comes from the description.'),
    onOpen && element(doc, 'div', { class: 'asb-actions' }, element(doc, 'button', { type: 'button', class: 'asb-button', 'data-focus': 'open', onclick: onOpen }, 'Open ASB Assist')),
  );
  const aside = element(
    doc,
    'aside',
    { class: 'asb', 'aria-label': 'ASB Assist' },
    // Hiding the details shortens the prompt but never removes it.
    view?.mismatch && mismatchAlert(doc, view.mismatch, !open, onOpen),
    element(
      doc,
      'div',
      { class: 'asb-head' },
      element(doc, 'p', { class: 'asb-brand' }, `ASB Assist${reference ? ` · ${reference}` : ''}`),
      element(doc, 'button', { type: 'button', class: 'asb-toggle', 'aria-expanded': String(open), 'data-focus': 'toggle', ...(onToggle ? { onclick: onToggle } : {}) }, open ? 'Hide' : 'Show'),
    ),
    open && body,
    problem && element(doc, 'p', { class: 'asb-problem', role: 'status' }, problem),
  );
  container.replaceChildren(aside);
  if (focused) container.querySelector<HTMLElement>(`[data-focus="${focused}"]`)?.focus();
}

/** What the page watcher can ask of a mounted banner. */
export interface CaseBannerHandle {
  key: string;
  /** Asks the background for the banner again (a step was ticked in the side panel) and redraws. */
  refresh(): Promise<void>;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The case-view feature: reads the case (or takes it as the page watcher read it), sends it to the
 * background in one message, which stores it and answers the banner (with the mismatch prompt when
 * the description points higher than the category), and draws that. Asks again when the side panel
 * records something (refresh) and each hour (a new day begins on the hour). Nothing is drawn when the background gives
 * no banner (see AskBackground). Everything is released when `signal` aborts.
 *
 * @example
 * await mountCaseBanner(ctx, signal, { adapter: activeHAdapter, url: new URL(location.href), ask })
 * //=> { key: 'activeh:ASB/2026/00412', refresh }
 */
export async function mountCaseBanner(
  ctx: ContentScriptContext,
  signal: AbortSignal,
  input: { adapter: HostAdapter; url: URL; hostCase?: HostCase; ask: AskBackground },
): Promise<CaseBannerHandle | null> {
  const { adapter, url, ask } = input;
  let hostCase: HostCase;
  try {
    hostCase = input.hostCase ?? adapter.readCase(document, url);
  } catch (error) {
    console.warn(`ASB Assist: could not read this ${adapter.name} case: ${message(error)}`);
    const problem = `ASB Assist could not read this case: ${message(error)}`;
    let open = true;
    const draw = (container: HTMLElement) => drawCaseBanner(container, { reference: null, view: null, problem, open, onOpen: null, onToggle });
    const onToggle = () => {
      open = !open;
      failed?.update(draw);
    };
    const failed = mountShadowUi(ctx, signal, { name: 'banner', css: PANEL_CSS, anchor: document.body, append: 'first', view: draw });
    return null;
  }

  const key = caseKey(adapter.system, hostCase.reference);
  let view = await ask({ type: 'show-case', url: url.href, case: hostCase, store: true });
  if (!view || signal.aborted) return null;
  let problem: string | null = null;
  let open = true;
  const toggle = () => {
    open = !open;
    ui?.update(draw);
  };
  const draw = (container: HTMLElement) => drawCaseBanner(container, { reference: hostCase.reference, view, problem, open, onToggle: toggle, onOpen: openPanel });

  function openPanel() {
    sendMessage({ type: 'open-side-panel', key }).then(
      (answer) => {
        problem = answer.opened ? null : 'The side panel cannot open from here: use the ASB Assist button in the toolbar.';
        ui?.update(draw);
      },
      (error: unknown) => {
        console.warn(`ASB Assist: ${message(error)}`);
        problem = 'The side panel did not open: use the ASB Assist button in the toolbar.';
        ui?.update(draw);
      },
    );
  }

  const ui = mountShadowUi(ctx, signal, { name: 'banner', css: PANEL_CSS, anchor: document.body, append: 'first', view: draw });
  if (!ui) return null;

  async function refresh(): Promise<void> {
    try {
      const again = await ask({ type: 'show-case', url: url.href, case: hostCase, store: false });
      if (!again || signal.aborted) return;
      view = again;
      ui?.update(draw);
    } catch (error) {
      console.warn(`ASB Assist: could not refresh this case (${message(error)}).`);
    }
  }

  // Deadlines are counted in days: ask again when a new day may have begun while the page is open.
  onNewHour(ctx, signal, () => void refresh());

  return { key, refresh };
}
