import { formatDateLong } from '../../core/index.ts';
import type { ChecklistItem } from '../../core/index.ts';
import type { TrackedAssessment as CaseSummary } from '../cases/assess-tracked-case.ts';
import { usePanel } from './panel-context.ts';
import { systemName } from './system-name.ts';
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
  const { caseState } = usePanel();
  const fromHost = caseState.hostEvents.value.has(step.event);
  // Ticked here and not in the housing system's log: any other officer's browser cannot see it yet.
  const ticked = summary.events.find((e) => e.origin === 'officer' && e.type === step.event);
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
        onChange={(event) => void caseState.toggleStep(step, event.currentTarget.checked)}
      />
      <label for={id}>{step.label}</label>
      <span id={hintId} class="step-hint">
        {stepHint(step, fromHost, summary)}
      </span>
      {step.done && !fromHost && ticked ? <WriteBackNote entry={{ type: step.event, at: ticked.at, what: step.label }} /> : null}
    </li>
  );
}

function stepHint(step: ChecklistItem, fromHost: boolean, summary: CaseSummary): string {
  const parts: string[] = [];
  if (step.done && step.doneAt) parts.push(`Done ${formatDateLong(step.doneAt)}`);
  if (fromHost) parts.push(`recorded in the ${systemName(summary.tracked.system)} case log`);
  if (!step.done && step.due) parts.push(`${step.status === 'overdue' ? 'Was due' : 'Due'} ${formatDateLong(step.due)}`);
  if (step.problem) parts.push(step.problem);
  return parts.join('; ');
}
