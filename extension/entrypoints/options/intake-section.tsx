import { useState } from 'preact/hooks';
import { maskToken } from '../../settings/intake-settings.ts';
import { ErrorSummary } from './error-summary.tsx';
import { LockedNote } from './locked-note.tsx';
import { useOptions } from './options-context.ts';

/**
 * The landlord's intake service: its address and a staff token, so the side panel lists new
 * website reports. Saving asks for access to the intake's address. The saved token is never shown
 * back, only its last 4 characters; an empty token field keeps it.
 *
 * @example
 * <IntakeSection /> //=> the intake address, the staff token (password field) and "Save intake settings"
 */
export function IntakeSection() {
  const { effective, locked, intake, saveIntake } = useOptions();
  const saved = effective.value?.settings;
  const [url, setUrl] = useState(saved?.intakeUrl ?? '');
  const [token, setToken] = useState('');
  const urlLocked = locked.value.has('intakeUrl');
  const tokenLocked = locked.value.has('staffToken');
  const urlError = intake.errors.value.find((e) => e.field === 'intake-url');
  const tokenError = intake.errors.value.find((e) => e.field === 'staff-token');
  const savedToken = saved?.staffToken ?? '';
  return (
    <section class="card" aria-labelledby="intake-heading">
      <h2 id="intake-heading">Website reports</h2>
      <p class="hint">Reports tenants send from your website arrive in your intake service. With its address and a staff token, ASB Assist lists new ones in the side panel.</p>
      <ErrorSummary errors={intake.errors.value} title="The intake settings could not be saved" id="intake-errors" />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void saveIntake({ intakeUrl: url, staffToken: token }).then((ok) => ok && setToken(''));
        }}
      >
        <div class="field">
          <label for="intake-url">Intake address</label>
          <p id="intake-url-hint" class="hint">
            For example https://reports.example.org. ASB Assist asks for access to it when you save.
          </p>
          {urlLocked ? <LockedNote id="intake-url-locked" /> : null}
          {urlError ? (
            <p id="intake-url-error" class="error-message">
              <span class="visually-hidden">Error: </span>
              {urlError.problem}
            </p>
          ) : null}
          <input
            id="intake-url"
            type="url"
            value={urlLocked ? (saved?.intakeUrl ?? '') : url}
            disabled={urlLocked}
            spellcheck={false}
            aria-invalid={urlError ? 'true' : undefined}
            aria-describedby={['intake-url-hint', urlLocked ? 'intake-url-locked' : '', urlError ? 'intake-url-error' : ''].filter(Boolean).join(' ')}
            onInput={(event) => setUrl(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="staff-token">Staff token</label>
          <p id="staff-token-hint" class="hint" data-testid="staff-token-hint">
            {tokenLocked
              ? 'Set by your organisation.'
              : savedToken
                ? `A token ending ${maskToken(savedToken)} is saved. Leave this empty to keep it.`
                : 'The token your intake’s administrator gave you. It stays in this browser.'}
          </p>
          {tokenError ? (
            <p id="staff-token-error" class="error-message">
              <span class="visually-hidden">Error: </span>
              {tokenError.problem}
            </p>
          ) : null}
          <input
            id="staff-token"
            type="password"
            autocomplete="off"
            spellcheck={false}
            value={token}
            disabled={tokenLocked}
            aria-invalid={tokenError ? 'true' : undefined}
            aria-describedby={['staff-token-hint', tokenError ? 'staff-token-error' : ''].filter(Boolean).join(' ')}
            onInput={(event) => setToken(event.currentTarget.value)}
          />
        </div>
        {urlLocked && tokenLocked ? null : (
          <button type="submit" class="button-secondary">
            Save intake settings
          </button>
        )}
      </form>
    </section>
  );
}
