import { useComputed } from '@preact/signals';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { formatDateLong, RISK_LEVELS } from '../../core/index.ts';
import { SOON_WORKING_DAYS, summaryOn } from '../cases/stored-summary.ts';
import { tsmReportingYear } from '../cases/tsm-reporting-year.ts';
import type { SummaryFilter } from '../storage/summary-store.ts';
import { DASHBOARD_PAGE_SIZE } from './create-dashboard-state.ts';
import { FillFromHms } from './fill-from-hms.tsx';
import { usePanel } from './panel-context.ts';

const count = (n: number) => n.toLocaleString('en-GB');
const cases = (n: number) => `${count(n)} case${n === 1 ? '' : 's'}`;

/** The performance mark set once the dashboard's first rows have been drawn (read by `npm run bench`). */
const FIRST_ROWS_MARK = 'asb-dashboard-first-rows';

/** Rows drawn in the dashboard's first frame: more than a side panel shows at once. */
const FIRST_SCREEN = 12;

/** After "Show more": the index of the first new row, to move focus to once it is there. */
type FocusFrom = RefObject<number | null>;

/**
 * Every tracked case, sorted by next deadline with the overdue first, filtered by level, officer
 * and due date, shown 50 at a time.
 *
 * Why a "Show more cases" button and not a virtual (windowed) scroller: the list is sorted by
 * urgency, so the first screen holds what needs doing and the filters narrow the rest. A button
 * keeps a real list in the page, so a screen reader announces its true size and every row can be
 * reached in browse mode, find-in-page finds what is shown, focus is never lost to a row being
 * recycled, and it reflows at 400% zoom (WCAG 1.4.10) without scroll arithmetic. After "Show more"
 * focus moves to the first new case, and the count is announced.
 *
 * Each part below reads only the signals it shows, so counts or settings arriving after the
 * first rows do not draw the rows again.
 *
 * @example
 * <DashboardView /> //=> filters, 'Showing 50 of 5,000 cases.', the first 50 cases overdue first, 'Show 50 more cases'
 */
export function DashboardView() {
  const focusFrom: FocusFrom = useRef<number | null>(null);
  return (
    <section aria-labelledby="dashboard-heading">
      <h1 id="dashboard-heading" tabIndex={-1}>
        All cases
      </h1>
      <FillFromHms />
      <DashboardFilters focusFrom={focusFrom} />
      <DashboardCount />
      <DashboardRows focusFrom={focusFrom} />
      <ShowMore focusFrom={focusFrom} />
      <Nm01Figures />
    </section>
  );
}

