import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REGIONS } from '../types.ts';
import { addWorkingDays } from './add-working-days.ts';
import { bankHolidays, isBankHoliday, loadBankHolidays, resetBankHolidays } from './bank-holidays.ts';
import { workingDaysBetween } from './working-days-between.ts';
import { addCalendarDays } from './iso-date.ts';

interface GovUkFile {
  [region: string]: { division: string; events: { title: string; date: string; notes: string; bunting: boolean }[] };
}

/**
 * gov.uk's published bank-holidays.json for 2019-2027 (a verbatim copy of
 * shared/data/gov-uk-bank-holidays-2019-2027.json), as a fresh object each time.
 */
function govUkFile(): GovUkFile {
  const url = new URL('./fixtures/gov-uk-bank-holidays-2019-2027.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as GovUkFile;
}

beforeEach(() => resetBankHolidays());
afterEach(() => resetBankHolidays());

describe('rule-computed bank holidays', () => {
  it('agree exactly with gov.uk for every day 2019-2027 in every region (the file is not loaded)', () => {
    const file = govUkFile();
    for (const region of REGIONS) {
      const published = new Set(file[region]!.events.map((e) => e.date));
      let checked = 0;
      for (let date = '2019-01-01'; date <= '2027-12-31'; date = addCalendarDays(date, 1)) {
        expect(isBankHoliday(date, region), `${region} ${date}`).toBe(published.has(date));
        checked++;
      }
      expect(checked).toBe(3287);
    }
  });

  it('carry gov.uk’s titles and substitute days for 2019-2027', () => {
    const file = govUkFile();
    for (const region of REGIONS) {
      const published = file[region]!.events.map((e) => ({ date: e.date, title: e.title, substitute: e.notes === 'Substitute day' }));
      const computed = [];
      for (let year = 2019; year <= 2027; year++) computed.push(...bankHolidays(year, region));
      expect(computed, region).toEqual(published);
    }
  });

  it('lists a year in date order', () => {
    expect(bankHolidays(2026, 'england-and-wales')).toEqual([
      { date: '2026-01-01', title: 'New Year’s Day', substitute: false },
      { date: '2026-04-03', title: 'Good Friday', substitute: false },
      { date: '2026-04-06', title: 'Easter Monday', substitute: false },
      { date: '2026-05-04', title: 'Early May bank holiday', substitute: false },
      { date: '2026-05-25', title: 'Spring bank holiday', substitute: false },
      { date: '2026-08-31', title: 'Summer bank holiday', substitute: false },
      { date: '2026-12-25', title: 'Christmas Day', substitute: false },
      { date: '2026-12-28', title: 'Boxing Day', substitute: true },
    ]);
  });

  it('finds Good Friday from Easter in years far from the file', () => {
    // Easter Sunday: 1981-04-19, 2000-04-23, 2008-03-23, 2038-04-25, 2100-03-28.
    const goodFriday = (year: number) => bankHolidays(year).find((h) => h.title === 'Good Friday')?.date;
    expect([1981, 2000, 2008, 2038, 2100].map(goodFriday)).toEqual([
      '1981-04-17',
      '2000-04-21',
      '2008-03-21',
      '2038-04-23',
      '2100-03-26',
    ]);
    expect(isBankHoliday('2038-04-26')).toBe(true);
    expect(isBankHoliday('2038-04-26', 'scotland')).toBe(false);
  });

  it('moves Christmas on a Saturday to Monday 27 and Boxing Day to Tuesday 28', () => {
    // 25 December 2032 and 2038 are Saturdays.
    for (const year of [2032, 2038]) {
      expect(bankHolidays(year).slice(-2).map((h) => h.date)).toEqual([`${year}-12-27`, `${year}-12-28`]);
    }
  });

  it('gives Scotland 2 January, with substitutes, and the first Monday of August', () => {
    // 2033: 1 January Saturday, 2 January Sunday.
    const scotland2033 = bankHolidays(2033, 'scotland');
    expect(scotland2033.slice(0, 2).map((h) => h.date)).toEqual(['2033-01-03', '2033-01-04']);
    expect(bankHolidays(2033, 'england-and-wales')[0]?.date).toBe('2033-01-03');
    expect(isBankHoliday('2033-01-04', 'england-and-wales')).toBe(false);
    expect(isBankHoliday('2030-08-05', 'scotland')).toBe(true);
    expect(isBankHoliday('2030-08-05', 'england-and-wales')).toBe(false);
    expect(isBankHoliday('2030-08-26', 'england-and-wales')).toBe(true);
    expect(isBankHoliday('2030-08-26', 'scotland')).toBe(false);
  });

  it('gives Scotland St Andrew’s Day from 2007, moved to Monday at a weekend', () => {
    expect(isBankHoliday('2006-11-30', 'scotland')).toBe(false);
    expect(isBankHoliday('2007-11-30', 'scotland')).toBe(true);
    expect(bankHolidays(2008, 'scotland').find((h) => h.title === 'St Andrew’s Day')).toEqual({
      date: '2008-12-01',
      title: 'St Andrew’s Day',
      substitute: true,
    });
    expect(isBankHoliday('2029-11-30', 'england-and-wales')).toBe(false);
  });

  it('gives Northern Ireland St Patrick’s Day and the Battle of the Boyne, with substitutes', () => {
    expect(isBankHoliday('2028-03-17', 'northern-ireland')).toBe(true);
    expect(isBankHoliday('2028-03-17', 'england-and-wales')).toBe(false);
    // 12 July 2031 is a Saturday.
    expect(isBankHoliday('2031-07-14', 'northern-ireland')).toBe(true);
    expect(isBankHoliday('2031-07-14', 'scotland')).toBe(false);
  });

  it('applies the one-off changes proclaimed since 1978', () => {
    expect(isBankHoliday('1981-07-29')).toBe(true);
    expect(isBankHoliday('1995-05-08', 'scotland')).toBe(true);
    expect(isBankHoliday('1995-05-01', 'scotland')).toBe(false);
    expect(isBankHoliday('1999-12-31', 'northern-ireland')).toBe(true);
    expect(bankHolidays(2002).filter((h) => h.date.slice(5, 7) === '06' || h.date.slice(5, 7) === '05').map((h) => h.date)).toEqual([
      '2002-05-06',
      '2002-06-03',
      '2002-06-04',
    ]);
    expect(isBankHoliday('2011-04-29', 'scotland')).toBe(true);
    expect(isBankHoliday('2012-05-28')).toBe(false);
    expect(isBankHoliday('2012-06-04')).toBe(true);
    expect(isBankHoliday('2012-06-05')).toBe(true);
  });

  it('accepts a date-time, judged on its London date', () => {
    expect(isBankHoliday('2026-12-27T23:30:00Z')).toBe(false);
    expect(isBankHoliday('2027-05-30T23:30:00Z')).toBe(true); // 00:30 BST on Spring bank holiday
  });

  it('throws, naming the field, outside the years it knows', () => {
    expect(() => bankHolidays(1977)).toThrow(/^year: no bank holidays known for 1977 in england-and-wales/);
    expect(() => bankHolidays(2201, 'scotland')).toThrow(/^year: no bank holidays known for 2201 in scotland/);
    expect(bankHolidays(2200).length).toBe(8);
    expect(bankHolidays(1978).map((h) => h.date)).toContain('1978-05-01');
    expect(() => isBankHoliday('1950-12-25')).toThrow(/^date: no bank holidays known for 1950/);
    expect(() => bankHolidays(2026.5)).toThrow(/^year: /);
    expect(() => bankHolidays(2026, 'wales' as never)).toThrow(/^region: unknown region "wales"/);
    expect(() => isBankHoliday('2026-02-30')).toThrow(/^date: /);
  });

  it('returns copies that callers cannot use to change the calendar', () => {
    const list = bankHolidays(2026);
    list.length = 0;
    expect(bankHolidays(2026)).toHaveLength(8);
  });
});

describe('loadBankHolidays', () => {
  it('reports the years it covers per region', () => {
    const years = loadBankHolidays(govUkFile());
    const all = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027];
    expect(years).toEqual({ 'england-and-wales': all, scotland: all, 'northern-ireland': all });
  });

  it('makes the file authoritative for the years it covers', () => {
    const file = govUkFile();
    file['england-and-wales']!.events.push({ title: 'Made-up holiday', date: '2027-07-02', notes: '', bunting: true });
    expect(isBankHoliday('2027-07-02')).toBe(false);
    loadBankHolidays(file);
    expect(isBankHoliday('2027-07-02')).toBe(true);
    expect(isBankHoliday('2027-07-02', 'scotland')).toBe(false);
    expect(bankHolidays(2027).map((h) => h.title)).toContain('Made-up holiday');
    resetBankHolidays();
    expect(isBankHoliday('2027-07-02')).toBe(false);
  });

  it('is seen by working-day arithmetic that already used the year before the file was loaded', () => {
    expect(addWorkingDays('2027-07-01', 1)).toBe('2027-07-02');
    expect(workingDaysBetween('2027-07-01', '2027-07-05')).toBe(2);
    const file = govUkFile();
    file['england-and-wales']!.events.push({ title: 'Made-up holiday', date: '2027-07-02', notes: '', bunting: true });
    loadBankHolidays(file);
    expect(addWorkingDays('2027-07-01', 1)).toBe('2027-07-05');
    expect(workingDaysBetween('2027-07-01', '2027-07-05')).toBe(1);
    resetBankHolidays();
    expect(addWorkingDays('2027-07-01', 1)).toBe('2027-07-02');
  });

  it('replaces the rules for a covered year, so a cancelled holiday goes', () => {
    const file = govUkFile();
    const ew = file['england-and-wales']!;
    ew.events = ew.events.filter((e) => e.date !== '2026-08-31');
    loadBankHolidays(file);
    expect(isBankHoliday('2026-08-31')).toBe(false);
    expect(isBankHoliday('2026-08-31', 'northern-ireland')).toBe(true);
  });

  it('adds years the rules do not cover and leaves other years to the rules', () => {
    loadBankHolidays({
      'england-and-wales': {
        division: 'england-and-wales',
        events: [{ title: 'Coronation of Queen Elizabeth II', date: '1953-06-02', notes: '', bunting: true }],
      },
    });
    expect(bankHolidays(1953)).toEqual([{ date: '1953-06-02', title: 'Coronation of Queen Elizabeth II', substitute: false }]);
    expect(() => bankHolidays(1953, 'scotland')).toThrow(/^year: /);
    expect(isBankHoliday('2026-12-28')).toBe(true);
  });

  it('takes a newer year wholly from the file once gov.uk publishes it', () => {
    const file = govUkFile();
    // Suppose gov.uk publishes 2028 for England and Wales with an extra day and no Summer bank holiday.
    const ew2028 = bankHolidays(2028).filter((h) => h.title !== 'Summer bank holiday');
    file['england-and-wales']!.events.push(
      ...ew2028.map((h) => ({ title: h.title, date: h.date, notes: '', bunting: true })),
      { title: 'Made-up 2028 holiday', date: '2028-10-02', notes: '', bunting: true },
    );
    expect(isBankHoliday('2028-08-28')).toBe(true);
    expect(loadBankHolidays(file)['england-and-wales']).toContain(2028);
    expect(isBankHoliday('2028-10-02')).toBe(true);
    expect(isBankHoliday('2028-08-28')).toBe(false);
    expect(isBankHoliday('2028-08-28', 'northern-ireland')).toBe(true);
    expect(isBankHoliday('2029-08-27')).toBe(true);
  });

  it('replaces an earlier load', () => {
    loadBankHolidays({ scotland: { division: 'scotland', events: [{ title: 'Extra', date: '2030-06-14', notes: '', bunting: true }] } });
    expect(isBankHoliday('2030-06-14', 'scotland')).toBe(true);
    loadBankHolidays(govUkFile());
    expect(isBankHoliday('2030-06-14', 'scotland')).toBe(false);
  });

  it('rejects a malformed file, naming the path, and keeps the calendar it had', () => {
    const file = govUkFile();
    file.scotland!.events[3]!.date = '2019-02-30';
    expect(() => loadBankHolidays(file)).toThrow(/^scotland\.events\[3\]\.date: "2019-02-30" is not a real date/);

    const noTitle = govUkFile();
    noTitle['northern-ireland']!.events[0]!.title = '';
    expect(() => loadBankHolidays(noTitle)).toThrow(/^northern-ireland\.events\[0\]\.title: required/);

    const wrongType = govUkFile() as unknown as { scotland: { events: unknown } };
    wrongType.scotland.events = 'none';
    expect(() => loadBankHolidays(wrongType)).toThrow(/^scotland\.events: /);

    const swapped = govUkFile();
    swapped.scotland!.division = 'england-and-wales';
    expect(() => loadBankHolidays(swapped)).toThrow('scotland.division: expected "scotland", got "england-and-wales"');

    expect(() => loadBankHolidays({})).toThrow(/^data: /);
    expect(() => loadBankHolidays(null)).toThrow(/^data: /);
    expect(() => loadBankHolidays('[]')).toThrow(/^data: /);
    expect(isBankHoliday('2026-12-28')).toBe(true);
  });
});
