import type { IsoDate, IsoDateTime } from '../types.ts';
import { dayNumberFromParts, daysInMonth, describeValue, fromDayNumber, partsFromDayNumber } from './iso-date.ts';
import { londonDayNumber } from './to-london-date.ts';

/**
 * The date `months` calendar months after a date (or after the London date of a date-time),
 * clamped to the last day of the month reached, and not moved to a working day. `months` is a
 * whole number; negative counts back.
 * @example
 * addCalendarMonths('2026-12-31', 2) //=> '2027-02-28'
 * addCalendarMonths('2027-12-31', 2) //=> '2028-02-29'
 * addCalendarMonths('2026-12-18T16:05:00Z', 4) //=> '2027-04-18' (a Sunday: not moved)
 */
export function addCalendarMonths(date: IsoDateTime, months: number): IsoDate {
  checkMonthCount(months);
  return fromDayNumber(addCalendarMonthsToDayNumber(londonDayNumber(date, 'date'), months, date));
}

/** Throws unless `months` is a whole number. */
function checkMonthCount(months: number): void {
  if (typeof months !== 'number' || !Number.isInteger(months)) {
    throw new Error(`months: expected a whole number of months, got ${describeValue(months)}`);
  }
}

/**
 * {@link addCalendarMonths} on day numbers (days since 1970-01-01). `date` is the date as the
 * caller was given it, shown only in the error message for a result beyond year 9999.
 * @internal
 * @example
 * fromDayNumber(addCalendarMonthsToDayNumber(toDayNumber('2026-12-31', 'date'), 2, '2026-12-31')) //=> '2027-02-28'
 */
export function addCalendarMonthsToDayNumber(day: number, months: number, date: IsoDateTime): number {
  checkMonthCount(months);
  const parts = partsFromDayNumber(day);
  const monthIndex = parts.year * 12 + (parts.month - 1) + months;
  const newYear = Math.floor(monthIndex / 12);
  const newMonth = monthIndex - newYear * 12 + 1;
  if (newYear < 0 || newYear > 9999) throw new Error(`months: ${months} months from ${describeValue(date)} is beyond year 9999`);
  return dayNumberFromParts(newYear, newMonth, Math.min(parts.day, daysInMonth(newYear, newMonth)));
}
