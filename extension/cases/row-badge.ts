import { toLondonDate, type Policy } from '../../core/index.ts';
import type { HostCase, HostCaseRow } from '../hosts/host-case.ts';
import type { CaseAssessment } from './assess-case.ts';

/** The badge of one case-list row. */
export interface RowBadge {
  /** Short: "2 days left", "Due today", "3 days overdue", "Not ASB". */
  text: string;
  tone: 'ok' | 'soon' | 'overdue' | 'neutral';
  /** Full words for assistive technology and the tooltip. */
  label: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The host case a list row stands for: the case this browser last read on its page (description
 * and log included) with the row's category, date and status, which the list shows as they are
 * now; or, for a case never opened here, the row alone.
 *
 * @example
 * rowCase(row, null).description //=> ''
 */
export function rowCase(row: HostCaseRow, seen: HostCase | null): HostCase {
  const fromRow = {
    recordedCategory: row.recordedCategory.trim() === '' ? (seen?.recordedCategory ?? '') : row.recordedCategory,
    receivedAt: row.receivedAt,
    ...(row.status ? { status: row.status } : {}),
    // Closed as the list shows it now (in the system's words), since when the case page said.
    ...(row.closed ? { closed: true, ...(seen?.closed && seen.closedAt ? { closedAt: seen.closedAt } : {}) } : {}),
  };
  if (seen) {
    const { closed: _closed, closedAt: _closedAt, ...rest } = seen;
    return { ...rest, ...fromRow };
  }
  return { system: row.system, reference: row.reference, description: '', parties: [], logEntries: [], url: '', ...fromRow, recordedCategory: row.recordedCategory };
}

/**
 * A list row's badge, from the case's one assessment (see assessCase): working days left to (or
 * overdue past) its next deadline; null for a closed case, or one nothing can be said of (an
 * unknown category and no description).
 *
 * @example
 * rowBadge(row, assessCase(rowCase(row, null), ACTIVEH_VOCABULARY, policies.model, null, '2026-12-18'), policies.model, '2026-12-18')
 * //=> { text: '4 days overdue', tone: 'overdue', label: 'ASB/2026/00377, Level 3 Low Risk. Contact the complainant: overdue by 4 working days' }
 */
export function rowBadge(row: HostCaseRow, assessment: CaseAssessment, policy: Policy, today: string): RowBadge | null {
  // Closed in the system's own words (the adapter's, or a mapping's closedStatuses).
  if (row.closed) return null;
  const t = assessment.triage;
  if (!t) return null;
  if (!t.isAsb || !assessment.level) {
    return { text: 'Not ASB', tone: 'neutral', label: `${row.reference}: outside the ASB policy (${policy.outsideAsb.route.label})` };
  }
  const next = assessment.next;
  const prefix = `${row.reference}, ${assessment.levelLabel}.`;
  if (!next) return { text: 'Up to date', tone: 'ok', label: `${prefix} No deadline outstanding` };
  const label = `${prefix} ${assessment.nextText}`;
  const left = next.workingDaysLeft;
  if (next.status === 'overdue') {
    const behind = left !== null && left < 0 ? -left : 0;
    return { text: behind > 0 ? `${plural(behind, 'day')} overdue` : 'Overdue', tone: 'overdue', label };
  }
  if (next.due === null || left === null) return { text: 'No date', tone: 'neutral', label };
  if (next.due === toLondonDate(today, 'today')) return { text: 'Due today', tone: 'soon', label };
  if (left <= 0) return { text: 'Due soon', tone: 'soon', label };
  return { text: `${plural(left, 'day')} left`, tone: left <= 1 ? 'soon' : 'ok', label };
}
