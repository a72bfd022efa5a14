import type { IsoDateTime, Region } from '../types.ts';
import { holidayYear, holidayYearOfDay } from './bank-holidays.ts';
import type { HolidayYear } from './bank-holidays.ts';
import { parseRegion } from './parse-region.ts';
import { londonDayNumber } from './to-london-date.ts';

/** Working days d with after < d <= through (after <= through), a year at a time. */
function countForward(after: number, through: number, region: Region, afterField: string, throughField: string): number {
  if (after === through) return 0;
  let count = 0;
  let day = after + 1;
  let info: HolidayYear = holidayYearOfDay(region, day, afterField);
  while (day <= through) {
    if (day >= info.nextFirstDay) info = holidayYear(region, info.year + 1, throughField);
    const last = Math.min(through, info.nextFirstDay - 1);
    count += info.workingBefore[last - info.firstDay + 1]! - info.workingBefore[day - info.firstDay]!;
    day = last + 1;
  }
  return count;
}

/**
 * The signed number of working days from `from` to `to` in a region: the working days d with
 * from < d <= to, or minus those with to < d <= from when `to` is earlier. So
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n`. Date-times count as their London date.
 * Used for "overdue by 3 working days".
 * @example
 * workingDaysBetween('2026-12-18', '2026-12-29') //=> 5 (21, 22, 23, 24 and 29 December)
 * workingDaysBetween('2026-12-29', '2026-12-18') //=> -5
 * workingDaysBetween('2026-12-24', '2026-12-28') //=> 0 (25, 26, 27 and 28 are not working days)
 */
export function workingDaysBetween(from: IsoDateTime, to: IsoDateTime, region: Region = 'england-and-wales'): number {
  const valid = parseRegion(region);
  return countWorkingDays(londonDayNumber(from, 'from'), londonDayNumber(to, 'to'), valid);
}

/**
 * {@link workingDaysBetween} on day numbers (days since 1970-01-01): the signed number of working
 * days from `from` to `to` in `region`. Validates `region` with the same message.
 * @internal
 * @example
 * countWorkingDays(toDayNumber('2026-12-18', 'from'), toDayNumber('2026-12-29', 'to'), 'england-and-wales') //=> 5
 */
export function countWorkingDays(from: number, to: number, region: Region): number {
  const valid = parseRegion(region);
  return from <= to
    ? countForward(from, to, valid, 'from', 'to')
    : 0 - countForward(to, from, valid, 'to', 'from'); // 0 - 0 is +0, never -0
}
