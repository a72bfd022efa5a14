import { useState } from 'preact/hooks';
import type { CaseDeadline } from '../../core/index.ts';
import { usePanel } from './panel-context.ts';

/**
 * The reason a deadline was missed (003: "An explanation will be recorded"), saved with the case.
 *
 * @example
 * <MissedReasonField deadline={firstContact} caseKey="activeh:ASB-1" /> //=> 'Why was “Contact the complainant” missed?'
 */
export function MissedReasonField({ deadline, caseKey }: { deadline: CaseDeadline; caseKey: string }) {
  const { caseState } = usePanel();
  const [text, setText] = useState(deadline.missedReason ?? '');
  const id = `missed-${caseKey}-${deadline.id}`.replace(/[^a-zA-Z0-9-]/g, '-');
  const saved = (deadline.missedReason ?? '') === text.trim();
  return (
    <form
      class="missed-reason"
      onSubmit={(event) => {
        event.preventDefault();
        void caseState.setMissedReason(deadline.id, text);
      }}
    >
      <label for={id}>Why was “{deadline.label}” missed?</label>
      <textarea id={id} rows={2} value={text} onInput={(event) => setText(event.currentTarget.value)} />
      <button type="submit" class="button-secondary" disabled={saved}>
        {saved && text.trim() !== '' ? 'Reason saved' : 'Save reason'}
      </button>
    </form>
  );
}
