/**
 * Checks on date strings (core contract, "Conventions"): the shape by regex, then whether the
 * date is a real calendar date. No clock, no time zone database. Date-times are checked by
 * `isStrictIsoDateOrDateTime` (calendar/to-london-date.ts), which reads them as the calendar does.
 */

/**
 * `'YYYY-MM-DD'` (shape only: see {@link isIsoDate} for real dates).
 * @example
 * ISO_DATE_PATTERN.test('2026-02-30') //=> true
 */
export const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days in a month of the proleptic Gregorian calendar (`month` 1-12).
 *
 * @example
 * daysInMonth(2028, 2) //=> 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isRealDate(year: string, month: string, day: string): boolean {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * True when `value` is a `'YYYY-MM-DD'` string naming a real calendar date.
 *
 * @example
 * isIsoDate('2028-02-29') //=> true
 * isIsoDate('2026-02-30') //=> false
 */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE_PATTERN.exec(value);
  return m !== null && isRealDate(m[1]!, m[2]!, m[3]!);
}
