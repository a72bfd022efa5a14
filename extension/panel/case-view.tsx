import { formatDateLong } from '../../core/index.ts';
import { CaseReviewPanel } from './case-review-panel.tsx';
import { ChecklistView } from './checklist-view.tsx';
import { DeadlineList } from './deadline-list.tsx';
import { DeleteCase } from './delete-case.tsx';
import { LevelHistory } from './level-history.tsx';
import { usePanel } from './panel-context.ts';
import { RiskAssessmentForm } from './risk-assessment-form.tsx';
import { systemName } from '../hosts/system-name.ts';
import { TriageSummary } from './triage-summary.tsx';

/**
 * The case on the page (or picked on the dashboard): triage, deadlines, checklist, risk assessment.
 *
 * @example
 * <CaseView /> //=> 'Case ASB/2026/00412', triage, deadlines, checklist, risk assessment
 */
export function CaseView() {
  const { caseState, tab, view, settings } = usePanel();
  const loaded = caseState.loaded;
  const summary = caseState.summary.value;

  if (!summary) {
    return (
      <section aria-labelledby="case-heading">
        <h1 id="case-heading" tabIndex={-1}>
          Case
        </h1>
        <p>{loaded.value ? 'No case is open.' : 'Loading…'}</p>
        {loaded.value ? (
          <p>
            Open a case in your housing system and choose “Open ASB Assist”, or{' '}
            <button type="button" class="link-button" onClick={() => (view.value = 'dashboard')}>
              pick a case from all cases
            </button>
            .
          </p>
        ) : null}
      </section>
    );
  }

  const host = summary.tracked.host;
  return (
    <section aria-labelledby="case-heading">
      <h1 id="case-heading" tabIndex={-1}>
        Case {host.reference}
      </h1>
      <dl class="facts">
        <div>
          <dt>System</dt>
          <dd>{systemName(host.system, { url: host.url, rules: settings.value?.settings.hosts })}</dd>
        </div>
        <div>
          <dt>Recorded as</dt>
          <dd>{host.recordedCategory}</dd>
        </div>
        <div>
          <dt>Received</dt>
          <dd>{formatDateLong(host.receivedAt)}</dd>
        </div>
        {summary.tracked.officer ? (
          <div>
            <dt>Officer</dt>
            <dd>{summary.tracked.officer}</dd>
          </div>
        ) : null}
        {summary.closed && summary.tracked.closedAt ? (
          <div>
            <dt>Closed</dt>
            <dd>{formatDateLong(summary.tracked.closedAt)}</dd>
          </div>
        ) : null}
      </dl>
      {caseState.chosenKey.value !== null && tab.value.key !== null && tab.value.key !== summary.key ? (
        <p>
          <button type="button" class="link-button" onClick={() => caseState.followTab()}>
            Show the case open in this tab instead
          </button>
        </p>
      ) : null}
      {summary.problem ? <p class="notice notice-warning">{summary.problem}</p> : null}
      <TriageSummary summary={summary} />
      <LevelHistory summary={summary} />
      {summary.caseReview?.prompt ? (
        <p class={`notice ${summary.caseReview.met ? 'notice-warning' : 'notice-info'}`} data-testid="case-review-prompt">
          {summary.caseReview.prompt}
        </p>
      ) : null}
      <DeadlineList summary={summary} />
      <ChecklistView summary={summary} />
      <RiskAssessmentForm summary={summary} />
      <CaseReviewPanel summary={summary} />
      <DeleteCase summary={summary} />
    </section>
  );
}
