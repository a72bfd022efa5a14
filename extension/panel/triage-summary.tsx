import { formatDateLong } from '../../core/index.ts';
import type { TrackedAssessment as CaseSummary } from '../cases/assess-tracked-case.ts';
import { flagWords } from '../cases/flag-words.ts';

/**
 * Triage of the case: its level and label, flags, reasons, routes and prompts.
 *
 * @example
 * <TriageSummary summary={summary} /> //=> 'Level 1 High Risk (first contact within 1 working day)', flags, what to do, why
 */
export function TriageSummary({ summary }: { summary: CaseSummary }) {
  const triage = summary.triage;
  if (!triage) return null;
  return (
    <section class="card" aria-labelledby="triage-heading">
      <h2 id="triage-heading">Triage</h2>
      {triage.isAsb && summary.levelHistory.length > 1 && summary.level !== null ? (
        <p class={`level level-${summary.level}`}>
          <strong>{summary.levelLabel}</strong> since {formatDateLong(summary.levelHistory[summary.levelHistory.length - 1]!.from)}. At receipt:{' '}
          {summary.levelHistory[0]!.label}.
        </p>
      ) : triage.isAsb ? (
        <p class={`level level-${triage.level}`}>
          <strong>{triage.levelLabel}</strong>
          {triage.firstContactWorkingDays !== null ? ` (first contact within ${triage.firstContactWorkingDays} working day${triage.firstContactWorkingDays === 1 ? '' : 's'})` : ''}
        </p>
      ) : (
        <p class="level">
          <strong>Outside the ASB policy.</strong> {triage.outsideAsbRoute?.officerAction ?? ''}
        </p>
      )}
      {summary.mismatch ? (
        <div class="notice notice-error mismatch" data-testid="mismatch">
          <h3>{summary.mismatch.headline}</h3>
          <p>{summary.mismatch.requirement}</p>
          {summary.mismatch.phrases.length > 0 ? <p>The description says: {summary.mismatch.phrases.map((p) => `“${p}”`).join(', ')}.</p> : null}
          {summary.mismatch.actions.length > 0 ? (
            <ul>
              {summary.mismatch.actions.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {triage.flags.length > 0 ? (
        <ul class="flags" aria-label="Flags">
          {triage.flags.map((flag) => (
            <li key={flag} class="flag">
              {flagWords(flag)}
            </li>
          ))}
        </ul>
      ) : null}
      {triage.prompts.length > 0 || triage.routes.length > 0 ? (
        <>
          <h3>What to do</h3>
          <ul>
            {triage.routes.map((route) => (
              <li key={route.id}>
                <strong>{route.label}:</strong> {route.officerAction}
              </li>
            ))}
            {triage.prompts.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        </>
      ) : null}
      <details>
        <summary>Why this level</summary>
        <ul>
          {triage.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
