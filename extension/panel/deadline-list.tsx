import { describeDeadline } from '../../core/index.ts';
import type { CaseDeadline } from '../../core/index.ts';
import type { TrackedAssessment as CaseSummary } from '../cases/assess-tracked-case.ts';
import { MissedReasonField } from './missed-reason-field.tsx';
import { usePanel } from './panel-context.ts';
import { WriteBackNote } from './write-back-note.tsx';

const STATUS_WORDS: Record<CaseDeadline['status'], string> = {
  met: 'Met',
  'met-late': 'Met late',
  pending: 'To do',
  overdue: 'Overdue',
};

/**
 * The case's deadlines, in words, asking for an explanation where one is owed (see MissedReasonField).
 *
 * @example
 * <DeadlineList summary={summary} /> //=> 'Next: Contact the complainant: due today', then every deadline
 */
export function DeadlineList({ summary }: { summary: CaseSummary }) {
  const { today } = usePanel();
  if (summary.level === null) return null;
  return (
    <section class="card" aria-labelledby="deadlines-heading">
      <h2 id="deadlines-heading">Deadlines</h2>
      {summary.next ? (
        <p class="next-deadline" data-testid="next-deadline">
          Next: {describeDeadline(summary.next, today.value)}
        </p>
      ) : (
        <p class="next-deadline" data-testid="next-deadline">
          No deadline is outstanding.
        </p>
      )}
      <ul class="deadlines">
        {summary.deadlines.map((d) => (
          <li key={d.id} class={`deadline deadline-${d.status}`} data-deadline={d.id} data-due={d.due ?? undefined}>
            <span class="deadline-status">{d.kind === 'wait' ? 'Waiting period' : STATUS_WORDS[d.status]}</span>{' '}
            {/* The field just below says an explanation is owed and asks for it. */}
            <span class="deadline-text">{describeDeadline(d, today.value, { explanation: false })}</span>
            <MissedReasonField key={`${d.id}-${d.missedReason ?? ''}`} deadline={d} caseKey={summary.key} />
            {unsavedReason(summary, d.id) ? (
              <WriteBackNote entry={{ type: 'explanation-recorded', arg: d.id, at: today.value, what: `Reason a deadline was missed (${d.label})`, reason: unsavedReason(summary, d.id)! }} />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The reason recorded here for a missed deadline when the housing system's log has none for it yet. */
function unsavedReason(summary: CaseSummary, deadlineId: string): string | null {
  const reason = summary.tracked.missedReasons[deadlineId];
  if (!reason) return null;
  const inHost = summary.events.some((e) => e.origin === 'host' && e.type === 'explanation-recorded' && e.deadline === deadlineId);
  return inHost ? null : reason;
}
