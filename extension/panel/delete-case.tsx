import { useState } from 'preact/hooks';
import type { TrackedAssessment as CaseSummary } from '../cases/assess-tracked-case.ts';
import { usePanel } from './panel-context.ts';

/**
 * Deletes the case from ASB Assist (not from the housing system), after a second press to confirm.
 *
 * @example
 * <DeleteCase summary={summary} /> //=> 'Delete case from ASB Assist', then 'Yes, delete it' / 'Cancel'
 */
export function DeleteCase({ summary }: { summary: CaseSummary }) {
  const { caseState } = usePanel();
  const [asking, setAsking] = useState(false);
  return (
    <section class="card" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Stop tracking this case</h2>
      <p class="hint">This deletes what ASB Assist holds on case {summary.tracked.reference}. Your housing system is not changed.</p>
      {asking ? (
        <div role="group" aria-label="Confirm deletion">
          <p>Delete case {summary.tracked.reference} from ASB Assist?</p>
          <button type="button" class="button-warning" onClick={() => void caseState.deleteCase()}>
            Yes, delete it
          </button>{' '}
          <button type="button" class="button-secondary" onClick={() => setAsking(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" class="button-secondary" onClick={() => setAsking(true)}>
          Delete case from ASB Assist
        </button>
      )}
    </section>
  );
}
