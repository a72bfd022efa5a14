import { LockedNote } from './locked-note.tsx';
import { useOptions } from './options-context.ts';

/**
 * The housing system's case list the side panel's dashboard can be filled from, and the number
 * of homes for the NM01 rates.
 *
 * @example
 * <TeamFieldset /> //=> the 'Case list address' and 'Number of homes you manage' fields
 */
export function TeamFieldset() {
  const { draft, locked, set, errors } = useOptions();
  const s = draft.value!;
  const isLocked = locked.value.has('caseListUrl');
  const homesLocked = locked.value.has('homes');
  const homesError = errors.value.find((e) => e.field === 'homes');
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
      <div class="field">
        <label for="homes">Number of homes you manage (optional)</label>
        <p class="hint" id="homes-hint">
          For the Tenant Satisfaction Measure NM01: “All cases” shows ASB cases and hate cases per 1,000 homes for the reporting year.
        </p>
        {homesLocked ? <LockedNote id="homes-locked" /> : null}
        {homesError ? (
          <p id="homes-error" class="error-message">
            <span class="visually-hidden">Error: </span>
            {homesError.problem}
          </p>
        ) : null}
        <input
          id="homes"
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          value={s.homes === null ? '' : String(s.homes)}
          disabled={homesLocked}
          aria-invalid={homesError ? 'true' : undefined}
          aria-describedby={['homes-hint', homesLocked ? 'homes-locked' : '', homesError ? 'homes-error' : ''].filter(Boolean).join(' ')}
          onInput={(event) => {
            const text = event.currentTarget.value.trim();
            set('homes', text === '' ? null : Number(text));
          }}
        />
      </div>
    </fieldset>
  );
}
