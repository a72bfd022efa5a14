import { levelRank } from '../../core/index.ts';
import type { TrackedAssessment as CaseSummary } from '../cases/assess-tracked-case.ts';
import { usePanel } from './panel-context.ts';

const RISK_STEP_EVENT = 'risk-assessment-completed';

/**
 * The policy's risk-assessment questionnaire: yes/no answers, the score, its band and prompts.
 *
 * @example
 * <RiskAssessmentForm summary={summary} /> //=> yes / no / not asked for each question, then 'Score 12 of 26: High risk'
 */
export function RiskAssessmentForm({ summary }: { summary: CaseSummary }) {
  const { caseState, resolved } = usePanel();
  const policy = resolved.value?.policy;
  if (!policy) return null;
  const { title, note, questions } = policy.riskAssessment;
  const answers = caseState.riskAnswers.value;
  const result = caseState.risk.value;
  const raisedTo = result?.raiseTo ? policy.levels.find((l) => l.level === result.raiseTo) : undefined;
  const stepDone = summary.events.some((e) => e.type === RISK_STEP_EVENT);

  return (
    <section class="card" aria-labelledby="risk-heading">
      <h2 id="risk-heading">{title}</h2>
      <p class="hint">{note}</p>
      {questions.map((q) => {
        const answer = answers[q.id];
        const name = `risk-${q.id}`;
        return (
          <fieldset key={q.id} class="question">
            <legend>{q.text}</legend>
            <div class="radios">
              {([
                ['yes', true],
                ['no', false],
                ['not asked', null],
              ] as const).map(([word, value]) => (
                <span key={word} class="radio">
                  <input
                    type="radio"
                    id={`${name}-${word.replace(' ', '-')}`}
                    name={name}
                    checked={value === null ? answer === undefined : answer === value}
                    onChange={() => void caseState.answerRisk(q.id, value)}
                  />
                  <label for={`${name}-${word.replace(' ', '-')}`}>{word.charAt(0).toUpperCase() + word.slice(1)}</label>
                </span>
              ))}
            </div>
          </fieldset>
        );
      })}
      {result ? (
        <div class="risk-result" data-testid="risk-result">
          <p>
            <strong>
              Score {result.score} of {result.maxScore}: {result.band.label}
            </strong>{' '}
            ({result.answered} of {result.questions} questions answered)
          </p>
          {raisedTo && summary.level && levelRank(raisedTo.level) <= levelRank(summary.level) ? (
            <p>The answers call for at least {raisedTo.label}. The case is now {summary.levelLabel}.</p>
          ) : null}
          {result.prompts.length > 0 ? (
            <ul>
              {result.prompts.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
          {!stepDone && summary.checklist.some((s) => s.steps.some((step) => step.event === RISK_STEP_EVENT)) ? (
            <button
              type="button"
              class="button-secondary"
              onClick={() => void caseState.recordRiskAssessment(RISK_STEP_EVENT)}
            >
              Record the risk assessment as done
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
