import { LockedNote } from './locked-note.tsx';
import { useOptions } from './options-context.ts';

/**
 * The housing system's case list the side panel's dashboard can be filled from.
 *
 * @example
 * <TeamFieldset /> //=> the 'Case list address' field
 */
export function TeamFieldset() {
  const { draft, locked, set } = useOptions();
  const s = draft.value!;
  const isLocked = locked.value.has('caseListUrl');
  return (
    <fieldset class="card">
      <legend>
        <h2>The team’s cases</h2>
      </legend>
      <div class="field">
        <label for="case-list-url">Case list address (optional)</label>
        <p class="hint" id="case-list-url-hint">
          The web address of your housing system’s list of ASB cases. The side panel’s “All cases” can then read every open case from it, with your
          own sign-in.
        </p>
        {isLocked ? <LockedNote id="case-list-url-locked" /> : null}
        <input
          id="case-list-url"
          type="url"
          value={s.caseListUrl}
          disabled={isLocked}
          aria-describedby={['case-list-url-hint', isLocked ? 'case-list-url-locked' : ''].filter(Boolean).join(' ')}
          onInput={(event) => set('caseListUrl', event.currentTarget.value.trim())}
        />
      </div>
    </fieldset>
  );
}
