import { describe, expect, it } from 'vitest';
import { tsmNm01 } from './tsm-nm01.ts';

const year = { homes: 1500, from: '2026-04-01', to: '2027-03-31' };

describe('tsmNm01', () => {
  it('counts ASB cases and hate cases opened in the period per 1,000 homes', () => {
    const result = tsmNm01(
      [
        { openedAt: '2026-04-01T09:00:00+01:00' },
        { openedAt: '2026-06-10', flags: ['hate-incident', 'risk-of-harm'] },
        { openedAt: '2026-09-15', hateIncident: true },
        { openedAt: '2027-03-31T22:00:00Z' },
      ],
      year,
    );
    expect(result).toEqual({ asbCases: 4, furtherReports: 0, hateCases: 2, homes: 1500, asbPer1000: 2.67, hatePer1000: 1.33, from: '2026-04-01', to: '2027-03-31' });
  });

  it('leaves out cases opened outside the period, by their London date', () => {
    const result = tsmNm01(
      [
        { openedAt: '2026-03-31' },
        // 23:30 UTC on 31 March 2027 is 00:30 on 1 April in London (BST): next year.
        { openedAt: '2027-03-31T23:30:00Z' },
        { openedAt: '2027-04-01', hateIncident: true },
      ],
      year,
    );
    expect(result.asbCases).toBe(0);
    expect(result.hateCases).toBe(0);
    expect(result.asbPer1000).toBe(0);
  });

  it('does not count a case as hate when hateIncident is false and no flag says so', () => {
    expect(tsmNm01([{ openedAt: '2026-05-01', hateIncident: false, flags: ['domestic-abuse'] }], year).hateCases).toBe(0);
  });

  it('rounds to 2 decimal places', () => {
    expect(tsmNm01([{ openedAt: '2026-05-01' }], { ...year, homes: 8000 }).asbPer1000).toBe(0.13); // 0.125
    expect(tsmNm01([{ openedAt: '2026-05-01' }], { ...year, homes: 3 }).asbPer1000).toBe(333.33);
  });

  it('needs a positive whole number of homes', () => {
    expect(() => tsmNm01([], { ...year, homes: 0 })).toThrow(/^homes: /);
    expect(() => tsmNm01([], { ...year, homes: 12.5 })).toThrow(/^homes: /);
    expect(() => tsmNm01([], { ...year, homes: Number.NaN })).toThrow(/^homes: /);
  });

  it('names bad dates and cases', () => {
    expect(() => tsmNm01([], { ...year, from: '' })).toThrow('from: is required');
    expect(() => tsmNm01([], { ...year, to: '2027-02-30' })).toThrow(/^to: /);
    expect(() => tsmNm01([], { ...year, from: '2027-04-01' })).toThrow('to: must be on or after from (2027-04-01), not 2027-03-31');
    expect(() => tsmNm01([{ openedAt: '2026-05-01' }, { openedAt: 'May' }], year)).toThrow(/^cases\[1\]\.openedAt: /);
    expect(() => tsmNm01([{ openedAt: '2026-05-01', hateIncident: 'yes' } as never], year)).toThrow('cases[0].hateIncident: must be true or false');
  });
});

describe('tsmNm01: further reports about the same party while a case is open', () => {
  it('counts them as part of the open case, not as new cases', () => {
    const result = tsmNm01(
      [
        { openedAt: '2026-05-04', reportedParty: 'TEN-0042', closedAt: '2026-08-28' },
        // Same party, case still open: the same case.
        { openedAt: '2026-06-15', reportedParty: 'ten-0042 ' },
        // Same party on the day the case closed: still open that day.
        { openedAt: '2026-08-28T16:00:00+01:00', reportedParty: 'TEN-0042', closedAt: '2026-09-30' },
        // Same party after the case closed: a new case.
        { openedAt: '2026-10-02', reportedParty: 'TEN-0042' },
        // Another party: its own case.
        { openedAt: '2026-06-15', reportedParty: 'TEN-0077' },
      ],
      year,
    );
    expect(result).toMatchObject({ asbCases: 3, furtherReports: 2, hateCases: 0, asbPer1000: 2 });
  });

  it('keeps the case open as long as a further report keeps it open', () => {
    const result = tsmNm01(
      [
        { openedAt: '2026-05-04', reportedParty: 'TEN-0042', closedAt: '2026-06-01' },
        { openedAt: '2026-05-20', reportedParty: 'TEN-0042', closedAt: '2026-07-15' },
        { openedAt: '2026-07-01', reportedParty: 'TEN-0042' },
      ],
      year,
    );
    expect(result).toMatchObject({ asbCases: 1, furtherReports: 2 });
  });

  it('makes the case a hate case when a further report brings a hate incident, counted once', () => {
    const result = tsmNm01(
      [
        { openedAt: '2026-05-04', reportedParty: 'TEN-0042' },
        { openedAt: '2026-06-01', reportedParty: 'TEN-0042', flags: ['hate-incident'] },
        { openedAt: '2026-06-20', reportedParty: 'TEN-0042', hateIncident: true },
      ],
      year,
    );
    expect(result).toMatchObject({ asbCases: 1, furtherReports: 2, hateCases: 1, hatePer1000: 0.67 });
  });

  it('does not count a further report in the period about a case opened before it', () => {
    const result = tsmNm01(
      [
        { openedAt: '2026-03-20', reportedParty: 'TEN-0042' },
        { openedAt: '2026-04-10', reportedParty: 'TEN-0042', hateIncident: true },
      ],
      year,
    );
    expect(result).toMatchObject({ asbCases: 0, furtherReports: 1, hateCases: 0 });
  });

  it('counts every entry as its own case when no party is given', () => {
    expect(tsmNm01([{ openedAt: '2026-05-04' }, { openedAt: '2026-05-05' }], year)).toMatchObject({ asbCases: 2, furtherReports: 0 });
  });

  it('refuses a case closed before it opened, naming the field', () => {
    expect(() => tsmNm01([{ openedAt: '2026-05-04', closedAt: '2026-05-01' }], year)).toThrow(
      'cases[0].closedAt: must be on or after openedAt (2026-05-04), not 2026-05-01',
    );
  });
});
