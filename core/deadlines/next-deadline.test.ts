import { describe, expect, it } from 'vitest';
import type { CaseDeadline } from './case-deadlines.ts';
import { nextDeadline } from './next-deadline.ts';

function d(id: string, due: string | null, status: CaseDeadline['status'], kind: CaseDeadline['kind'] = 'deadline'): CaseDeadline {
  return { id, label: id, due, status, workingDaysLeft: null, basis: 'test', kind, explanationOwed: false };
}

describe('nextDeadline', () => {
  it('puts overdue before pending, the most overdue first', () => {
    const list = [
      d('action-plan', '2027-01-06', 'pending'),
      d('first-contact', '2026-12-30', 'overdue'),
      d('appointment', '2026-12-29', 'overdue'),
    ];
    expect(nextDeadline(list)?.id).toBe('appointment');
  });

  it('takes the pending one due soonest when nothing is overdue', () => {
    const list = [d('review', '2027-01-18', 'pending'), d('resolution', null, 'pending'), d('plan', '2027-01-06', 'pending')];
    expect(nextDeadline(list)?.id).toBe('plan');
  });

  it('puts deadlines with no date last, and returns one when nothing else is outstanding', () => {
    expect(nextDeadline([d('resolution', null, 'pending'), d('contact', '2027-01-06', 'met')])?.id).toBe('resolution');
  });

  it('keeps policy order for a tie', () => {
    expect(nextDeadline([d('a', '2027-01-06', 'pending'), d('b', '2027-01-06', 'pending')])?.id).toBe('a');
  });

  it('skips met deadlines and waiting periods; null when nothing is outstanding', () => {
    const list = [
      d('contact', '2026-12-29', 'met'),
      d('plan', '2026-12-31', 'met-late'),
      d('reply-window', '2027-01-05', 'pending', 'wait'),
    ];
    expect(nextDeadline(list)).toBeNull();
    expect(nextDeadline([])).toBeNull();
  });
});
