/**
 * UK bank holidays for England and Wales, Scotland and Northern Ireland.
 *
 * Every year from 1978 (when the Early May bank holiday completed today's pattern) to 2200 is
 * computed from the rules of the Banking and Financial Dealings Act 1971 as gov.uk applies them,
 * plus the one-off changes made by royal proclamation (table below). A landlord can load gov.uk's
 * `bank-holidays.json` ({@link loadBankHolidays}): for every region and year the file covers, its
 * list replaces the rules, so an announced change needs no new release.
 */
import * as z from 'zod/mini';
import type { IsoDate, Region } from '../types.ts';
import { REGIONS } from '../types.ts';
import {
  dayNumberFromParts,
  describeValue,
  fromDayNumber,
  partsFromDayNumber,
  toDayNumber,
  weekdayOfDayNumber,
} from './iso-date.ts';
import { parseRegion } from './parse-region.ts';
import { londonDayNumber } from './to-london-date.ts';

/** One bank holiday: its date, gov.uk's title, and whether it is a substitute day. */
export interface BankHoliday {
  readonly date: IsoDate;
  readonly title: string;
  /** True when the day stands in for a holiday that fell at a weekend ("Substitute day"). */
  readonly substitute: boolean;
}

/**
 * First year the rules compute; earlier years need a loaded gov.uk file (before 1978 there was no
 * Early May bank holiday, and before 1974 no New Year's Day holiday in England, Wales and NI).
 * @example
 * bankHolidays(RULES_FIRST_YEAR)[0] //=> { date: '1978-01-02', title: 'New Year’s Day', substitute: true }
 */
export const RULES_FIRST_YEAR = 1978;
/**
 * Last year the rules compute (today's rules projected); later years need a loaded gov.uk file.
 * @example
 * bankHolidays(RULES_LAST_YEAR + 1) // throws 'year: no bank holidays known for 2201 in england-and-wales (...)'
 */
export const RULES_LAST_YEAR = 2200;

type HolidayId =
  | 'new-year'
  | 'second-january'
  | 'st-patrick'
  | 'good-friday'
  | 'easter-monday'
  | 'early-may'
  | 'spring'
  | 'boyne'
  | 'summer'
  | 'st-andrew'
  | 'christmas'
  | 'boxing-day'
  | 'one-off';

/** Titles exactly as gov.uk writes them (with typographic apostrophes). */
const TITLES: Record<Exclude<HolidayId, 'one-off'>, string> = {
  'new-year': 'New Year’s Day',
  'second-january': '2nd January',
  'st-patrick': 'St Patrick’s Day',
  'good-friday': 'Good Friday',
  'easter-monday': 'Easter Monday',
  'early-may': 'Early May bank holiday',
  spring: 'Spring bank holiday',
  boyne: 'Battle of the Boyne (Orangemen’s Day)',
  summer: 'Summer bank holiday',
  'st-andrew': 'St Andrew’s Day',
  christmas: 'Christmas Day',
  'boxing-day': 'Boxing Day',
};

const ALL_REGIONS: readonly Region[] = REGIONS;

/**
 * One-off changes made by royal proclamation under the Banking and Financial Dealings Act 1971,
 * s.1(2) (a day moved) and s.1(3) (a special day added). All applied throughout the UK.
 * Only changes from 1978 on that are certain are listed.
 */
type OneOffChange =
  | {
      kind: 'move';
      holiday: 'early-may' | 'spring';
      from: IsoDate;
      to: IsoDate;
      title?: string;
      regions: readonly Region[];
      source: string;
    }
  | { kind: 'extra'; date: IsoDate; title: string; regions: readonly Region[]; source: string };

