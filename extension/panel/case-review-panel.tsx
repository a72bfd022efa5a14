import { useState } from 'preact/hooks';
import { formatDateLong } from '../../core/index.ts';
import type { TrackedAssessment as CaseSummary } from '../cases/assess-tracked-case.ts';
import { usePanel } from './panel-context.ts';

/**
 * The ASB Case Review (Community Trigger): the prompt when near or met, and earlier reports by the same person.
 *
 * @example
 * <CaseReviewPanel summary={summary} /> //=> '2 reports by this person since ...', earlier report dates
 */
export function CaseReviewPanel({ summary }: { summary: CaseSummary }) {
  const { caseState, today } = usePanel();
  const [date, setDate] = useState('');
  const [error, setError] = useState('');
  const review = summary.caseReview;
  const dates = summary.tracked.reportDates;

  const add = (event: Event) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setError('Enter the date of the earlier report.');
    if (date > today.value) return setError('The date of an earlier report cannot be in the future.');
    setError('');
    setDate('');
    void caseState.setReportDates([...dates, date]);
  };

  return (
    <section class="card" aria-labelledby="review-heading">
      <h2 id="review-heading">ASB Case Review</h2>
      {review ? (
        <p>
          {review.qualifyingReports} report{review.qualifyingReports === 1 ? '' : 's'} by this person since {formatDateLong(review.windowStart)}. A
          Case Review can be asked for at {review.threshold}.
        </p>
      ) : null}
      <h3>Earlier reports by the same person</h3>
      {dates.length > 0 ? (
        <ul class="report-dates">
          {dates.map((d) => (
            <li key={d}>
              {formatDateLong(d)}{' '}
              <button type="button" class="link-button" onClick={() => void caseState.setReportDates(dates.filter((x) => x !== d))}>
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
        {error ? (
          <p id="earlier-report-error" class="error-message">
            <span class="visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <input
          id="earlier-report"
          type="date"
          value={date}
          max={today.value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'earlier-report-error' : undefined}
          onInput={(event) => setDate(event.currentTarget.value)}
        />
        <button type="submit" class="button-secondary">
          Add report
        </button>
      </form>
    </section>
  );
}