function DashboardFilters({ focusFrom }: { focusFrom: FocusFrom }) {
  const { dashboard, resolved } = usePanel();
  const levels = resolved.value?.policy.levels ?? [];
  const setFilter = (change: () => void) => {
    focusFrom.current = null;
    change();
  };
  return (
    <div class="filters">
      <div class="field">
        <label for="filter-level">Level</label>
        <select
          id="filter-level"
          value={dashboard.level.value}
          onChange={(event) => setFilter(() => (dashboard.level.value = event.currentTarget.value as SummaryFilter['level']))}
        >
          <option value="all">All levels</option>
          {RISK_LEVELS.map((level) => (
            <option key={level} value={level}>
              {levels.find((l) => l.level === level)?.label ?? level}
            </option>
          ))}
          <option value="none">Outside the ASB policy</option>
        </select>
      </div>
      <div class="field">
        <label for="filter-officer">Officer</label>
        <select id="filter-officer" value={dashboard.officer.value} onChange={(event) => setFilter(() => (dashboard.officer.value = event.currentTarget.value))}>
          <option value="all">All officers</option>
          {dashboard.officers.value.map((name) => (
            <option key={name} value={name}>
              {name === '' ? 'No officer named' : name}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-due">Due</label>
        <select
          id="filter-due"
          value={dashboard.due.value}
          onChange={(event) => setFilter(() => (dashboard.due.value = event.currentTarget.value as SummaryFilter['due']))}
        >
          <option value="all">Any time</option>
          <option value="soon">Overdue or due in the next {SOON_WORKING_DAYS} working days</option>
        </select>
      </div>
    </div>
  );
}

function DashboardCount() {
  const { dashboard } = usePanel();
  const shown = dashboard.rows.value.length;
  const matching = dashboard.matching.value;
  const total = dashboard.total.value;
  const stale = dashboard.stale.value;
  return (
    <>
      <p aria-live="polite" data-testid="dashboard-count">
        {/* While new filters are counted the last count stands, so the live region does not say "Loading…" each time. */}
        {!dashboard.loaded.value || !dashboard.hasCounts.value
          ? 'Loading…'
          : matching === total
            ? `Showing ${count(shown)} of ${cases(total)}.`
            : shown === matching
              ? `Showing ${matching === 1 ? 'the 1 matching case' : `all ${count(matching)} matching cases`} (${cases(total)} in all).`
              : `Showing ${count(shown)} of ${count(matching)} matching cases (${cases(total)} in all).`}
      </p>
      {stale > 0 ? (
        <p class="notice notice-info" data-testid="dashboard-updating">
          Working out the deadlines of {cases(stale)}…
        </p>
      ) : null}
      {dashboard.loaded.value && dashboard.counted.value && shown === 0 ? (
        <p>{total === 0 ? 'No cases yet. Cases appear here once you open them in your housing system, or fill this list from its case list above.' : 'No case matches these filters.'}</p>
      ) : null}
    </>
  );
}

function DashboardRows({ focusFrom }: { focusFrom: FocusFrom }) {
  const { dashboard, caseState, today } = usePanel();
  const rows = dashboard.rows.value;
  const day = today.value;
  const list = useRef<HTMLOListElement>(null);
  // Bound to the attribute directly: the rows are not drawn again when it changes.
  const busy = useComputed(() => (dashboard.busy.value ? 'true' : undefined));
  // The first time rows arrive, one screen of them is drawn first and the rest of the page in
  // the next task, after that frame is painted.
  const [whole, setWhole] = useState(false);

  useLayoutEffect(() => {
    if (rows.length === 0 || whole) return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        // For `npm run bench`: when the first rows are on screen (after the frame that draws them).
        if (performance.getEntriesByName(FIRST_ROWS_MARK).length === 0) performance.mark(FIRST_ROWS_MARK);
        setWhole(true);
      }, 0),
    );
  }, [rows, whole]);

  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || rows.length <= from) return;
    focusFrom.current = null;
    list.current?.children[from]?.querySelector<HTMLElement>('button')?.focus();
  }, [rows]);

  if (rows.length === 0) return null;
  return (
    <ol class="case-list" data-testid="dashboard-rows" ref={list} aria-busy={busy}>
      {(whole ? rows : rows.slice(0, FIRST_SCREEN)).map((row) => {
        // What the row's dates mean today (overdue, due today, the words): worked out for the rows shown only.
        const on = summaryOn(row, day);
        return (
          <li key={row.key} class={`case-row case-${on.state}`} data-key={row.key}>
            <h2 class="case-row-title">
              <button type="button" class="link-button" onClick={() => caseState.open(row.key)}>
                Case {row.reference}
              </button>
            </h2>
            <p class="case-row-state">
              <strong class={`tag tag-${on.state}`}>{on.stateLabel}</strong> {row.levelLabel}
              {row.officer ? ` · ${row.officer}` : ''}
            </p>
            <p class="case-row-next">{on.next}</p>
            {row.caseReviewPrompt ? <p class="notice notice-info case-review-note">{row.caseReviewPrompt}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * The Tenant Satisfaction Measure NM01 for the reporting year, counted when opened (it reads every
 * case held here), and what it counts.
 */
function Nm01Figures() {
  const { dashboard, today } = usePanel();
  const nm01 = dashboard.nm01.value;
  const label = tsmReportingYear(today.value).label;
  const rate = (n: number | null) => (n === null ? '' : ` (${n.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} per 1,000 homes)`);
  return (
    <details
      class="nm01"
      data-testid="nm01"
      onToggle={(event) => {
        if (event.currentTarget.open) void dashboard.countNm01();
      }}
    >
      <summary>NM01 figures for {label} (Tenant Satisfaction Measures)</summary>
      <div aria-live="polite" aria-busy={dashboard.nm01Counting.value ? 'true' : undefined}>
        {nm01 === null ? (
          <p>Counting…</p>
        ) : (
          <>
            <p>
              Tenant Satisfaction Measure NM01, {formatDateLong(nm01.year.from)} to {formatDateLong(nm01.year.to)}:
            </p>
            <dl class="nm01-figures">
              <dt>ASB cases opened</dt>
              <dd data-testid="nm01-asb">
                {count(nm01.figures.asbCases)}
                {rate(nm01.figures.asbPer1000)}
              </dd>
              <dt>Of these, cases involving hate incidents</dt>
              <dd data-testid="nm01-hate">
                {count(nm01.figures.hateCases)}
                {rate(nm01.figures.hatePer1000)}
              </dd>
              <dt>Further reports counted in an open case about the same person</dt>
              <dd data-testid="nm01-further">{count(nm01.figures.furtherReports)}</dd>
            </dl>
            {nm01.figures.homes === null ? (
              <p class="notice notice-info">Set the number of homes you manage in ASB Assist’s options to see the figures per 1,000 homes.</p>
            ) : (
              <p>Per 1,000 of the {count(nm01.figures.homes)} homes set in ASB Assist’s options.</p>
            )}
            <p class="hint">
              Counted only from the cases this browser holds: those opened here, and those read from your housing system’s case list with “Read every
              open case”. Cases no one opened here, and closed cases already deleted after the retention period, are not counted. Check the figures
              against your housing system before you report them.
              {nm01.outsidePolicy > 0 ? ` ${cases(nm01.outsidePolicy)} opened this year ${nm01.outsidePolicy === 1 ? 'is' : 'are'} outside the ASB policy and not counted.` : ''}
            </p>
          </>
        )}
      </div>
    </details>
  );
}

function ShowMore({ focusFrom }: { focusFrom: FocusFrom }) {
  const { dashboard } = usePanel();
  const shown = dashboard.rows.value.length;
  const more = dashboard.counted.value ? Math.min(DASHBOARD_PAGE_SIZE, dashboard.matching.value - shown) : 0;
  if (more <= 0) return null;
  return (
    <button
      type="button"
      class="button-secondary"
      data-testid="dashboard-more"
      onClick={() => {
        focusFrom.current = shown;
        dashboard.showMore();
      }}
    >
      Show {more} more case{more === 1 ? '' : 's'}
    </button>
  );
}