const ONE_OFF_CHANGES: readonly OneOffChange[] = [
  {
    kind: 'extra',
    date: '1981-07-29',
    title: 'Royal wedding',
    regions: ALL_REGIONS,
    source: 'Proclamation: bank holiday for the wedding of the Prince of Wales and Lady Diana Spencer',
  },
  {
    kind: 'move',
    holiday: 'early-may',
    from: '1995-05-01',
    to: '1995-05-08',
    title: 'Early May bank holiday (VE day)',
    regions: ALL_REGIONS,
    source: 'Proclamation: Early May bank holiday moved to Monday 8 May 1995, 50th anniversary of VE Day',
  },
  {
    kind: 'extra',
    date: '1999-12-31',
    title: 'Millennium celebrations',
    regions: ALL_REGIONS,
    source: 'Proclamation: special bank holiday on Friday 31 December 1999 for the Millennium',
  },
  {
    kind: 'move',
    holiday: 'spring',
    from: '2002-05-27',
    to: '2002-06-04',
    regions: ALL_REGIONS,
    source: 'Proclamation: Spring bank holiday moved to Tuesday 4 June 2002 for the Golden Jubilee',
  },
  {
    kind: 'extra',
    date: '2002-06-03',
    title: 'Queen’s Golden Jubilee',
    regions: ALL_REGIONS,
    source: 'Proclamation: special bank holiday on Monday 3 June 2002 for the Golden Jubilee',
  },
  {
    kind: 'extra',
    date: '2011-04-29',
    title: 'Royal wedding',
    regions: ALL_REGIONS,
    source: 'Proclamation: special bank holiday on Friday 29 April 2011 for the wedding of Prince William',
  },
  {
    kind: 'move',
    holiday: 'spring',
    from: '2012-05-28',
    to: '2012-06-04',
    regions: ALL_REGIONS,
    source: 'gov.uk bank holidays 2012: Spring bank holiday moved to Monday 4 June for the Diamond Jubilee',
  },
  {
    kind: 'extra',
    date: '2012-06-05',
    title: 'Queen’s Diamond Jubilee',
    regions: ALL_REGIONS,
    source: 'gov.uk bank holidays 2012: Queen’s Diamond Jubilee, Tuesday 5 June',
  },
  {
    kind: 'move',
    holiday: 'early-may',
    from: '2020-05-04',
    to: '2020-05-08',
    title: 'Early May bank holiday (VE day)',
    regions: ALL_REGIONS,
    source: 'gov.uk bank-holidays.json 2020: Early May bank holiday moved to Friday 8 May, 75th anniversary of VE Day',
  },
  {
    kind: 'move',
    holiday: 'spring',
    from: '2022-05-30',
    to: '2022-06-02',
    regions: ALL_REGIONS,
    source: 'gov.uk bank-holidays.json 2022: Spring bank holiday moved to Thursday 2 June for the Platinum Jubilee',
  },
  {
    kind: 'extra',
    date: '2022-06-03',
    title: 'Platinum Jubilee bank holiday',
    regions: ALL_REGIONS,
    source: 'gov.uk bank-holidays.json 2022: Platinum Jubilee bank holiday, Friday 3 June',
  },
  {
    kind: 'extra',
    date: '2022-09-19',
    title: 'Bank Holiday for the State Funeral of Queen Elizabeth II',
    regions: ALL_REGIONS,
    source: 'gov.uk bank-holidays.json 2022: State Funeral of Queen Elizabeth II, Monday 19 September',
  },
  {
    kind: 'extra',
    date: '2023-05-08',
    title: 'Bank holiday for the coronation of King Charles III',
    regions: ALL_REGIONS,
    source: 'gov.uk bank-holidays.json 2023: coronation of King Charles III, Monday 8 May',
  },
];

/** Day number of Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return dayNumberFromParts(year, Math.floor(n / 31), (n % 31) + 1);
}

/** Day number of the first Monday of a month. */
function firstMonday(year: number, month: number): number {
  const first = dayNumberFromParts(year, month, 1);
  return first + ((8 - weekdayOfDayNumber(first)) % 7);
}

/** Day number of the last Monday of a month with 31 days (May, August). */
function lastMondayOf31DayMonth(year: number, month: number): number {
  const last = dayNumberFromParts(year, month, 31);
  return last - ((weekdayOfDayNumber(last) + 6) % 7);
}

function isWeekend(dayNumber: number): boolean {
  const weekday = weekdayOfDayNumber(dayNumber);
  return weekday === 0 || weekday === 6;
}

interface Candidate {
  id: HolidayId;
  title: string;
  day: number;
}

