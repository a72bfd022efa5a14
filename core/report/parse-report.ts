import { plainEnglishError, toValidationError, ValidationError, type ValidationIssue } from '../validation-error.ts';
import { checkReportDates } from './check-report-dates.ts';
import { reportSchema, type Report } from './report-schema.ts';

/**
 * Options for {@link parseReport} and {@link safeParseReport}.
 * @example
 * parseReport(sampleReport, { today: '2026-03-05' }) //=> throws 'diary[1].date: The date must be today or in the past'
 */
export interface ParseReportOptions {
  /** Today in Europe/London (`'YYYY-MM-DD'`): when given, dates after it are refused too ({@link checkReportDates}). */
  today?: string;
}

/**
 * Validates a tenant's report and returns it trimmed, with blank optional fields left out. Throws a
 * {@link ValidationError} listing each problem as `path: message`, one per line, with the same
 * problems in `issues`.
 *
 * @example
 * parseReport({ ...sampleReport, reporter: { anonymous: false, name: 'Sam', email: 'sam@', contactMethods: ['email'] } })
 * //=> throws ValidationError 'reporter.email: Enter an email address in the correct format, like name@example.com'
 */
export function parseReport(input: unknown, options: ParseReportOptions = {}): Report {
  const result = safeParseReport(input, options);
  if (result.ok) return result.report;
  throw new ValidationError(result.issues);
}

/**
 * Like {@link parseReport}, but returns the problems instead of throwing: what the widget uses to
 * show its error summary.
 *
 * @example
 * safeParseReport({ ...sampleReport, behaviours: [] })
 * //=> { ok: false, issues: [{ path: 'behaviours', message: 'Select at least one type of behaviour' }] }
 */
export function safeParseReport(
  input: unknown,
  options: ParseReportOptions = {},
): { ok: true; report: Report } | { ok: false; issues: ValidationIssue[] } {
  const result = reportSchema.safeParse(input, { error: plainEnglishError });
  if (!result.success) {
    const issues = toValidationError(result.error).issues;
    // A report that is not even an object: name it, so every message names a field.
    return { ok: false, issues: issues.map((issue) => (issue.path === '' ? { ...issue, path: 'report' } : issue)) };
  }
  if (options.today !== undefined) {
    const issues = checkReportDates(result.data, options.today);
    if (issues.length > 0) return { ok: false, issues };
  }
  return { ok: true, report: result.data };
}
