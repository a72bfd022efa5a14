import { describeDeadline } from '../../core/index.ts';
import type { RiskLevel } from '../../core/index.ts';
import type { CaseSummary } from '../cases/summarize-case.ts';

/** How the dashboard filters cases: by level ('all', or 'none' for cases outside the ASB policy) and officer ('all', or a name; '' for none named). */
export interface DashboardFilter {
  level: RiskLevel | 'none' | 'all';
  officer: string | 'all';
  /** 'soon': only cases whose next deadline is overdue or due within {@link SOON_WORKING_DAYS} working days. */
  due?: 'all' | 'soon';
}

/** "Due soon" on the dashboard: overdue, or due in the next 5 working days. */
export const SOON_WORKING_DAYS = 5;

/**
 * Whether an open case's next deadline is overdue or due within the next 5 working days.
 *
 * @example
 * isDueSoon(summary) //=> true when its next deadline is due in 3 working days
 */
export function isDueSoon(summary: CaseSummary): boolean {
  if (summary.tracked.closedAt) return false;
  const left = summary.next?.workingDaysLeft;
  return summary.next?.status === 'overdue' || (left !== null && left !== undefined && left <= SOON_WORKING_DAYS);
}

/** One row of the dashboard. */
export interface DashboardRow {
  key: string;
  reference: string;
  level: RiskLevel | null;
  /** "Level 1 High Risk", or "Outside the ASB policy". */
  levelLabel: string;
  officer: string;
  /** 'overdue' | 'due-today' | 'pending' | 'nothing-due' | 'closed' | 'problem', for sorting and the status word. */
  state: 'overdue' | 'due-today' | 'pending' | 'nothing-due' | 'closed' | 'problem';
  /** The state in words: "Overdue", "Due today", "Open", "Nothing due", "Closed", "Needs checking". */
  stateLabel: string;
  /** The next deadline in words ("Contact the complainant: overdue by 3 working days"), or what stands instead. */
  next: string;
  /** The ASB Case Review prompt when the threshold is near or met. */
  caseReviewPrompt: string | null;
  summary: CaseSummary;
}

const ORDER: Record<DashboardRow['state'], number> = { overdue: 0, 'due-today': 1, pending: 2, problem: 3, 'nothing-due': 4, closed: 5 };
const STATE_LABELS: Record<DashboardRow['state'], string> = {
  overdue: 'Overdue',
  'due-today': 'Due today',
  pending: 'Open',
  problem: 'Needs checking',
  'nothing-due': 'Nothing due',
  closed: 'Closed',
};

/**
 * The dashboard: every tracked case that passes the filter, sorted by next deadline with the
 * overdue first (most overdue first), then due today, then by due date; cases with nothing due
 * and closed cases come last. Ties go by reference.
 *
 * @example
 * dashboardRows(summaries, { level: 'all', officer: 'all' }, '2027-01-04').map((r) => r.stateLabel)
 * //=> ['Overdue', 'Overdue', 'Due today', 'Open', 'Closed']
 */
export function dashboardRows(summaries: readonly CaseSummary[], filter: DashboardFilter, today: string): DashboardRow[] {
  return summaries
    .filter((s) => filter.level === 'all' || (filter.level === 'none' ? s.level === null : s.level === filter.level))
    .filter((s) => filter.officer === 'all' || s.tracked.officer === filter.officer)
    .filter((s) => filter.due !== 'soon' || isDueSoon(s))
    .map((s) => toRow(s, today))
    .sort(
      (a, b) =>
        ORDER[a.state] - ORDER[b.state] ||
        compareDue(a.summary.next?.due ?? null, b.summary.next?.due ?? null) ||
        a.reference.localeCompare(b.reference),
    );
}

function toRow(s: CaseSummary, today: string): DashboardRow {
  const state: DashboardRow['state'] = s.closed
    ? 'closed'
    : s.problem
      ? 'problem'
      : s.overdue.length > 0
        ? 'overdue'
        : s.dueToday.length > 0
          ? 'due-today'
          : s.next
            ? 'pending'
            : 'nothing-due';
  const next = s.problem
    ? s.problem
    : s.next
      ? describeDeadline(s.next, today)
      : s.level === null
        ? 'Outside the ASB policy: no ASB deadlines'
        : 'No deadline outstanding';
  const prompt = s.caseReview && (s.caseReview.met || s.caseReview.near) ? s.caseReview.prompt : null;
  return {
    key: s.key,
    reference: s.tracked.reference,
    level: s.level,
    levelLabel: s.triage?.levelLabel ?? (s.triage && !s.triage.isAsb ? 'Outside the ASB policy' : 'Not known'),
    officer: s.tracked.officer,
    state,
    stateLabel: STATE_LABELS[state],
    next,
    caseReviewPrompt: prompt,
    summary: s,
  };
}

function compareDue(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
