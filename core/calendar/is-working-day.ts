import type { IsoDateTime, Region } from '../types.ts';
import { holidayYear } from './bank-holidays.ts';
import { partsFromDayNumber, weekdayOfDayNumber } from './iso-date.ts';
import { parseRegion } from './parse-region.ts';
import { londonDayNumber } from './to-london-date.ts';

/**
 * Whether a date (or the London date of a date-time) is a working day in a region: not a
 * Saturday or Sunday and not a bank holiday there, substitute days included.
 * @example
 * isWorkingDay('2026-12-18') //=> true (Friday)
 * isWorkingDay('2026-12-28') //=> false (Boxing Day, substitute day)
 * isWorkingDay('2027-01-04', 'scotland') //=> false (2nd January, substitute day)
 * isWorkingDay('2027-01-04') //=> true
 */
export function isWorkingDay(date: IsoDateTime, region: Region = 'england-and-wales'): boolean {
  const valid = parseRegion(region);
  const dayNumber = londonDayNumber(date, 'date');
  const weekday = weekdayOfDayNumber(dayNumber);
  if (weekday === 0 || weekday === 6) return false;
  const info = holidayYear(valid, partsFromDayNumber(dayNumber).year, 'date');
  return info.isHoliday[dayNumber - info.firstDay] !== 1;
}
