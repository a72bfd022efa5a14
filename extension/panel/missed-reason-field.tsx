import { useState } from 'preact/hooks';
import type { CaseDeadline } from '../../core/index.ts';
import { usePanel } from './panel-context.ts';

/**
 * The explanation for a deadline met late or missed (003 Reporting ASB: "An explanation will be
 * recorded"). While the core says one is owed (`explanationOwed`), it asks for it; once one is
 * recorded it shows it, with a way to change it, and asks no more.
 *
 * @example
 * <MissedReasonField deadline={firstContact} caseKey="activeh:ASB-1" /> //=> 'An explanation is owed. Why was “Contact the reporter” missed?'
 */
export function MissedReasonField({ deadline, caseKey }: { deadline: CaseDeadline; caseKey: string }) {
  const { caseState } = usePanel();
  const recorded = deadline.missedReason ?? '';
  const [text, setText] = useState(recorded);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState('');
  const id = `missed-${caseKey}-${deadline.id}`.replace(/[^a-zA-Z0-9-]/g, '-');
  if (!deadline.explanationOwed && !recorded) return null;
  const late = deadline.status === 'met-late' || (deadline.status === 'met' && (deadline.missed?.length ?? 0) > 0);

  if (!deadline.explanationOwed && !editing) {
    return (
      <p class="missed-reason" data-testid="explanation-recorded">
        Explanation recorded: {recorded}{' '}
        <button
          type="button"
          class="link-button"
          onClick={() => {
            setText(recorded);
            setEditing(true);
          }}
        >
          Change<span class="visually-hidden"> the explanation for “{deadline.label}”</span>
        </button>
      </p>
    );
  }

  return (
    <form
      class="missed-reason"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() === '') {
          setError('Explanation: enter why it was ' + (late ? 'met late' : 'missed'));
          return;
        }
        setError('');
        void caseState.setMissedReason(deadline.id, text).then(() => setEditing(false));
      }}
    >
      {deadline.explanationOwed ? (
        <p class="explanation-owed" id={`${id}-owed`}>
          <strong>An explanation is owed.</strong> The policy asks for a reason when a target is met late or missed.
        </p>
      ) : null}
      <label for={id}>
        Why was “{deadline.label}” {late ? 'met late' : 'missed'}?
      </label>
      {error ? (
        <p id={`${id}-error`} class="error-message">
          <span class="visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <textarea
        id={id}
        rows={2}
        value={text}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={[deadline.explanationOwed ? `${id}-owed` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <button type="submit" class="button-secondary">
        Save the explanation
      </button>
    </form>
  );
}
