import { describeDeadline, toLondonDate } from '../../core/index.ts';
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
        {summary.deadlines.map((d) => {
          const unsaved = unsavedReason(summary, d.id, today.value);
          return (
            <li key={d.id} class={`deadline deadline-${d.status}`} data-deadline={d.id} data-due={d.due ?? undefined}>
              <span class="deadline-status">{d.kind === 'wait' ? 'Waiting period' : STATUS_WORDS[d.status]}</span>{' '}
              {/* The field just below says an explanation is owed and asks for it. */}
              <span class="deadline-text">{describeDeadline(d, today.value, { explanation: false })}</span>
              <MissedReasonField key={`${d.id}-${d.missedReason ?? ''}`} deadline={d} caseKey={summary.key} />
              {unsaved ? (
                <WriteBackNote entry={{ type: 'explanation-recorded', arg: d.id, at: unsaved.at, what: `Reason a deadline was missed (${d.label})`, reason: unsaved.reason }} />
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * The explanation recorded here for a deadline (an `explanation-recorded` event, or a reason an
 * older version kept in missedReasons) when the housing system's log has none for it yet, with
 * its date (London; today for an old reason, which has none).
 */
function unsavedReason(summary: CaseSummary, deadlineId: string, today: string): { reason: string; at: string } | null {
  const inHost = summary.events.some((e) => e.origin === 'host' && e.type === 'explanation-recorded' && e.deadline === deadlineId);
  if (inHost) return null;
  const event = summary.events.findLast((e) => e.origin === 'officer' && e.type === 'explanation-recorded' && e.deadline === deadlineId && e.reason);
  if (event) return { reason: event.reason!, at: toLondonDate(event.at, 'at') };
  const old = summary.tracked.missedReasons[deadlineId];
  return old ? { reason: old, at: today } : null;
}
