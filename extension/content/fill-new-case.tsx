import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { HostAdapter, NewCaseForm } from '../hosts/host-adapter.ts';
import type { NewCaseFill } from '../hosts/new-case-fill.ts';
import { setFieldValue } from '../hosts/write-dom.ts';
import { sendMessage } from '../messaging/messaging.ts';
import { PANEL_CSS } from './in-page-styles.ts';
import { mountShadowUi } from './mount-shadow-ui.ts';

/**
 * What the officer is told once the form is filled: which report, what could not be filled, and
 * that saving is theirs to do with the host's own button. Text only (never HTML).
 *
 * @example
 * render(<FilledNote reference="ASB-2026-000012" system="Omniledger" missed={[]} />, container)
 * //=> <aside …><p role="status">Filled from website report ASB-2026-000012. Check it, then save it with Omniledger’s own button.</p></aside>
 */
export function FilledNote({ reference, system, missed }: { reference: string; system: string; missed: string[] }) {
  return (
    <aside class="asb" aria-label="ASB Assist: website report">
      <div class="asb-body">
        <p class="asb-note" role="status">
          Filled from website report {reference}. Check it, then save it with {system}’s own button.
          {missed.length > 0 ? ` Fill in yourself: ${missed.join(', ')}.` : ''}
        </p>
      </div>
    </aside>
  );
}

/** Fills the form through the adapter, or (an adapter without `fill`) its category and description. */
function fillForm(form: NewCaseForm, values: NewCaseFill): string[] {
  if (form.fill) return form.fill(values);
  const missed: string[] = [];
  if (!setFieldValue(form.category, values.category)) missed.push('category');
  if (!setFieldValue(form.description, values.description)) missed.push('description');
  return missed;
}

/**
 * On a new-case form the background opened for a website report (the side panel's inbox), fills
 * the form with the report's values and says so. Does nothing on any other new-case form.
 *
 * @example
 * await fillNewCaseFromInbox(ctx, signal, { adapter, form })
 */
export async function fillNewCaseFromInbox(ctx: ContentScriptContext, signal: AbortSignal, input: { adapter: HostAdapter; form: NewCaseForm }): Promise<void> {
  let fill: NewCaseFill | null = null;
  try {
    ({ fill } = await sendMessage({ type: 'get-new-case-fill' }));
  } catch {
    return;
  }
  if (!fill || signal.aborted) return;
  const missed = fillForm(input.form, fill);
  mountShadowUi(ctx, signal, {
    name: 'inbox-fill',
    css: PANEL_CSS,
    anchor: input.form.form,
    append: 'first',
    view: <FilledNote reference={fill.intakeReference} system={input.adapter.name} missed={missed} />,
  });
}
