import { useState } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BannerView, MismatchView } from '../cases/banner-view.ts';
import type { HostAdapter } from '../hosts/host-adapter.ts';
import type { HostCase } from '../hosts/host-case.ts';
import { caseKey } from '../hosts/case-key.ts';
import { sendMessage } from '../messaging/messaging.ts';
import type { AskBackground } from './ask-background.ts';
import { PANEL_CSS } from './in-page-styles.ts';
import { mountShadowUi } from './mount-shadow-ui.ts';
import { onNewHour } from './on-new-hour.ts';

/**
 * The prompt that must not be missed: the description points higher than the recorded category.
 * `compact` (the officer hid the details) keeps its title and headline. `onRaise` opens the side
 * panel on the case, where the officer changes the level with a reason (the level history).
 *
 * @example
 * render(<MismatchAlert mismatch={banner.mismatch} />, container)
 * //=> <div role="alert">Check the category … Recorded as "ASB - Noise", but …</div>
 */
export function MismatchAlert({ mismatch, compact = false, onRaise = null }: { mismatch: MismatchView; compact?: boolean; onRaise?: (() => void) | null }) {
  return (
    <div class="asb-alert" role="alert">
      <p class="asb-alert__title">Check the category</p>
      <p class="asb-alert__headline">{mismatch.headline}.</p>
      {!compact && mismatch.phrases.length > 0 && (
        <p>
          The description says:{' '}
          {mismatch.phrases.map((phrase, i) => (
            <span key={phrase}>
              {i > 0 && ', '}
              <q>{phrase}</q>
            </span>
          ))}
          .
        </p>
      )}
      {!compact && <p>{mismatch.requirement}</p>}
      {!compact && mismatch.actions.length > 0 && (
        <ul>
          {mismatch.actions.map((action) => (
            <li key={action}>{action}</li>
          ))}
        </ul>
      )}
      {!compact && onRaise && (
        <div class="asb-actions">
          {/* The same action as in the side panel: the level changes there, with a reason, and its history is kept. */}
          <button type="button" class="asb-button" onClick={onRaise}>
            Raise the level in ASB Assist
          </button>
        </div>
      )}
    </div>
  );
}

interface CaseBannerProps {
  reference: string | null;
  /** What the background worked out for the case (see bannerView); null when the case could not be read. */
  view: BannerView | null;
  /** Something the officer should know went wrong here (could not read the case, panel not opened). */
  problem: string | null;
  onOpen: (() => void) | null;
}

/**
 * The case-view banner: level, flags, the next deadline, a button for the side panel. Draws only:
 * everything it shows was worked out in the background (bannerView).
 *
 * @example
 * render(<CaseBanner reference="ASB/2026/00412" view={banner} problem={null} onOpen={open} />, container)
 * //=> <aside aria-label="ASB Assist">… Level 1 High Risk … Contact the complainant: due today …</aside>
 */
export function CaseBanner({ reference, view, problem, onOpen }: CaseBannerProps) {
  const [open, setOpen] = useState(true);
  const level = view?.level ?? null;
  const next = view?.next ?? null;
  const flags = view?.flags ?? [];
  const shownProblem = problem ?? view?.problem ?? null;
  return (
    <aside class="asb" aria-label="ASB Assist">
      {/* Hiding the details shortens the prompt but never removes it. */}
      {view?.mismatch && <MismatchAlert mismatch={view.mismatch} compact={!open} onRaise={onOpen} />}
      <div class="asb-head">
        <p class="asb-brand">ASB Assist{reference ? ` · ${reference}` : ''}</p>
        <button type="button" class="asb-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Show'}
        </button>
      </div>
      {open && (
        <div class="asb-body">
          {level?.kind === 'unknown' && <p class="asb-level asb-level--outside">Category not recognised: open ASB Assist to triage this case</p>}
          {level?.kind === 'outside' && <p class="asb-level asb-level--outside">Outside the ASB policy: {level.route}</p>}
          {level?.kind === 'asb' && <p class={`asb-level asb-level--${level.level ?? 'outside'}`}>{level.label}</p>}
          {flags.length > 0 && (
            <ul class="asb-flags" aria-label="Flags">
              {flags.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          )}
          {next && <p class={`asb-deadline ${next.tone ? `asb-deadline--${next.tone}` : ''}`}>{next.text}</p>}
          {view?.categoryUnknown && <p class="asb-note">The recorded category is not one ASB Assist knows: the level comes from the description.</p>}
          {onOpen && (
            <div class="asb-actions">
              <button type="button" class="asb-button" onClick={onOpen}>
                Open ASB Assist
              </button>
            </div>
          )}
        </div>
      )}
      {shownProblem && (
        <p class="asb-problem" role="status">
          {shownProblem}
        </p>
      )}
    </aside>
  );
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
    mountShadowUi(ctx, signal, {
      name: 'banner',
      css: PANEL_CSS,
      anchor: document.body,
      append: 'first',
      view: <CaseBanner reference={null} view={null} onOpen={null} problem={`ASB Assist could not read this case: ${message(error)}`} />,
    });
    return null;
  }

  const key = caseKey(adapter.system, hostCase.reference);
  let view = await ask({ type: 'show-case', url: url.href, case: hostCase, store: true });
  if (!view || signal.aborted) return null;
  let problem: string | null = null;
  const draw = () => <CaseBanner reference={hostCase.reference} view={view} problem={problem} onOpen={openPanel} />;

  function openPanel() {
    sendMessage({ type: 'open-side-panel', key }).then(
      (answer) => {
        problem = answer.opened ? null : 'The side panel cannot open from here: use the ASB Assist button in the toolbar.';
        ui?.update(draw());
      },
      (error: unknown) => {
        console.warn(`ASB Assist: ${message(error)}`);
        problem = 'The side panel did not open: use the ASB Assist button in the toolbar.';
        ui?.update(draw());
      },
    );
  }

  const ui = mountShadowUi(ctx, signal, { name: 'banner', css: PANEL_CSS, anchor: document.body, append: 'first', view: draw() });
  if (!ui) return null;

  async function refresh(): Promise<void> {
    try {
      const again = await ask({ type: 'show-case', url: url.href, case: hostCase, store: false });
      if (!again || signal.aborted) return;
      view = again;
      ui?.update(draw());
    } catch (error) {
      console.warn(`ASB Assist: could not refresh this case (${message(error)}).`);
    }
  }

  // Deadlines are counted in days: ask again when a new day may have begun while the page is open.
  onNewHour(ctx, signal, () => void refresh());

  return { key, refresh };
}
