import { useEffect } from 'preact/hooks';
import type { OptionsState } from '../../options/create-options-state.ts';
import { DataSection } from './data-section.tsx';
import { ErrorSummary } from './error-summary.tsx';
import { HostsSection } from './hosts-section.tsx';
import { IntakeSection } from './intake-section.tsx';
import { OfficerFieldset } from './officer-fieldset.tsx';
import { OptionsContext, useOptions } from './options-context.ts';
import { PolicyFieldset } from './policy-fieldset.tsx';
import { RemindersFieldset } from './reminders-fieldset.tsx';
import { TeamFieldset } from './team-fieldset.tsx';

/**
 * The options page: policy, region, officer, reminders, host systems and data. Settings the
 * organisation manages are shown locked.
 *
 * @example
 * render(<OptionsApp state={createOptionsState(service)} />, document.getElementById('app')!);
 */
export function OptionsApp({ state }: { state: OptionsState }) {
  useEffect(() => {
    void state.start();
  }, [state]);
  return (
    <OptionsContext.Provider value={state}>
      <Page />
    </OptionsContext.Provider>
  );
}

function Page() {
  const { draft, errors, message, effective, save } = useOptions();
  return (
    <main class="options">
      <h1>ASB Assist settings</h1>
      {effective.value && effective.value.locked.length > 0 ? (
        <p class="notice notice-info">Your organisation manages some of these settings. They are shown but cannot be changed here.</p>
      ) : null}
      {effective.value && effective.value.problems.length > 0 ? (
        <p class="notice notice-warning">Some settings from your organisation could not be used: {effective.value.problems.join('; ')}.</p>
      ) : null}
      {!draft.value ? (
        <p>Loading…</p>
      ) : (
        <>
          <ErrorSummary errors={errors.value} title="There is a problem" id="settings-errors" />
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <PolicyFieldset />
            <OfficerFieldset />
            <RemindersFieldset />
            <TeamFieldset />
            <button type="submit" class="button">
              Save settings
            </button>
          </form>
          <HostsSection />
          <IntakeSection />
          <DataSection />
        </>
      )}
      <p class="status" role="status" aria-live="polite" data-testid="options-status">
        {message.value}
      </p>
    </main>
  );
}
