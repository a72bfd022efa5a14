import { formatDateLong } from '../calendar/format-date.ts';
import { addCalendarDays } from '../calendar/iso-date.ts';
import { toLondonDate } from '../calendar/to-london-date.ts';
import type { IsoDate, IsoDateTime } from '../types.ts';
import type { CaseDeadline } from './case-deadlines.ts';

/**
 * One line of plain English for the in-page banner, always `"<label>: <state>"`, the label being
 * the policy's instruction ("Contact the complainant"). The state, for a deadline or a recurring
 * one:
 *
 * - `met`; `met late, 2 working days after the target` (`met late` when the count is not known)
 * - `due today`, `due tomorrow` (the next calendar day),
 *   `due in 3 working days (Monday 4 January 2027)` (`1 working day` when one),
 *   `due Sunday 28 February 2027` (a date after tomorrow with no working day before it)
 * - `overdue by 3 working days` (`1 working day`), or `overdue (due Saturday 2 January 2027)`
 *   when the date passed without a working day since
 * - `no fixed date` when the policy sets none
 *
 * A waiting period (kind `'wait'`) reads `ends today`, `ends tomorrow`,
 * `ends in 3 working days (Monday 4 January 2027)`, `ended`, or its `problem` when it was cut short.
 * `today` is a date or date-time (its London date is used).
 *
 * When the deadline's `explanationOwed` is true (the policy asks for an explanation when a target
 * is met late or missed, 003 Reporting ASB, and none is recorded yet), a second sentence says so:
 * `An explanation is owed: record why it was met late.` (or `...why it was missed.`). A view that
 * asks for the explanation right beside the line passes `{ explanation: false }` to leave it out.
 *
 * @example
 * describeDeadline(
 *   { id: 'first-contact', label: 'Contact the complainant', due: '2026-12-29', status: 'pending',
 *     workingDaysLeft: 1, kind: 'deadline', basis: '...' },
 *   '2026-12-24',
 * )
 * //=> 'Contact the complainant: due in 1 working day (Tuesday 29 December 2026)'
 */
export function describeDeadline(d: CaseDeadline, today: IsoDateTime, opts: { explanation?: boolean } = {}): string {
  const now = toLondonDate(today, 'today');
  const line = `${d.label}: ${d.kind === 'wait' ? waitState(d, now) : state(d, now)}`;
  if (!d.explanationOwed || opts.explanation === false) return line;
  return `${line}. An explanation is owed: record why it was ${d.status === 'met-late' ? 'met late' : 'missed'}.`;
}

function state(d: CaseDeadline, today: IsoDate): string {
  if (d.status === 'met') return 'met';
  if (d.status === 'met-late') return d.workingDaysLate ? `met late, ${workingDays(d.workingDaysLate)} after the target` : 'met late';
  if (d.due === null) return 'no fixed date';
  if (d.status === 'overdue' || d.due < today) {
    const behind = -(d.workingDaysLeft ?? 0);
    return behind > 0 ? `overdue by ${workingDays(behind)}` : `overdue (due ${formatDateLong(d.due)})`;
  }
  return `due ${ahead(d, d.due, today)}`;
}

function waitState(d: CaseDeadline, today: IsoDate): string {
  if (d.problem) return d.problem;
  if (d.status !== 'pending' || d.due === null || d.due < today) return 'ended';
  return `ends ${ahead(d, d.due, today)}`;
}

/** "today", "tomorrow", "in 3 working days (Monday 4 January 2027)" or "Sunday 28 February 2027". */
function ahead(d: CaseDeadline, due: IsoDate, today: IsoDate): string {
  if (due === today) return 'today';
  if (due === addCalendarDays(today, 1)) return 'tomorrow';
  const left = d.workingDaysLeft ?? 0;
  return left > 0 ? `in ${workingDays(left)} (${formatDateLong(due)})` : formatDateLong(due);
}

function workingDays(n: number): string {
  return `${n} working day${n === 1 ? '' : 's'}`;
}
