import type { IsoDateTime } from '../types.ts';
import { describeValue, monthName, partsFromDayNumber, weekdayOfDayNumber } from './iso-date.ts';
import { londonDayNumber, londonParts } from './to-london-date.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/**
 * A date (or the London date of a date-time) in words, as GOV.UK writes dates. Does not use
 * `Intl`, so the result never depends on the runtime's locale data.
 * @example
 * formatDateLong('2026-12-22') //=> 'Tuesday 22 December 2026'
 * formatDateLong('2027-06-13T23:30:00Z') //=> 'Monday 14 June 2027'
 */
export function formatDateLong(value: IsoDateTime, field = 'date'): string {
  const dayNumber = londonDayNumber(value, field);
  const { year, month, day } = partsFromDayNumber(dayNumber);
  return `${WEEKDAYS[weekdayOfDayNumber(dayNumber)]} ${day} ${monthName(month)} ${year}`;
}

/**
 * The Europe/London time of a date-time on the 12-hour clock, as GOV.UK writes times: `'10:30am'`,
 * `'4:05pm'`, `'12:00pm'` (midday), `'12:15am'`. A bare date has no time and throws.
 * @example
 * formatTime('2026-12-22T10:30:00Z') //=> '10:30am'
 * formatTime('2026-08-29T10:00:00Z') //=> '11:00am' (BST)
 * formatTime('2026-12-22T16:05') //=> '4:05pm'
 */
export function formatTime(value: IsoDateTime, field = 'dateTime'): string {
  const { minutes } = londonParts(value, field);
  if (minutes < 0) throw new Error(`${field}: ${describeValue(value)} is a date without a time of day`);
  const hours24 = Math.floor(minutes / 60);
  const mins = minutes % 60;
  const hours12 = hours24 % 12 === 0 ? 12 : hours24 % 12;
  return `${hours12}:${mins < 10 ? '0' : ''}${mins}${hours24 < 12 ? 'am' : 'pm'}`;
}
