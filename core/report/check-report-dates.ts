import { isIsoDate } from '../iso-date-strings.ts';
import { ValidationError, type ValidationIssue } from '../validation-error.ts';
import type { Report } from './report-schema.ts';

/**
 * The checks a schema cannot make because they need today's date: the date it started and every
 * diary date must not be after `today` (a `'YYYY-MM-DD'` date in Europe/London, passed by the
 * caller, since core never reads the clock). Returns the problems found (empty when none), in the
 * same shape as {@link ValidationError.issues}; throws only when `today` itself is not a real date.
 *
 * @example
 * checkReportDates({ ...sampleReport, started: { kind: 'date', date: '2026-04-02' } }, '2026-04-01')
 * //=> [{ path: 'started.date', message: 'The date it started must be today or in the past' }]
 */
export function checkReportDates(report: Pick<Report, 'started' | 'diary'>, today: string): ValidationIssue[] {
  if (typeof today !== 'string' || !isIsoDate(today)) {
    throw new ValidationError([{ path: 'today', message: `must be a real date written YYYY-MM-DD, like 2026-03-27, not ${JSON.stringify(today)}` }]);
  }
  const issues: ValidationIssue[] = [];
  if (report.started.kind === 'date' && report.started.date > today) {
    issues.push({ path: 'started.date', message: 'The date it started must be today or in the past' });
  }
  report.diary?.forEach((entry, index) => {
    if (entry.date > today) {
      issues.push({ path: `diary[${index}].date`, message: 'The date must be today or in the past' });
    }
  });
  return issues;
}
