/**
 * Performance marks for benchmarks and for landlords who measure their pages:
 * `asb-report-form:start` when the script starts running (this module is the bundle's first),
 * `asb-report-form:first-step` when the first question is on screen.
 *
 * @example
 * performance.measure('form', 'asb-report-form:start', 'asb-report-form:first-step').duration //=> 12.3
 */
export const MARK_START = 'asb-report-form:start';
export const MARK_FIRST_STEP = 'asb-report-form:first-step';

performance.mark(MARK_START);
