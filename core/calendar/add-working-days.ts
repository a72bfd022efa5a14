import type { IsoDate, IsoDateTime, Region } from '../types.ts';
import { holidayYear, holidayYearOfDay } from './bank-holidays.ts';
import type { HolidayYear } from './bank-holidays.ts';
import { describeValue, fromDayNumber } from './iso-date.ts';
import { parseRegion } from './parse-region.ts';
import { londonDayNumber } from './to-london-date.ts';

/**
 * The n-th working day after a date (or after the London date of a date-time) in a region:
 * weekends and that region's bank holidays, substitute days included, do not count, and `date`
 * itself never counts, whether or not it is a working day. `n` is a whole number >= 0; `n = 0`
 * returns the (London) date. Throws an `Error` naming `date`, `n` or `region` for bad input.
 * @example
 * addWorkingDays('2026-12-18', 1) //=> '2026-12-21' (Friday + 1 = Monday)
 * addWorkingDays('2026-12-24', 1) //=> '2026-12-29' (25, 26 Saturday, 27, 28 substitute)
 * addWorkingDays('2027-06-13T23:30:00Z', 0) //=> '2027-06-14' (00:30 BST)
 * addWorkingDays('2026-12-31', 1, 'scotland') //=> '2027-01-05' (1 January; 2 January's substitute is Monday 4)
 */
export function addWorkingDays(date: IsoDateTime, n: number, region: Region = 'england-and-wales'): IsoDate {
  checkWorkingDayCount(n);
  const valid = parseRegion(region);
  return fromDayNumber(addWorkingDayNumber(londonDayNumber(date, 'date'), n, valid));
}

/** Throws unless `n` is a whole number of working days >= 0. */
function checkWorkingDayCount(n: number): void {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
    throw new Error(`n: expected a whole number of working days >= 0, got ${describeValue(n)}`);
  }
}

/**
 * {@link addWorkingDays} on day numbers (days since 1970-01-01): the day number of the n-th
 * working day after `day` in `region`. Validates `n` and `region` with the same messages, so
 * callers that already hold day numbers skip parsing and formatting strings.
 * @internal
 * @example
 * fromDayNumber(addWorkingDayNumber(toDayNumber('2026-12-18', 'date'), 1, 'england-and-wales')) //=> '2026-12-21'
 */
export function addWorkingDayNumber(day: number, n: number, region: Region): number {
  checkWorkingDayCount(n);
  const valid = parseRegion(region);
  if (n === 0) return day;
  // `date` itself never counts, so only the years after it need known bank holidays.
  let info: HolidayYear = holidayYearOfDay(valid, day + 1, 'date');
  // The answer is the k-th working day of info's year, k counting those up to `day` (none when
  // `day` is the last day of the year before).
  let k = (day < info.firstDay ? 0 : info.workingBefore[day - info.firstDay + 1]!) + n;
  while (k > info.workingDays.length) {
    k -= info.workingDays.length;
    info = holidayYear(valid, info.year + 1, 'n');
  }
  return info.workingDays[k - 1]!;
}
