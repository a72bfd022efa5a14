import { LockedNote } from './locked-note.tsx';
import { useOptions } from './options-context.ts';

/**
 * Notifications and how long closed cases are kept.
 *
 * @example
 * <RemindersFieldset /> //=> the notifications checkbox and the retention period
 */
export function RemindersFieldset() {
  const { draft, locked, set, errors } = useOptions();
  const s = draft.value!;
  const notifyLocked = locked.value.has('notificationsOn');
  const retentionLocked = locked.value.has('retentionDays');
  const retentionError = errors.value.find((e) => e.field === 'retention-days');
  return (
    <fieldset class="card">
      <legend>
        <h2>Reminders and records</h2>
      </legend>
      <div class="radio">
        <input
          type="checkbox"
          id="notifications-on"
          checked={s.notificationsOn}
          disabled={notifyLocked}
          aria-describedby={['notifications-hint', notifyLocked ? 'notifications-locked' : ''].filter(Boolean).join(' ')}
          onChange={(event) => set('notificationsOn', event.currentTarget.checked)}
        />
        <label for="notifications-on">Notify me of deadlines due today and overdue</label>
      </div>
      <p id="notifications-hint" class="hint">
        At most one notification a day for each case.
      </p>
      {notifyLocked ? <LockedNote id="notifications-locked" /> : null}
      <div class="field">
        <label for="retention-days">Keep closed cases for (days)</label>
        <p id="retention-hint" class="hint">
          After this many days from closing, ASB Assist deletes what it holds on a case. Your housing system is not changed.
        </p>
        {retentionLocked ? <LockedNote id="retention-locked" /> : null}
        {retentionError ? (
          <p id="retention-error" class="error-message">
            <span class="visually-hidden">Error: </span>
            {retentionError.problem}
          </p>
        ) : null}
        <input
          id="retention-days"
          type="number"
          inputMode="numeric"
          min={1}
          max={3650}
          value={String(s.retentionDays)}
          disabled={retentionLocked}
          aria-invalid={retentionError ? 'true' : undefined}
          aria-describedby={['retention-hint', retentionLocked ? 'retention-locked' : '', retentionError ? 'retention-error' : ''].filter(Boolean).join(' ')}
          onInput={(event) => set('retentionDays', Number(event.currentTarget.value))}
        />
      </div>
    </fieldset>
  );
}
