import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { NewCaseView } from '../cases/new-case-view.ts';
import type { HostAdapter, NewCaseForm } from '../hosts/host-adapter.ts';
import type { AskBackground } from './ask-background.ts';
import { PANEL_CSS } from './in-page-styles.ts';
import { mountShadowUi, type ShadowUi } from './mount-shadow-ui.ts';

/**
 * The live triage panel beside a new-case form. Draws only: the background worked it out
 * (newCaseView). The status region is polite: it speaks once the officer pauses.
 *
 * @example
 * render(<NewCaseTriage view={{ level: { kind: 'asb', level: 'high', label: 'Level 1 High Risk', firstContact: 'First contact by Monday 21 December 2026 (1 working day)' }, flags: [], mismatch: null, unknownCategory: null }} />, container)
 * //=> <aside …><div role="status" aria-live="polite">Level 1 High Risk First contact by Monday 21 December 2026 (1 working day)…</div></aside>
 */
export function NewCaseTriage({ view }: { view: NewCaseView }) {
  const { level, flags, mismatch, unknownCategory } = view;
  return (
    <aside class="asb" aria-label="ASB Assist triage">
      <div class="asb-head">
        <p class="asb-brand">ASB Assist · triage as you type</p>
      </div>
      <div class="asb-body" role="status" aria-live="polite" aria-atomic="true">
        {level?.kind === 'none' && <p class="asb-note">Choose a category or describe the report to see its level and first-contact date.</p>}
        {level?.kind === 'outside' && <p class="asb-level asb-level--outside">Outside the ASB policy: {level.route}</p>}
        {level?.kind === 'asb' && (
          <>
            <p class={`asb-level asb-level--${level.level}`}>{level.label}</p>
            <p class="asb-deadline">{level.firstContact}</p>
          </>
        )}
        {flags.length > 0 && (
          <ul class="asb-flags" aria-label="Flags">
            {flags.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        )}
        {mismatch && <p class="asb-deadline asb-deadline--overdue">{mismatch}</p>}
        {unknownCategory && <p class="asb-note">"{unknownCategory}" is not a category ASB Assist knows: the level comes from the description.</p>}
      </div>
    </aside>
  );
}

/**
 * The new-case feature: as the officer picks a category or types the description, shows the
 * level and first-contact date they imply (received now, or at the form's date received), asked
 * of the background (the form's values in one message; typing is sent after a short pause, and an
 * answer overtaken by a later question is dropped). Every listener and timer goes with `signal`
 * (the page's scope, which ends with `ctx`).
 *
 * @example
 * await mountNewCaseTriage(ctx, signal, { adapter: activeHAdapter, form: activeHAdapter.newCaseForm(document)!, url, ask })
 */
export async function mountNewCaseTriage(
  ctx: ContentScriptContext,
  signal: AbortSignal,
  input: { adapter: HostAdapter; form: NewCaseForm; url: URL; ask: AskBackground },
): Promise<void> {
  const { adapter, form, url, ask } = input;
  let asked = 0;
  let ui: ShadowUi | null = null;
  const triage = () => ask({ type: 'show-new-case', url: url.href, system: adapter.system, form: form.read() });

  const first = await triage();
  if (!first || signal.aborted) return;
  ui = mountShadowUi(ctx, signal, { name: 'triage', css: PANEL_CSS, anchor: document.body, append: 'first', view: <NewCaseTriage view={first} /> });
  if (!ui) return;

  const update = () => {
    const mine = ++asked;
    triage().then(
      (view) => {
        // Only the answer to the latest question is drawn.
        if (view && mine === asked && !signal.aborted) ui?.update(<NewCaseTriage view={view} />);
      },
      (error: unknown) => console.warn(`ASB Assist: no triage for the form (${error instanceof Error ? error.message : String(error)}).`),
    );
  };
  let pending: number | undefined;
  const later = () => {
    if (pending !== undefined) clearTimeout(pending);
    pending = ctx.setTimeout(update, 400);
  };
  const now = () => {
    if (pending !== undefined) clearTimeout(pending);
    update();
  };
  signal.addEventListener('abort', () => pending !== undefined && clearTimeout(pending), { once: true });
  // `signal` is the page's scope, itself ended by ctx (page-scope.ts): listeners go with either.
  for (const field of [form.category, form.receivedAt].filter((f): f is Element => f !== null)) {
    field.addEventListener('change', now, { signal });
  }
  form.category.addEventListener('input', now, { signal });
  form.description.addEventListener('input', later, { signal });
  form.description.addEventListener('change', now, { signal });
  form.receivedAt?.addEventListener('input', later, { signal });
}