/** The rule-computed bank holidays of a region and year (RULES_FIRST_YEAR..RULES_LAST_YEAR). */
function ruleHolidays(region: Region, year: number): BankHoliday[] {
  const day = (month: number, dayOfMonth: number) => dayNumberFromParts(year, month, dayOfMonth);
  const easter = easterSunday(year);
  const candidates: Candidate[] = [];
  const add = (id: Exclude<HolidayId, 'one-off'>, dayNumber: number) =>
    candidates.push({ id, title: TITLES[id], day: dayNumber });

  add('new-year', day(1, 1));
  if (region === 'scotland') add('second-january', day(1, 2));
  if (region === 'northern-ireland') add('st-patrick', day(3, 17));
  add('good-friday', easter - 2);
  if (region !== 'scotland') add('easter-monday', easter + 1);
  add('early-may', firstMonday(year, 5));
  add('spring', lastMondayOf31DayMonth(year, 5));
  if (region === 'northern-ireland') add('boyne', day(7, 12));
  add('summer', region === 'scotland' ? firstMonday(year, 8) : lastMondayOf31DayMonth(year, 8));
  // St Andrew's Day Bank Holiday (Scotland) Act 2007.
  if (region === 'scotland' && year >= 2007) add('st-andrew', day(11, 30));
  add('christmas', day(12, 25));
  add('boxing-day', day(12, 26));

  for (const change of ONE_OFF_CHANGES) {
    if (!change.regions.includes(region)) continue;
    switch (change.kind) {
      case 'move': {
        const from = toDayNumber(change.from, 'from');
        const moved = candidates.find((c) => c.id === change.holiday && c.day === from);
        if (moved !== undefined) {
          moved.day = toDayNumber(change.to, 'to');
          if (change.title !== undefined) moved.title = change.title;
        }
        break;
      }
      case 'extra': {
        const extra = toDayNumber(change.date, 'date');
        if (partsFromDayNumber(extra).year === year) candidates.push({ id: 'one-off', title: change.title, day: extra });
        break;
      }
      default:
        change satisfies never;
    }
  }

  // A holiday at a weekend moves to the next weekday that is not already a holiday; those on
  // weekdays keep their day (Christmas on a Sunday: Boxing Day stays Monday 26, Christmas Day
  // moves to Tuesday 27).
  const result: BankHoliday[] = [];
  const taken = new Set<number>();
  for (const c of candidates) {
    if (!isWeekend(c.day)) {
      taken.add(c.day);
      result.push({ date: fromDayNumber(c.day), title: c.title, substitute: false });
    }
  }
  const weekendOnes = candidates.filter((c) => isWeekend(c.day)).sort((a, b) => a.day - b.day);
  for (const c of weekendOnes) {
    let substitute = c.day + 1;
    while (isWeekend(substitute) || taken.has(substitute)) substitute++;
    taken.add(substitute);
    result.push({ date: fromDayNumber(substitute), title: c.title, substitute: true });
  }

  // Scotland, 1 January on a Sunday: gov.uk keeps the pair in order (New Year's Day substitute
  // Monday 2, 2nd January substitute Tuesday 3), where the rule above would leave 2nd January on
  // Monday 2 and move New Year's Day to Tuesday 3. Same days; gov.uk's titles.
  if (region === 'scotland' && weekdayOfDayNumber(day(1, 1)) === 0) {
    for (let i = 0; i < result.length; i++) {
      const h = result[i];
      if (h?.title === TITLES['new-year']) result[i] = { date: fromDayNumber(day(1, 2)), title: h.title, substitute: true };
      else if (h?.title === TITLES['second-january']) {
        result[i] = { date: fromDayNumber(day(1, 3)), title: h.title, substitute: true };
      }
    }
  }

  return result.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The bank holidays of one region and year, ready for fast lookup.
 * @internal
 */
export interface HolidayYear {
  readonly year: number;
  /** Day number of 1 January. */
  readonly firstDay: number;
  /** Day number of 1 January of the next year. */
  readonly nextFirstDay: number;
  /** 1 at index `dayNumber - firstDay` when that day is a bank holiday. */
  readonly isHoliday: Uint8Array;
  /** `workingBefore[k]`: how many of the year's first k days are working days (length: days + 1). */
  readonly workingBefore: Uint16Array;
  /** The day numbers of the year's working days (not weekends, not bank holidays), in order. */
  readonly workingDays: Int32Array;
  readonly holidays: readonly BankHoliday[];
}

/** Working days of a year from its holidays: {@link HolidayYear}'s `workingBefore` and `workingDays`. */
function countWorkingDaysOfYear(firstDay: number, isHoliday: Uint8Array): Pick<HolidayYear, 'workingBefore' | 'workingDays'> {
  const length = isHoliday.length;
  const workingBefore = new Uint16Array(length + 1);
  const days: number[] = [];
  let weekday = weekdayOfDayNumber(firstDay);
  for (let k = 0; k < length; k++) {
    const working = weekday !== 0 && weekday !== 6 && isHoliday[k] !== 1;
    if (working) days.push(firstDay + k);
    workingBefore[k + 1] = workingBefore[k]! + (working ? 1 : 0);
    weekday = weekday === 6 ? 0 : weekday + 1;
  }
  return { workingBefore, workingDays: Int32Array.from(days) };
}

/** Loaded gov.uk data: region -> year -> that year's holidays. */
let loaded: Map<Region, Map<number, BankHoliday[]>> = new Map();

/** A region's holiday years worked out so far, and the few looked up last by day (newest first). */
interface RegionYears {
  byYear: Map<number, HolidayYear>;
  recent: HolidayYear[];
}

/**
 * How many years {@link holidayYearOfDay} remembers per region: a case's dates and "today" fall
 * in two or three years, so look-ups rarely need to work out the year of a day.
 */
const RECENT_YEARS = 4;

/** Per region, in the order of `REGIONS`. */
const caches: readonly RegionYears[] = REGIONS.map(() => ({ byYear: new Map(), recent: [] }));

/** A region's cache (a switch: quicker than looking a varying key up in a Map or an object). */
function cacheOf(region: Region): RegionYears {
  switch (region) {
    case 'england-and-wales':
      return caches[0]!;
    case 'scotland':
      return caches[1]!;
    case 'northern-ireland':
      return caches[2]!;
    default:
      return region satisfies never;
  }
}

function clearCache(): void {
  for (const years of caches) {
    years.byYear.clear();
    years.recent.length = 0;
  }
}

/**
 * The bank holidays of a region (already validated) and year, from a loaded file where it covers
 * that year, else from the rules. Throws naming `field` for a year neither covers.
 * @internal
 */
export function holidayYear(region: Region, year: number, field: string): HolidayYear {
  const years = cacheOf(region);
  const cached = years.byYear.get(year);
  if (cached !== undefined) return cached;
  let holidays = loaded.get(region)?.get(year);
  if (holidays === undefined) {
    if (!(year >= RULES_FIRST_YEAR && year <= RULES_LAST_YEAR)) {
      throw new Error(
        `${field}: no bank holidays known for ${year} in ${region} (the rules cover ${RULES_FIRST_YEAR}-${RULES_LAST_YEAR}; load gov.uk's bank-holidays.json for other years)`,
      );
    }
    holidays = ruleHolidays(region, year);
  }
  const firstDay = dayNumberFromParts(year, 1, 1);
  const nextFirstDay = dayNumberFromParts(year + 1, 1, 1);
  const isHoliday = new Uint8Array(nextFirstDay - firstDay);
  for (const h of holidays) isHoliday[toDayNumber(h.date, 'date') - firstDay] = 1;
  const { workingBefore, workingDays } = countWorkingDaysOfYear(firstDay, isHoliday);
  const entry: HolidayYear = { year, firstDay, nextFirstDay, isHoliday, workingBefore, workingDays, holidays: Object.freeze(holidays.slice()) };
  years.byYear.set(year, entry);
  return entry;
}

/**
 * {@link holidayYear} for the year that contains a day number (days since 1970-01-01), without
 * working out that year when the day falls in one of the years looked up last for the region.
 * @internal
 */
export function holidayYearOfDay(region: Region, day: number, field: string): HolidayYear {
  const { recent } = cacheOf(region);
  for (let i = 0; i < recent.length; i++) {
    const info = recent[i]!;
    if (day >= info.firstDay && day < info.nextFirstDay) return info;
  }
  const info = holidayYear(region, partsFromDayNumber(day).year, field);
  recent.unshift(info);
  if (recent.length > RECENT_YEARS) recent.pop();
  return info;
}

/**
 * The bank holidays of a year in a region, sorted by date, substitute days included.
 * @example
 * bankHolidays(2026, 'scotland').slice(0, 2)
 * //=> [{ date: '2026-01-01', title: 'New Year’s Day', substitute: false },
 * //    { date: '2026-01-02', title: '2nd January', substitute: false }]
 */
export function bankHolidays(year: number, region: Region = 'england-and-wales'): BankHoliday[] {
  if (!Number.isInteger(year)) throw new Error(`year: expected a whole year such as 2027, got ${describeValue(year)}`);
  return holidayYear(parseRegion(region), year, 'year').holidays.map((h) => ({ ...h }));
}

/**
 * Whether a date (or the London date of a date-time) is a bank holiday in a region, substitute
 * days included.
 * @example
 * isBankHoliday('2026-12-28') //=> true (Boxing Day, substitute day)
 * isBankHoliday('2026-11-30', 'scotland') //=> true (St Andrew’s Day)
 * isBankHoliday('2026-11-30') //=> false
 */
export function isBankHoliday(date: IsoDate, region: Region = 'england-and-wales'): boolean {
  const valid = parseRegion(region);
  const dayNumber = londonDayNumber(date, 'date');
  const info = holidayYear(valid, partsFromDayNumber(dayNumber).year, 'date');
  return info.isHoliday[dayNumber - info.firstDay] === 1;
}

const GovUkEvent = z.object({
  title: z.string().check(z.minLength(1, 'required')),
  date: z.string().check(
    z.refine((value) => isRealDate(value), {
      error: (issue) => `${describeValue(issue.input)} is not a real date in the form YYYY-MM-DD`,
    }),
  ),
  notes: z.optional(z.string()),
  bunting: z.optional(z.boolean()),
});
const GovUkDivision = z.object({ division: z.optional(z.string()), events: z.array(GovUkEvent) });
const GovUkBankHolidays = z.object({
  'england-and-wales': z.optional(GovUkDivision),
  scotland: z.optional(GovUkDivision),
  'northern-ireland': z.optional(GovUkDivision),
});

function isRealDate(value: string): boolean {
  try {
    toDayNumber(value, 'date');
    return true;
  } catch {
    return false;
  }
}

/** `['scotland', 'events', 3, 'date']` -> `'scotland.events[3].date'`. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? 'data' : out;
}

/**
 * Loads gov.uk's `bank-holidays.json` (`{ "england-and-wales": { division, events: [{ title, date,
 * notes, bunting }] }, "scotland": ..., "northern-ireland": ... }`). From then on, for every region
 * and year the file lists any event in, the file's list is the calendar; other years keep the rules.
 * Each call replaces what an earlier call loaded. Returns the years now taken from the file, per
 * region. Throws an `Error` naming the path of the first bad value (`scotland.events[3].date: ...`).
 * @example
 * loadBankHolidays(await (await fetch('https://www.gov.uk/bank-holidays.json')).json())
 * //=> { 'england-and-wales': [2019, ..., 2027], scotland: [...], 'northern-ireland': [...] }
 */
export function loadBankHolidays(data: unknown): Record<Region, number[]> {
  const result = GovUkBankHolidays.safeParse(data);
  if (!result.success) {
    const messages = result.error.issues.slice(0, 5).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
    throw new Error(messages.join('; '));
  }
  const next = new Map<Region, Map<number, BankHoliday[]>>();
  const years = { 'england-and-wales': [], scotland: [], 'northern-ireland': [] } as Record<Region, number[]>;
  for (const region of REGIONS) {
    const division = result.data[region];
    if (division === undefined) continue;
    if (division.division !== undefined && division.division !== region) {
      throw new Error(`${region}.division: expected "${region}", got ${describeValue(division.division)}`);
    }
    const byYear = new Map<number, BankHoliday[]>();
    for (const event of division.events) {
      const year = Number(event.date.slice(0, 4));
      let list = byYear.get(year);
      if (list === undefined) byYear.set(year, (list = []));
      list.push({ date: event.date, title: event.title, substitute: /substitute/i.test(event.notes ?? '') });
    }
    for (const list of byYear.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    next.set(region, byYear);
    years[region] = [...byYear.keys()].sort((a, b) => a - b);
  }
  if (next.size === 0) {
    throw new Error(`data: expected gov.uk bank holidays with at least one of ${REGIONS.join(', ')}`);
  }
  loaded = next;
  clearCache();
  return years;
}

/**
 * Forgets any loaded gov.uk file: every year comes from the rules again (for tests).
 * @example
 * resetBankHolidays() //=> undefined
 */
export function resetBankHolidays(): void {
  loaded = new Map();
  clearCache();
}
