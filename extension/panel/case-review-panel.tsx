import { useState } from 'preact/hooks';
import { formatDateLong, toLondonDate } from '../../core/index.ts';
import type { TrackedAssessment as CaseSummary } from '../cases/assess-tracked-case.ts';
import { usePanel } from './panel-context.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The ASB Case Review (Community Trigger): whether to tell the resident about it now (`explain`:
 * a second report in the window, 2025 statutory guidance), the reports counted, and earlier
 * reports by the same person with the date of the incident each was about, where known (a report
 * made more than the policy's `qualifyingWithinMonths` after its incident does not count).
 *
 * @example
 * <CaseReviewPanel summary={summary} /> //=> 'Tell the resident about the ASB Case Review now', '2 reports by this person since ...'
 */
export function CaseReviewPanel({ summary }: { summary: CaseSummary }) {
  const { caseState, today } = usePanel();
  const [date, setDate] = useState('');
  const [incident, setIncident] = useState('');
  const [error, setError] = useState<{ field: 'earlier-report' | 'earlier-incident'; text: string } | null>(null);
  const review = summary.caseReview;
  const dates = summary.tracked.reportDates;
  const incidents = summary.tracked.incidentDates ?? {};
  const thisReport = toLondonDate(summary.tracked.host.receivedAt, 'receivedAt');

  const add = (event: Event) => {
    event.preventDefault();
    let problem: typeof error = null;
    if (!DATE.test(date)) problem = { field: 'earlier-report', text: 'Date of an earlier report: enter the date of the earlier report' };
    else if (date > today.value) problem = { field: 'earlier-report', text: 'Date of an earlier report: it cannot be in the future' };
    else if (incident !== '' && !DATE.test(incident)) problem = { field: 'earlier-incident', text: 'Date of its incident: enter a real date, or leave it empty' };
    else if (incident !== '' && incident > date) problem = { field: 'earlier-incident', text: 'Date of its incident: it cannot be after the report' };
    setError(problem);
    if (problem) {
      document.getElementById(problem.field)?.focus();
      return;
    }
    setDate('');
    setIncident('');
    void caseState.setReportDates([...dates, date]).then(() => (incident !== '' ? caseState.setIncidentDate(date, incident) : undefined));
  };

  return (
    <section class="card" aria-labelledby="review-heading">
      <h2 id="review-heading">ASB Case Review</h2>
      {review?.explain ? (
        <div class="notice notice-warning" data-testid="case-review-explain">
          <p>
            <strong>Tell the resident about the ASB Case Review now.</strong> {review.met ? 'They can ask for one.' : 'Explain how it works and when they can ask for one.'}
          </p>
        </div>
      ) : null}
      {review ? (
        <p>
          {review.qualifyingReports} report{review.qualifyingReports === 1 ? '' : 's'} by this person since {formatDateLong(review.windowStart)}. A
          Case Review can be asked for at {review.threshold}.
          {review.lateReports > 0
            ? ` ${review.lateReports} report${review.lateReports === 1 ? ' was' : 's were'} made too long after the incident to count.`
            : ''}
        </p>
      ) : null}
      <IncidentOfThisReport reportDate={thisReport} incidentDate={incidents[thisReport] ?? null} />
      <h3>Earlier reports by the same person</h3>
      {dates.length > 0 ? (
        <ul class="report-dates">
          {dates.map((d) => (
            <li key={d}>
              {formatDateLong(d)}
              {incidents[d] ? ` (incident on ${formatDateLong(incidents[d])})` : ''}{' '}
              <button
                type="button"
                class="link-button"
                onClick={() => void caseState.setReportDates(dates.filter((x) => x !== d)).then(() => (incidents[d] ? caseState.setIncidentDate(d, null) : undefined))}
              >
                Remove<span class="visually-hidden"> the report of {formatDateLong(d)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>None recorded.</p>
      )}
      <form class="inline-form" onSubmit={add} noValidate>
        <label for="earlier-report">Date of an earlier report</label>
        {error?.field === 'earlier-report' ? (
          <p id="earlier-report-error" class="error-message">
            <span class="visually-hidden">Error:</span> {error.text}
          </p>
        ) : null}
        <input
          id="earlier-report"
          type="date"
          value={date}
          max={today.value}
          aria-invalid={error?.field === 'earlier-report' ? 'true' : undefined}
          aria-describedby={error?.field === 'earlier-report' ? 'earlier-report-error' : undefined}
          onInput={(event) => setDate(event.currentTarget.value)}
        />
        <label for="earlier-incident">Date of its incident (if known)</label>
        {error?.field === 'earlier-incident' ? (
          <p id="earlier-incident-error" class="error-message">
            <span class="visually-hidden">Error:</span> {error.text}
          </p>
        ) : null}
        <input
          id="earlier-incident"
          type="date"
          value={incident}
          max={today.value}
          aria-invalid={error?.field === 'earlier-incident' ? 'true' : undefined}
          aria-describedby={error?.field === 'earlier-incident' ? 'earlier-incident-error' : undefined}
          onInput={(event) => setIncident(event.currentTarget.value)}
        />
        <button type="submit" class="button-secondary">
          Add report
        </button>
      </form>
    </section>
  );
}

/** The date of the incident this report is about, where the officer knows it. */
function IncidentOfThisReport({ reportDate, incidentDate }: { reportDate: string; incidentDate: string | null }) {
  const { caseState } = usePanel();
  const [value, setValue] = useState(incidentDate ?? '');
  const [error, setError] = useState('');
  return (
    <form
      class="inline-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (value !== '' && !DATE.test(value)) return setError('Date of the incident in this report: enter a real date, or leave it empty');
        if (value > reportDate) return setError('Date of the incident in this report: it cannot be after the report');
        setError('');
        void caseState.setIncidentDate(reportDate, value === '' ? null : value);
      }}
    >
      <label for="this-incident">Date of the incident in this report (if known)</label>
      {error ? (
        <p id="this-incident-error" class="error-message">
          <span class="visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <input
        id="this-incident"
        type="date"
        value={value}
        max={reportDate}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'this-incident-error' : undefined}
        onInput={(event) => setValue(event.currentTarget.value)}
      />
      <button type="submit" class="button-secondary">
        Save incident date
      </button>
    </form>
  );
}
