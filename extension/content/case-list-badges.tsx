import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { rowBadge, type RowBadge } from '../hosts/assess-host-case.ts';
import type { CaseListEntry, HostAdapter } from '../hosts/host-adapter.ts';
import { caseKey, type ExtensionContext, type TrackedFacts } from '../messages.ts';
import { sendMessage } from '../messaging.ts';
import { BADGE_CSS } from './in-page-styles.ts';
import { mountShadowUi, type ShadowUi } from './mount-shadow-ui.ts';

/**
 * One row's badge: short text shown, the full sentence for screen readers and as a tooltip.
 *
 * @example
 * render(<Badge badge={{ text: '2 days left', tone: 'ok', label: 'ASB/1, Level 3 Low Risk. …' }} />, container)
 * //=> <span class="asb asb-badge asb-badge--ok" title="ASB/1, …">2 days left…</span>
 */
export function Badge({ badge }: { badge: RowBadge }) {
  return (
    <span class={`asb asb-badge asb-badge--${badge.tone}`} title={badge.label}>
      <span aria-hidden="true">{badge.text}</span>
      <span class="asb-vh">{badge.label}</span>
    </span>
  );
}

/**
 * The case-list feature: a small badge at the end of each row's reference with the working days
 * left to its most urgent deadline, or how far it is overdue, from the row's recorded category and
 * the events the background tracks for it. Badges are taken out of the page's flow, so the list
 * does not move. Released with `signal`.
 *
 * @example
 * await mountCaseListBadges(ctx, signal, { adapter: activeHAdapter, entries: activeHAdapter.readCaseList(document, url), context })
 */
export async function mountCaseListBadges(
  ctx: ContentScriptContext,
  signal: AbortSignal,
  input: { adapter: HostAdapter; entries: CaseListEntry[]; context: ExtensionContext },
): Promise<void> {
  const { adapter, entries, context } = input;
  let tracked: Record<string, TrackedFacts> = {};
  const badgeOf = (entry: CaseListEntry) => {
    try {
      return rowBadge(entry.row, adapter.vocabulary, context.policy, {
        today: new Date().toISOString(),
        tracked: tracked[caseKey(adapter.system, entry.row.reference)] ?? null,
      });
    } catch (error) {
      console.warn(`ASB Assist: no badge for ${entry.row.reference}: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  };

  const mounted: Array<{ entry: CaseListEntry; ui: ShadowUi }> = [];
  for (const entry of entries) {
    const badge = badgeOf(entry);
    if (!badge) continue;
    const ui = await mountShadowUi(ctx, signal, { name: 'badge', css: BADGE_CSS, anchor: entry.badgeSlot, append: 'last', view: <Badge badge={badge} /> });
    if (!ui) return;
    mounted.push({ entry, ui });
  }

  const redraw = () => {
    for (const { entry, ui } of mounted) {
      const badge = badgeOf(entry);
      if (badge) ui.update(<Badge badge={badge} />);
    }
  };
  const timer = ctx.setInterval(redraw, 60_000);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });

  try {
    tracked = await sendMessage({ type: 'get-tracked', keys: entries.map((e) => caseKey(adapter.system, e.row.reference)) });
    if (!signal.aborted) redraw();
  } catch (error) {
    console.warn(`ASB Assist: the background did not give tracked events (${error instanceof Error ? error.message : String(error)}); badges use the page alone.`);
  }
}
