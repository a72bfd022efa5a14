import { RISK_LEVELS } from '../../core/index.ts';
import { SOON_WORKING_DAYS, type DashboardFilter } from './dashboard-rows.ts';
import { usePanel } from './panel-context.ts';

/**
 * Every tracked case, sorted by next deadline with the overdue first, filtered by level and officer.
 *
 * @example
 * <DashboardView /> //=> filters, 'Showing 3 of 5 cases.', the cases overdue first
 */
export function DashboardView() {
  const { dashboard, caseState, resolved, loaded } = usePanel();
  const rows = dashboard.rows.value;
  const levels = resolved.value?.policy.levels ?? [];

  return (
    <section aria-labelledby="dashboard-heading">
      <h1 id="dashboard-heading" tabIndex={-1}>
        All cases
      </h1>
      <div class="filters">
        <div class="field">
          <label for="filter-level">Level</label>
          <select
            id="filter-level"
            value={dashboard.level.value}
            onChange={(event) => (dashboard.level.value = event.currentTarget.value as DashboardFilter['level'])}
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
          <select id="filter-officer" value={dashboard.officer.value} onChange={(event) => (dashboard.officer.value = event.currentTarget.value)}>
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
            onChange={(event) => (dashboard.due.value = event.currentTarget.value as 'all' | 'soon')}
          >
            <option value="all">Any time</option>
            <option value="soon">Overdue or due in the next {SOON_WORKING_DAYS} working days</option>
          </select>
        </div>
      </div>
      <p aria-live="polite" data-testid="dashboard-count">
        {!loaded.value ? 'Loading…' : `Showing ${rows.length} of ${dashboard.total.value} case${dashboard.total.value === 1 ? '' : 's'}.`}
      </p>
      {rows.length > 0 ? (
        <ol class="case-list" data-testid="dashboard-rows">
          {rows.map((row) => (
            <li key={row.key} class={`case-row case-${row.state}`} data-key={row.key}>
              <h2 class="case-row-title">
                <button type="button" class="link-button" onClick={() => caseState.open(row.key)}>
                  Case {row.reference}
                </button>
              </h2>
              <p class="case-row-state">
                <strong class={`tag tag-${row.state}`}>{row.stateLabel}</strong> {row.levelLabel}
                {row.officer ? ` · ${row.officer}` : ''}
              </p>
              <p class="case-row-next">{row.next}</p>
              {row.caseReviewPrompt ? <p class="notice notice-info case-review-note">{row.caseReviewPrompt}</p> : null}
            </li>
          ))}
        </ol>
      ) : loaded.value ? (
        <p>{dashboard.total.value === 0 ? 'No cases yet. Cases appear here once you open them in your housing system.' : 'No case matches these filters.'}</p>
      ) : null}
    </section>
  );
}
