import { useState } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { toLondonDate } from '../../core/index.ts';
import { assessCase, type CaseAssessment, type Mismatch } from '../cases/assess-case.ts';
import type { HostAdapter } from '../hosts/host-adapter.ts';
import type { HostCase } from '../hosts/host-case.ts';
import { caseKey } from '../hosts/case-key.ts';
import { recordsSomething, type TrackedFacts } from '../hosts/tracked-facts.ts';
import type { ExtensionContext } from '../messaging/messages.ts';
import { sendMessage } from '../messaging/messaging.ts';
import { flagWords } from '../cases/flag-words.ts';
import { PANEL_CSS } from './in-page-styles.ts';
import { mountShadowUi } from './mount-shadow-ui.ts';

/**
 * The prompt that must not be missed: the description points higher than the recorded category.
 * `compact` (the officer hid the details) keeps its title and headline. `onRaise` opens the side
 * panel on the case, where the officer changes the level with a reason (the level history).
 *
 * @example
 * render(<MismatchAlert mismatch={assessment.mismatch} />, container)
 * //=> <div role="alert">Check the category … Recorded as "ASB - Noise", but …</div>
 */
export function MismatchAlert({ mismatch, compact = false, onRaise = null }: { mismatch: Mismatch; compact?: boolean; onRaise?: (() => void) | null }) {
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
  assessment: CaseAssessment | null;
  /** Something the officer should know went wrong (could not read the case, panel not opened). */
  problem: string | null;
  today: string;
  onOpen: (() => void) | null;
}

/**
 * The case-view banner: level, flags, the next deadline, a button for the side panel.
 *
 * @example
 * render(<CaseBanner reference="ASB/2026/00412" assessment={a} problem={null} today={now} onOpen={open} />, container)
 * //=> <aside aria-label="ASB Assist">… Level 1 High Risk … Contact the complainant: due today …</aside>
 */
export function CaseBanner({ reference, assessment, problem, today, onOpen }: CaseBannerProps) {
  const [open, setOpen] = useState(true);
  const suggested = assessment?.triage ?? null;
  // The level in force today: the officer's change in the side panel when there is one (assessCase).
  const inForce = assessment?.levelInForce ?? null;
  const levelClass = suggested?.isAsb && suggested.level ? `asb-level--${inForce?.level ?? suggested.level}` : 'asb-level--outside';
  const next = assessment?.next ?? null;
  const deadlineClass = next?.status === 'overdue' ? 'asb-deadline--overdue' : next?.due === toLondonDate(today) ? 'asb-deadline--today' : '';
  const flags = suggested?.flags ?? [];
  return (
    <aside class="asb" aria-label="ASB Assist">
      {/* Hiding the details shortens the prompt but never removes it. */}
      {assessment?.mismatch && <MismatchAlert mismatch={assessment.mismatch} compact={!open} onRaise={onOpen} />}
      <div class="asb-head">
        <p class="asb-brand">ASB Assist{reference ? ` · ${reference}` : ''}</p>
        <button type="button" class="asb-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Show'}
        </button>
      </div>
      {open && (
        <div class="asb-body">
          {suggested === null && assessment !== null && (
            <p class="asb-level asb-level--outside">Category not recognised: open ASB Assist to triage this case</p>
          )}
          {suggested && !suggested.isAsb && (
            <p class="asb-level asb-level--outside">Outside the ASB policy: {suggested.outsideAsbRoute?.label ?? 'another route'}</p>
          )}
          {suggested?.isAsb && <p class={`asb-level ${levelClass}`}>{inForce?.label ?? suggested.levelLabel}</p>}
          {flags.length > 0 && (
            <ul class="asb-flags" aria-label="Flags">
              {flags.map((f) => (
                <li key={f}>{flagWords(f)}</li>
              ))}
            </ul>
          )}
          {assessment?.nextText && <p class={`asb-deadline ${deadlineClass}`}>{assessment.nextText}</p>}
          {assessment && assessment.recordedMeaning === null && suggested !== null && (
            <p class="asb-note">The recorded category is not one ASB Assist knows: the level comes from the description.</p>
          )}
          {onOpen && (
            <div class="asb-actions">
              <button type="button" class="asb-button" onClick={onOpen}>
                Open ASB Assist
              </button>
            </div>
          )}
        </div>
      )}
      {problem && (
        <p class="asb-problem" role="status">
          {problem}
        </p>
      )}
    </aside>
  );
}

