import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { formatDateLong } from '../../core/index.ts';
import { assessCase, type CaseAssessment } from '../cases/assess-case.ts';
import type { HostAdapter, NewCaseForm } from '../hosts/host-adapter.ts';
import type { ExtensionContext } from '../messaging/messages.ts';
import { flagWords } from '../cases/flag-words.ts';
import { PANEL_CSS } from './in-page-styles.ts';
import { mountShadowUi } from './mount-shadow-ui.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The live triage panel beside a new-case form. The status region is polite: it speaks once the officer pauses.
 *
 * @example
 * render(<NewCaseTriage triaged={assessCase(formCase, vocabulary, policy, null, today)} unknownCategory={null} />, container)
 * //=> <aside …><div role="status" aria-live="polite">Level 1 High Risk First contact by Monday 21 December 2026 (1 working day)…</div></aside>
 */
export function NewCaseTriage({ triaged, unknownCategory }: { triaged: CaseAssessment | null; unknownCategory: string | null }) {
  const s = triaged?.triage ?? null;
  const mismatch = triaged?.mismatch ?? null;
  const flags = s?.flags ?? [];
  return (
    <aside class="asb" aria-label="ASB Assist triage">
      <div class="asb-head">
        <p class="asb-brand">ASB Assist · triage as you type</p>
      </div>
      <div class="asb-body" role="status" aria-live="polite" aria-atomic="true">
        {s === null && <p class="asb-note">Choose a category or describe the report to see its level and first-contact date.</p>}
        {s && !s.isAsb && (
          <p class="asb-level asb-level--outside">Outside the ASB policy: {s.outsideAsbRoute?.label ?? 'another route'}</p>
        )}
        {s?.isAsb && s.firstContactDue && s.firstContactWorkingDays !== null && (
          <>
            <p class={`asb-level asb-level--${s.level}`}>{s.levelLabel}</p>
            <p class="asb-deadline">
              First contact by {formatDateLong(s.firstContactDue)} ({plural(s.firstContactWorkingDays, 'working day')})
            </p>
          </>
        )}
        {flags.length > 0 && (
          <ul class="asb-flags" aria-label="Flags">
            {flags.map((f) => (
              <li key={f}>{flagWords(f)}</li>
            ))}
          </ul>
        )}
        {mismatch && (
          <p class="asb-deadline asb-deadline--overdue">
            {mismatch.headline}: record it as such. {mismatch.actions[0] ?? ''}
          </p>
        )}
        {unknownCategory && <p class="asb-note">"{unknownCategory}" is not a category ASB Assist knows: the level comes from the description.</p>}
      </div>
    </aside>
  );
}

/**
 * The new-case feature: as the officer picks a category or types the description, shows the
 * level and first-contact date they imply (received now, or at the form's date received). Typing
 * is read after a short pause; every listener and timer goes with `signal` (the page's scope,
 * which ends with `ctx`).
 *
 * @example
 * await mountNewCaseTriage(ctx, signal, { adapter: activeHAdapter, form: activeHAdapter.newCaseForm(document)!, context })
 */
export async function mountNewCaseTriage(
  ctx: ContentScriptContext,
  signal: AbortSignal,
  input: { adapter: HostAdapter; form: NewCaseForm; context: ExtensionContext },
): Promise<void> {
  const { adapter, form, context } = input;
  const view = () => {
    const { category, description, receivedAt } = form.read();
    const now = new Date().toISOString();
    // The form as the case it will be: no reference or log yet, received now unless the form says when.
    const formCase = { system: adapter.system, reference: 'new', receivedAt: receivedAt ?? now, recordedCategory: category, description, parties: [], logEntries: [], url: '' };
    const triaged = assessCase(formCase, adapter.vocabulary, context.policy, null, now, { inPage: true });
    const unknown = category !== '' && triaged.recordedMeaning === null ? category : null;
    return <NewCaseTriage triaged={triaged} unknownCategory={unknown} />;
  };
  const ui = mountShadowUi(ctx, signal, { name: 'triage', css: PANEL_CSS, anchor: document.body, append: 'first', view: view() });
  if (!ui) return;

  let pending: number | undefined;
  const later = () => {
    if (pending !== undefined) clearTimeout(pending);
    pending = ctx.setTimeout(() => ui.update(view()), 400);
  };
  const now = () => {
    if (pending !== undefined) clearTimeout(pending);
    ui.update(view());
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
