import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDateLong, formatTime } from '../../core/index.ts';
import type { ChecklistItem } from '../../core/index.ts';
import type { TrackedAssessment as CaseSummary } from '../cases/assess-tracked-case.ts';
import type { HostRule } from '../hosts/host-rule.ts';
import { appointmentEvents } from './appointment-events.ts';
import { readAppointment } from './appointment-form.ts';
import { usePanel } from './panel-context.ts';
import { systemName } from '../hosts/system-name.ts';
import { WriteBackNote } from './write-back-note.tsx';

/**
 * The checklist by stage: ticking a step records its event now; unticking removes it.
 *
 * @example
 * <ChecklistView summary={summary} /> //=> one fieldset per stage, a checkbox per step
 */
export function ChecklistView({ summary }: { summary: CaseSummary }) {
  const stages = summary.checklist.filter((stage) => stage.steps.length > 0);
  if (stages.length === 0) return null;
  return (
    <section class="card" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">Checklist</h2>
      <p class="hint">Tick a step when it is done: it is recorded with today’s date and the deadlines update.</p>
      {stages.map((stage) => (
        <fieldset key={stage.stage} class="stage">
          <legend>{stage.label}</legend>
          <ul class="steps">
            {stage.steps.map((step) => (
              <Step key={step.id} step={step} summary={summary} />
            ))}
          </ul>
        </fieldset>
      ))}
    </section>
  );
}

function Step({ step, summary }: { step: ChecklistItem; summary: CaseSummary }) {
  const { caseState, resolved, settings } = usePanel();
  const [asking, setAsking] = useState(false);
  const fromHost = caseState.hostEvents.value.has(step.event);
  // Ticked here and not in the housing system's log: any other officer's browser cannot see it yet.
  const ticked = summary.events.find((e) => e.origin === 'officer' && e.type === step.event);
  const asksAppointment = resolved.value ? appointmentEvents(resolved.value.policy).has(step.event) : false;
  const id = `step-${step.id}`;
  const hintId = `${id}-hint`;
  return (
    <li class={`step step-${step.status}`}>
      <input
        type="checkbox"
        id={id}
        checked={step.done}
        disabled={fromHost}
        aria-describedby={hintId}
        onChange={(event) => {
          const done = event.currentTarget.checked;
          // The appointment's own date is judged (002 2.3): ask for it before recording the offer.
          if (done && asksAppointment) {
            event.currentTarget.checked = false;
            setAsking(true);
            return;
          }
          void caseState.toggleStep(step, done);
        }}
      />
      <label for={id}>{step.label}</label>
      <span id={hintId} class="step-hint">
        {stepHint(step, fromHost, summary, settings.value?.settings.hosts)}
      </span>
      {step.done && !fromHost && ticked ? <WriteBackNote entry={{ type: step.event, at: ticked.at, what: step.label }} /> : null}
      {asking && !step.done ? (
        <AppointmentForm
          idBase={id}
          receivedAt={summary.tracked.host.receivedAt}
          onCancel={() => {
            setAsking(false);
            document.getElementById(id)?.focus();
          }}
          onRecord={(appointmentAt) =>
            caseState.toggleStep(step, true, { appointmentAt }).then(() => {
              setAsking(false);
              document.getElementById(id)?.focus();
            })
          }
        />
      ) : null}
    </li>
  );
}

/** The appointment's date and time, asked when "appointment offered" is ticked. */
function AppointmentForm({
  idBase,
  receivedAt,
  onCancel,
  onRecord,
}: {
  idBase: string;
  receivedAt: string;
  onCancel: () => void;
  onRecord: (appointmentAt: string) => Promise<void>;
}) {
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const inputId = `${idBase}-appointment`;
  const input = useRef<HTMLInputElement>(null);
  // The field appears because the officer ticked the step: focus moves to it.
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      class="step-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const read = readAppointment(value, receivedAt);
        if (!read.ok) {
          setError(read.error);
          document.getElementById(inputId)?.focus();
          return;
        }
        setError('');
        onRecord(read.value).catch((error: unknown) => setError(`The offer was not recorded: ${error instanceof Error ? error.message : String(error)}`));
      }}
    >
      <label for={inputId}>Appointment date and time</label>
      {error ? (
        <p id={`${inputId}-error`} class="error-message">
          <span class="visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <input
        id={inputId}
        type="datetime-local"
        value={value}
        ref={input}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${inputId}-error` : undefined}
        onInput={(event) => setValue(event.currentTarget.value)}
      />
      <div class="actions">
        <button type="submit" class="button-secondary">
          Record the offer
        </button>
        <button type="button" class="link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function stepHint(step: ChecklistItem, fromHost: boolean, summary: CaseSummary, rules: readonly HostRule[] | undefined): string {
  const parts: string[] = [];
  if (step.done && step.doneAt) parts.push(`Done ${formatDateLong(step.doneAt)}`);
  const appointment = step.done ? summary.events.find((e) => e.type === step.event && e.appointmentAt)?.appointmentAt : undefined;
  if (appointment) parts.push(`appointment ${formatDateLong(appointment)} at ${formatTime(appointment)}`);
  if (fromHost) parts.push(`recorded in the ${systemName(summary.tracked.system, { url: summary.tracked.host.url, rules })} case log`);
  if (!step.done && step.due) parts.push(`${step.status === 'overdue' ? 'Was due' : 'Due'} ${formatDateLong(step.due)}`);
  if (step.problem) parts.push(step.problem);
  return parts.join('; ');
}