/** What the page watcher can ask of a mounted banner. */
export interface CaseBannerHandle {
  key: string;
  /** Fetches the tracked facts again (a step was ticked in the side panel) and redraws. */
  refresh(): Promise<void>;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The case-view feature: reads the case (or takes it as the page watcher read it), shows the
 * banner (with the mismatch prompt when the description points higher than the category), tells
 * the background the case was seen, and redraws with the events the background tracks.
 * Everything is released when `signal` aborts.
 *
 * @example
 * await mountCaseBanner(ctx, signal, { adapter: activeHAdapter, context, url: new URL(location.href) })
 * //=> { key: 'activeh:ASB/2026/00412', refresh }
 */
export async function mountCaseBanner(
  ctx: ContentScriptContext,
  signal: AbortSignal,
  input: { adapter: HostAdapter; context: ExtensionContext; url: URL; hostCase?: HostCase },
): Promise<CaseBannerHandle | null> {
  const { adapter, context, url } = input;
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
      view: <CaseBanner reference={null} assessment={null} today={new Date().toISOString()} onOpen={null} problem={`ASB Assist could not read this case: ${message(error)}`} />,
    });
    return null;
  }

  const key = caseKey(adapter.system, hostCase.reference);
  let tracked: TrackedFacts | null = null;
  let problem: string | null = null;

  const view = () => {
    const today = new Date().toISOString();
    let assessment: CaseAssessment | null = null;
    try {
      assessment = assessCase(hostCase, adapter.vocabulary, context.policy, tracked, today, { inPage: true });
      if (assessment.problem) problem = assessment.problem;
    } catch (error) {
      problem = `ASB Assist could not work out this case's deadlines: ${message(error)}`;
    }
    return <CaseBanner reference={hostCase.reference} assessment={assessment} problem={problem} today={today} onOpen={openPanel} />;
  };

  function openPanel() {
    sendMessage({ type: 'open-side-panel', key }).then(
      (answer) => {
        problem = answer.opened ? null : 'The side panel cannot open from here: use the ASB Assist button in the toolbar.';
        ui?.update(view());
      },
      (error: unknown) => {
        console.warn(`ASB Assist: ${message(error)}`);
        problem = 'The side panel did not open: use the ASB Assist button in the toolbar.';
        ui?.update(view());
      },
    );
  }

  const ui = mountShadowUi(ctx, signal, { name: 'banner', css: PANEL_CSS, anchor: document.body, append: 'first', view: view() });
  if (!ui) return null;

  // Deadlines move with the clock: redraw every minute while the page is open.
  const timer = ctx.setInterval(() => ui.update(view()), 60_000);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });

  try {
    const seen = await sendMessage({ type: 'case-seen', case: hostCase, ...(adapter.system === 'generic' ? { vocabulary: adapter.vocabulary } : {}) });
    // Drawn again only when officers recorded something: otherwise the banner already shows it
    // all, and a second assessment would double the main-thread work on the host's page.
    if (!signal.aborted) {
      const changes = recordsSomething(seen.tracked) || recordsSomething(tracked);
      tracked = seen.tracked;
      if (changes) ui.update(view());
    }
  } catch (error) {
    console.warn(`ASB Assist: the background did not record this case (${message(error)}); showing what the page says.`);
  }

  return {
    key,
    async refresh() {
      try {
        const facts = await sendMessage({ type: 'get-tracked', keys: [key] });
        if (signal.aborted) return;
        tracked = facts[key] ?? tracked;
        ui.update(view());
      } catch (error) {
        console.warn(`ASB Assist: could not refresh this case (${message(error)}).`);
      }
    },
  };
}
