import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { assessCase } from '../cases/assess-case.ts';
import { rowBadge, rowCase, type RowBadge } from '../cases/row-badge.ts';
import type { CaseListEntry, HostAdapter } from '../hosts/host-adapter.ts';
import { caseKey } from '../hosts/case-key.ts';
import type { ExtensionContext, SeenCase } from '../messaging/messages.ts';
import { sendMessage } from '../messaging/messaging.ts';
import { BADGE_CSS } from './in-page-styles.ts';
import { mountShadowUis } from './mount-shadow-ui.ts';

/**
 * Draws one row's badge into `container`: short text shown, the full sentence for screen readers
 * and as a tooltip. Plain elements with text set as text (no Preact: a list has hundreds).
 *
 * @example
 * drawBadge(container, { text: '2 days left', tone: 'ok', label: 'ASB/1, Level 3 Low Risk. …' })
 * container.innerHTML //=> '<span class="asb asb-badge asb-badge--ok" title="ASB/1, …"><span aria-hidden="true">2 days left</span><span class="asb-vh">ASB/1, …</span></span>'
 */
export function drawBadge(container: HTMLElement, badge: RowBadge): void {
  const doc = container.ownerDocument;
  const outer = doc.createElement('span');
  outer.className = `asb asb-badge asb-badge--${badge.tone}`;
  outer.title = badge.label;
  const shown = doc.createElement('span');
  shown.setAttribute('aria-hidden', 'true');
  shown.textContent = badge.text;
  const spoken = doc.createElement('span');
  spoken.className = 'asb-vh';
  spoken.textContent = badge.label;
  outer.append(shown, spoken);
  container.replaceChildren(outer);
}

/**
 * The case-list feature: a small badge at the end of each row's reference with the working days
 * left to its most urgent deadline, or how far it is overdue, from the row's recorded category and
 * for a case this browser has seen, the case as its page showed it (description and log included)
 * with what officers recorded here: the same assessment as the banner (assessCase). Each badge sits in its own space at the end of the
 * reference's cell (BADGE_CSS), never over the next column. The background is asked for the tracked events first; while it answers, every
 * badge is worked out from the page and all are put in the page at once (one layout, however long
 * the list); the answer then redraws the rows it knows more of. Released with `signal`.
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
  const keys = entries.map((e) => caseKey(adapter.system, e.row.reference));
  // Asked now, answered while the badges are worked out below.
  const asked = sendMessage({ type: 'get-tracked', keys });
  let tracked: Record<string, SeenCase> = {};
  const badgeOf = (entry: CaseListEntry, key: string, today: string) => {
    try {
      // A case this browser has seen is assessed as its page was (description, log, vocabulary).
      const seen = tracked[key] ?? null;
      const assessment = assessCase(rowCase(entry.row, seen?.host ?? null), seen?.vocabulary ?? adapter.vocabulary, context.policy, seen, today, { inPage: true });
      return rowBadge(entry.row, assessment, context.policy, today);
    } catch (error) {
      console.warn(`ASB Assist: no badge for ${entry.row.reference}: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  };

  const today = new Date().toISOString();
  const rows: Array<{ entry: CaseListEntry; key: string; badge: RowBadge }> = [];
  entries.forEach((entry, i) => {
    const badge = badgeOf(entry, keys[i]!, today);
    if (badge) rows.push({ entry, key: keys[i]!, badge });
  });
  const uis = mountShadowUis(
    ctx,
    signal,
    { name: 'badge', css: BADGE_CSS },
    rows.map(({ entry, badge }) => ({ anchor: entry.badgeSlot, append: 'last' as const, view: (container: HTMLElement) => drawBadge(container, badge) })),
  );
  if (!uis) {
    void asked.catch(() => undefined);
    return;
  }
  const mounted = rows.map((row, i) => ({ ...row, ui: uis[i]! }));

  /** Redraws the badges of `which` rows (all, or those the background knows more of). */
  const redraw = (which: (key: string) => boolean) => {
    const now = new Date().toISOString();
    for (const { entry, key, ui } of mounted) {
      if (!which(key)) continue;
      const badge = badgeOf(entry, key, now);
      if (badge) ui.update((container) => drawBadge(container, badge));
    }
  };
  // Deadlines move with the clock: redraw every minute while the page is open.
  const timer = ctx.setInterval(() => redraw(() => true), 60_000);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });

  try {
    tracked = await asked;
    // Only rows of cases this browser has seen can look different from the row alone.
    if (!signal.aborted) redraw((key) => tracked[key] !== undefined);
  } catch (error) {
    console.warn(`ASB Assist: the background did not give tracked events (${error instanceof Error ? error.message : String(error)}); badges use the page alone.`);
  }
}
