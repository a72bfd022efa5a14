import type { CaseDeadline } from './case-deadlines.ts';

/**
 * The most urgent deadline not yet met, for the in-page banner: overdue ones first (the one due
 * earliest, so the most overdue, first), then the pending one due soonest, then pending ones with
 * no date; ties keep policy order. Waiting periods (kind `'wait'`) are left out: they say when
 * something may be done, not by when it must be. Null when nothing is outstanding.
 *
 * @example
 * nextDeadline([
 *   { id: 'action-plan', due: '2027-01-06', status: 'pending', ... },
 *   { id: 'first-contact', due: '2026-12-29', status: 'overdue', ... },
 * ])?.id
 * //=> 'first-contact'
 */
export function nextDeadline(deadlines: readonly CaseDeadline[]): CaseDeadline | null {
  let best: CaseDeadline | null = null;
  for (const d of deadlines) {
    if (d.kind === 'wait' || (d.status !== 'pending' && d.status !== 'overdue')) continue;
    if (best === null || moreUrgent(d, best)) best = d;
  }
  return best;
}

function moreUrgent(a: CaseDeadline, b: CaseDeadline): boolean {
  if (a.due === null) return false;
  if (b.due === null) return true;
  // Overdue entries are due before today and pending ones on or after it, so the earlier date
  // puts overdue first, the most overdue first, then the soonest pending.
  return a.due < b.due;
}
