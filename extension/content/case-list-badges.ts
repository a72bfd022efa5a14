import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { RowBadge } from '../cases/row-badge.ts';
import type { CaseListEntry, HostAdapter } from '../hosts/host-adapter.ts';
import type { AskBackground } from './ask-background.ts';
import { BADGE_CSS } from './in-page-styles.ts';
import { mountShadowUis } from './mount-shadow-ui.ts';
import { onNewHour } from './on-new-hour.ts';

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
 * left to its most urgent deadline, or how far it is overdue. The rows go to the background in one
 * message, which answers every badge (rowBadge of the one assessment, assessCase: for a case this
 * browser has seen, the case as its page showed it, description and log included, with what
 * officers recorded here); the page only draws them, all put in the page at once (one layout,
 * however long the list), each in its own space at the end of the reference's cell (BADGE_CSS),
 * never over the next column. Asked again each hour (a new day begins on the hour). Released with `signal`.
 *
 * @example
 * await mountCaseListBadges(ctx, signal, { adapter: activeHAdapter, entries: activeHAdapter.readCaseList(document, url), url, ask })
 */
export async function mountCaseListBadges(
  ctx: ContentScriptContext,
  signal: AbortSignal,
  input: { adapter: HostAdapter; entries: CaseListEntry[]; url: URL; ask: AskBackground },
): Promise<void> {
  const { adapter, entries, url, ask } = input;
  if (entries.length === 0) return;
  const rows = entries.map((e) => e.row);
  const fetchBadges = () => ask({ type: 'show-list', url: url.href, system: adapter.system, rows });

  /** The badges drawn now; aborted to take them down when they are drawn again. */
  let drawn: AbortController | null = null;
  const draw = (badges: (RowBadge | null)[]) => {
    drawn?.abort();
    const mine = new AbortController();
    drawn = mine;
    signal.addEventListener('abort', () => mine.abort(), { once: true, signal: mine.signal });
    const places = entries.flatMap((entry, i) => {
      const badge = badges[i];
      return badge ? [{ anchor: entry.badgeSlot, append: 'last' as const, view: (container: HTMLElement) => drawBadge(container, badge) }] : [];
    });
    mountShadowUis(ctx, mine.signal, { name: 'badge', css: BADGE_CSS }, places);
  };

  const badges = await fetchBadges();
  if (!badges || signal.aborted) return;
  draw(badges);

  // Deadlines are counted in days: ask again when a new day may have begun while the page is open.
  onNewHour(ctx, signal, () => {
    fetchBadges().then(
      (again) => {
        if (again && !signal.aborted) draw(again);
      },
      (error: unknown) => console.warn(`ASB Assist: could not refresh the badges (${error instanceof Error ? error.message : String(error)}).`),
    );
  });
}
