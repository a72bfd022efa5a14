import type { ComponentChildren } from 'preact';
import type { HostSystem } from '../../hosts/host-case.ts';
import { ErrorSummary } from './error-summary.tsx';
import { LockedNote } from './locked-note.tsx';
import { useOptions } from './options-context.ts';

const SYSTEMS: Record<HostSystem, string> = {
  activeh: 'Active H',
  omniledger: 'Omniledger',
  generic: 'Another system (map its pages with selectors)',
};

/**
 * The housing systems ASB Assist works on: each asks for access to its address when added.
 *
 * @example
 * <HostsSection /> //=> the systems set up, with their access, and the form to add one
 */
export function HostsSection() {
  const { effective, locked, host, access, addHost, removeHost, grantHost } = useOptions();
  const hosts = effective.value?.settings.hosts ?? [];
  const isLocked = locked.value.has('hosts');
  const fieldError = (id: string) => host.errors.value.filter((e) => e.field === id);
  return (
    <section class="card" aria-labelledby="hosts-heading">
      <h2 id="hosts-heading">Housing systems</h2>
      <p class="hint">ASB Assist only runs on the addresses listed here, once you give it access.</p>
      {isLocked ? <LockedNote id="hosts-locked" /> : null}
      {hosts.length === 0 ? (
        <p>No housing system set up yet.</p>
      ) : (
        <ul class="host-list" data-testid="host-list">
          {hosts.map((h, i) => (
            <li key={h.match}>
              <strong>{h.system === 'generic' ? (h.generic?.name ?? 'Another system') : SYSTEMS[h.system]}</strong>: {h.match}{' '}
              {access.value[h.match] ? (
                <span>(access given)</span>
              ) : (
                <>
                  (no access yet){' '}
                  <button type="button" class="link-button" onClick={() => void grantHost(i)}>
                    Give access<span class="visually-hidden"> to {h.match}</span>
                  </button>
                </>
              )}{' '}
              {!isLocked ? (
                <button type="button" class="link-button" onClick={() => void removeHost(i)}>
                  Remove<span class="visually-hidden"> {h.match}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {!isLocked ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void addHost();
          }}
        >
          <h3>Add a housing system</h3>
          <ErrorSummary errors={host.errors.value} title="The system could not be added" id="host-errors" />
          <div class="field">
            <label for="host-system">System</label>
            <select id="host-system" value={host.system.value} onChange={(event) => (host.system.value = event.currentTarget.value as HostSystem)}>
              {(Object.keys(SYSTEMS) as HostSystem[]).map((s) => (
                <option key={s} value={s}>
                  {SYSTEMS[s]}
                </option>
              ))}
            </select>
          </div>
          <Field id="host-match" label="Address of its pages" hint="For example https://hms.example.org/* (a * matches anything)." errors={fieldError('host-match')}>
            {(props) => <input {...props} type="url" value={host.match.value} onInput={(event) => (host.match.value = event.currentTarget.value)} />}
          </Field>
          {host.system.value === 'generic' ? (
            <Field
              id="host-generic"
              label="Selectors for its pages (JSON)"
              hint='A name and a CSS selector for each field, for example {"name": "Our HMS", "caseView": {"reference": "#ref", "receivedAt": "#received", "category": "#category", "description": "#details"}}.'
              errors={fieldError('host-generic')}
            >
              {(props) => <textarea {...props} rows={6} spellcheck={false} value={host.generic.value} onInput={(event) => (host.generic.value = event.currentTarget.value)} />}
            </Field>
          ) : null}
          <button type="submit" class="button-secondary">
            Add system and give access
          </button>
        </form>
      ) : null}
    </section>
  );
}

type FieldProps = { id: string; 'aria-describedby': string; 'aria-invalid': 'true' | undefined };

function Field({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: string;
  hint: string;
  errors: { where: string; problem: string }[];
  children: (props: FieldProps) => ComponentChildren;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
      {errors.length > 0 ? (
        <ul id={`${id}-error`} class="error-message">
          {errors.map((e, i) => (
            <li key={i}>
              <span class="visually-hidden">Error: </span>
              {e.where ? `In ${e.where}: ` : ''}
              {e.problem}
            </li>
          ))}
        </ul>
      ) : null}
      {children({
        id,
        'aria-describedby': [`${id}-hint`, errors.length > 0 ? `${id}-error` : ''].filter(Boolean).join(' '),
        'aria-invalid': errors.length > 0 ? 'true' : undefined,
      })}
    </div>
  );
}
