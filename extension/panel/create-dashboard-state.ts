import { computed, effect, signal } from '@preact/signals';
import type { ReadonlySignal, Signal } from '@preact/signals';
import type { StoredSummary } from '../cases/stored-summary.ts';
import { teamNm01 } from '../cases/team-nm01.ts';
import type { TeamNm01 } from '../cases/team-nm01.ts';
import { tsmReportingYear } from '../cases/tsm-reporting-year.ts';
import type { SummaryCounts, SummaryDay, SummaryFilter } from '../storage/summary-store.ts';
import type { SharedState } from './shared-state.ts';
import { DASHBOARD_PAGE_SIZE } from './dashboard-page-size.ts';

export { DASHBOARD_PAGE_SIZE };

/** The dashboard's state: its filters, the rows shown and the counts. */
export interface DashboardState {
  level: Signal<SummaryFilter['level']>;
  officer: Signal<SummaryFilter['officer']>;
  due: Signal<SummaryFilter['due']>;
  /** Officers named on tracked cases, sorted ('' for cases with none). */
  officers: ReadonlySignal<string[]>;
  /** The rows shown: the first {@link DashboardState.limit} cases passing the filters, overdue first. */
  rows: ReadonlySignal<StoredSummary[]>;
  /** How many rows are asked for: one page, more after each "Show more" under the current filters. */
  limit: ReadonlySignal<number>;
  /** How many cases pass the filters. */
  matching: ReadonlySignal<number>;
  /** How many cases there are before filtering. */
  total: ReadonlySignal<number>;
  /** Cases whose deadlines are being worked out (stored by the background where no policy was at hand). */
  stale: ReadonlySignal<number>;
  /** True once the first rows have arrived. */
  loaded: ReadonlySignal<boolean>;
  /** True once the counts for the current filters have arrived (they follow the rows). */
  counted: ReadonlySignal<boolean>;
  /** True once any counts have arrived (until those for new filters do, the last ones stand). */
  hasCounts: ReadonlySignal<boolean>;
  /** True while the rows shown are not yet those of the current filters and limit. */
  busy: ReadonlySignal<boolean>;
  /** The team's NM01 figures for the reporting year, once counted (see countNm01); null before. */
  nm01: ReadonlySignal<TeamNm01 | null>;
  /** True while NM01 is being counted. */
  nm01Counting: ReadonlySignal<boolean>;
  /**
   * Counts NM01 from every case this browser holds (all their rows are read: asked for when the
   * figures are opened, never at first render).
   */
  countNm01(): Promise<void>;
  /** Shows the next {@link DASHBOARD_PAGE_SIZE} cases. */
  showMore(): void;
  /**
   * Follows the rows and counts in the database, and brings stale summaries up to date once the
   * settings are known (at start, on a new day, when a stale row appears); returns the stop function.
   */
  start(): () => void;
}

/**
 * The dashboard's state over the shared panel state. It never holds every case: only the rows
 * shown, read from the stored summaries' indexes in the dashboard's order.
 *
 * @example
 * const dashboard = createDashboardState(shared);
 * const stop = dashboard.start();
 * dashboard.level.value = 'high';
 * // once the store answers:
 * dashboard.rows.value.every((r) => r.level === 'high') //=> true
 */
