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
    expect(result).toEqual({ asbCases: 4, hateCases: 2, homes: 1500, asbPer1000: 2.67, hatePer1000: 1.33, from: '2026-04-01', to: '2027-03-31' });
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
