/**
 * Checks on date and date-time strings (core contract, "Conventions"): the shape by regex, then
 * whether the date is a real calendar date. No clock, no time zone database.
 */

/**
 * `'YYYY-MM-DD'` (shape only: see {@link isIsoDate} for real dates).
 * @example
 * ISO_DATE_PATTERN.test('2026-02-30') //=> true
 */
export const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * `'YYYY-MM-DDTHH:MM'`, optional seconds and fraction, optional `Z` or `±HH:MM` offset.
 * A bare date is not matched by this pattern (see {@link isIsoDateOrDateTime}).
 * @example
 * ISO_DATE_TIME_PATTERN.test('2026-08-29T11:00:00+01:00') //=> true
 */
export const ISO_DATE_TIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))?$/;

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

/**
 * True when `value` is a real date (`'2026-08-29'`) or an ISO 8601 date-time on a real date with a
 * real time and offset (`'2026-08-29T11:00:00+01:00'`, `'2026-12-18T16:05:00Z'`).
 *
 * @example
 * isIsoDateOrDateTime('2026-12-18T16:05:00Z') //=> true
 * isIsoDateOrDateTime('2026-12-18T24:05')     //=> false
 */
export function isIsoDateOrDateTime(value: string): boolean {
  if (isIsoDate(value)) return true;
  const m = ISO_DATE_TIME_PATTERN.exec(value);
  if (m === null || !isRealDate(m[1]!, m[2]!, m[3]!)) return false;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return false;
  if (m[8] !== undefined && (Number(m[8]) > 14 || Number(m[9]) > 59)) return false;
  return true;
}

/**
 * True when a date-time names its offset (`Z` or `±HH:MM`), so its London date needs a time zone
 * conversion; false for bare dates and London local date-times.
 *
 * @example
 * hasUtcOffset('2027-06-13T23:30:00Z')  //=> true
 * hasUtcOffset('2027-06-13T23:30:00')   //=> false
 */
export function hasUtcOffset(value: string): boolean {
  return /(Z|[+-]\d{2}:\d{2})$/.test(value) && value.includes('T');
}
