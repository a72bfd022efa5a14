import type { SettingKey } from '../../settings/settings-schema.ts';
import { LockedNote } from './locked-note.tsx';
import { useOptions } from './options-context.ts';

const FIELDS: { key: Extract<SettingKey, 'officerName' | 'officerJobTitle' | 'officerPhone' | 'officerEmail'>; id: string; label: string; autocomplete: string }[] = [
  { key: 'officerName', id: 'officer-name', label: 'Your name', autocomplete: 'name' },
  { key: 'officerJobTitle', id: 'officer-job-title', label: 'Your job title (optional)', autocomplete: 'organization-title' },
  { key: 'officerPhone', id: 'officer-phone', label: 'Your phone number (optional)', autocomplete: 'tel' },
  { key: 'officerEmail', id: 'officer-email', label: 'Your email address (optional)', autocomplete: 'email' },
];

/**
 * The officer's details, used to fill in letters.
 *
 * @example
 * <OfficerFieldset /> //=> name, job title, phone and email inputs
 */
export function OfficerFieldset() {
  const { draft, locked, set, errors } = useOptions();
  const s = draft.value!;
  return (
    <fieldset class="card">
      <legend>
        <h2>About you</h2>
      </legend>
      <p class="hint">Used to fill in letters. Stored only in this browser.</p>
      {FIELDS.map(({ key, id, label, autocomplete }) => {
        const isLocked = locked.value.has(key);
        const error = errors.value.find((e) => e.field === id);
        const describedBy = [isLocked ? `${id}-locked` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
        return (
          <div class="field" key={key}>
            <label for={id}>{label}</label>
            {isLocked ? <LockedNote id={`${id}-locked`} /> : null}
            {error ? (
              <p id={`${id}-error`} class="error-message">
                <span class="visually-hidden">Error: </span>
                {error.problem}
              </p>
            ) : null}
            <input
              id={id}
              type="text"
              autocomplete={autocomplete}
              value={s[key]}
              disabled={isLocked}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={describedBy}
              onInput={(event) => set(key, event.currentTarget.value)}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