export function createDashboardState(shared: SharedState): DashboardState {
  const level = signal<SummaryFilter['level']>('all');
  const officer = signal<SummaryFilter['officer']>('all');
  const due = signal<SummaryFilter['due']>('all');
  const filter = computed<SummaryFilter>(() => ({ level: level.value, officer: officer.value, due: due.value }));
  // "Due soon" depends on the day and the region's bank holidays (the policy's, once known).
  const day = computed<SummaryDay>(() => ({ today: shared.today.value, region: shared.resolved.value?.policy.region ?? 'england-and-wales' }));
  const filterKey = computed(() => JSON.stringify(filter.value) + (due.value === 'soon' ? JSON.stringify(day.value) : ''));
  // "Show more" counts for the filters it was pressed under: other filters start from one page.
  const extended = signal<{ filterKey: string; limit: number } | null>(null);
  const limit = computed(() => (extended.value?.filterKey === filterKey.value ? extended.value.limit : DASHBOARD_PAGE_SIZE));
  const rowsKey = computed(() => `${filterKey.value}|${limit.value}`);
  const countsKey = computed(() => `${filterKey.value}|${shared.today.value}`);

  const rows = signal<{ key: string; filterKey: string; rows: StoredSummary[] } | null>(null);
  // The filters whose rows are on screen: counting for them may start (and goes on through "Show more").
  const shownFilter = computed(() => rows.value?.filterKey ?? null);
  const counts = signal<{ key: string; counts: SummaryCounts } | null>(null);
  const loaded = computed(() => rows.value !== null);
  const latest = computed(() => counts.value?.counts ?? null);
  const nm01 = signal<TeamNm01 | null>(null);
  const nm01Counting = signal(false);

  return {
    level,
    officer,
    due,
    officers: computed(() => latest.value?.officers ?? []),
    rows: computed(() => rows.value?.rows ?? []),
    limit,
    matching: computed(() => latest.value?.matching ?? 0),
    total: computed(() => latest.value?.total ?? 0),
    stale: computed(() => latest.value?.stale ?? 0),
    loaded,
    counted: computed(() => counts.value?.key === countsKey.value),
    hasCounts: computed(() => counts.value !== null),
    busy: computed(() => rows.value?.key !== rowsKey.value),
    nm01,
    nm01Counting,
    async countNm01() {
      const today = shared.today.peek();
      nm01Counting.value = true;
      try {
        const facts = await shared.service.nm01Facts(tsmReportingYear(today).to);
        const { settings } = shared.settings.peek() ?? (await shared.service.settings());
        nm01.value = teamNm01(facts, settings.homes, today);
      } finally {
        nm01Counting.value = false;
      }
    },
    showMore() {
      extended.value = { filterKey: filterKey.peek(), limit: limit.peek() + DASHBOARD_PAGE_SIZE };
    },
    start() {
      // Rows read before the panel's script had loaded (see prefetchFirstRows), shown until the
      // live query answers, if the filters are still the defaults.
      const firstKey = rowsKey.peek();
      void shared.service.prefetchedRows()?.then((found) => {
        if (found && rows.peek() === null && rowsKey.peek() === firstKey) rows.value = { key: firstKey, filterKey: filterKey.peek(), rows: found };
      });
      const stopRows = effect(() => {
        const key = rowsKey.value;
        const forFilter = filterKey.value;
        return shared.service.watchRows(filter.value, limit.value, day.peek(), (answer) => {
          // The same rows again (the prefetched ones, or a write elsewhere that left them as they
          // were): keep them, so nothing is drawn again.
          const before = rows.peek();
          if (before?.key === key && JSON.stringify(before.rows) === JSON.stringify(answer)) return;
          rows.value = { key, filterKey: forFilter, rows: answer };
        });
      });
      // Counting walks an index in Chromium (tens of ms for 5,000 cases): it starts once the
      // rows for the filters are on screen, so it never holds them back.
      const stopCounts = effect(() => {
        if (shownFilter.value !== filterKey.value) return;
        const key = countsKey.value;
        return shared.service.watchCounts(filter.value, day.peek(), (answer) => {
          counts.value = { key, counts: answer };
        });
      });

      // Stale rows are recomputed here too, not only by the background's sweep (every 30 minutes):
      // once at start (the policy may have changed, or a new day may bring a step recorded with a
      // future date into force; what the rows show of their dates is right on any day, see
      // summaryOn), and whenever rows with no deadlines worked out appear. A refresh that makes
      // no progress is not repeated until the count changes.
      let running = false;
      let refreshedOnce = false;
      let stuckAt = -1;
      let stopped = false;
      const refresh = () => {
        // After the first screen, and once the settings (the policy) are known.
        if (stopped || running || !loaded.peek() || shared.settings.peek() === null) return;
        const stale = counts.peek()?.counts.stale ?? 0;
        if (refreshedOnce && (stale === 0 || stale === stuckAt)) return;
        running = true;
        refreshedOnce = true;
        shared.service.refreshSummaries(shared.today.peek()).then(
          (count) => {
            running = false;
            stuckAt = count === 0 ? stale : -1;
            refresh();
          },
          () => {
            running = false;
            stuckAt = stale;
          },
        );
      };
      const stopRefreshing = effect(() => {
        void shared.settings.value;
        void shared.today.value;
        void loaded.value;
        void counts.value;
        refresh();
      });
      return () => {
        stopped = true;
        stopRows();
        stopCounts();
        stopRefreshing();
      };
    },
  };
}
