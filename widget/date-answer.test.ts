import { describe, expect, it } from 'vitest';
import { dateAnswer } from './date-answer.ts';

const parts = (day: string, month: string, year: string) => ({ 'd-day': day, 'd-month': month, 'd-year': year });

describe('dateAnswer', () => {
  it('reads day, month and year as an ISO date', () => {
    expect(dateAnswer(parts(' 7', '3 ', '2026'), 'd')).toEqual({ iso: '2026-03-07' });
    expect(dateAnswer(parts('29', '02', '2028'), 'd')).toEqual({ iso: '2028-02-29' });
  });

  it('is empty when nothing is given, and says which problem otherwise', () => {
    expect(dateAnswer({}, 'd')).toEqual({ iso: '' });
    expect(dateAnswer(parts('7', '', '2026'), 'd')).toEqual({ iso: '', problem: 'part' });
    for (const [d, m, y] of [['31', '4', '2026'], ['29', '2', '2100'], ['1', '13', '2026'], ['x', '1', '2026'], ['1', '1', '26'], ['1', '1', '0000']]) {
      expect(dateAnswer(parts(d!, m!, y!), 'd')).toEqual({ iso: '', problem: 'real' });
    }
  });
});
