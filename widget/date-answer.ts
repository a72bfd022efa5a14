import { text, type Answers } from './answers.ts';

/**
 * Reads a GOV.UK date input (`NAME-day`, `NAME-month`, `NAME-year`) as `'YYYY-MM-DD'`:
 * `{ iso: '' }` when all three are blank, `problem: 'part'` when one is missing, `'real'`
 * when the numbers make no calendar date (31 February, year 0).
 *
 * @example
 * dateAnswer({ 'd-day': '7', 'd-month': '3', 'd-year': '2026' }, 'd') //=> { iso: '2026-03-07' }
 * dateAnswer({ 'd-day': '7', 'd-year': '2026' }, 'd') //=> { iso: '', problem: 'part' }
 * dateAnswer({ 'd-day': '29', 'd-month': '2', 'd-year': '2027' }, 'd') //=> { iso: '', problem: 'real' }
 */
export function dateAnswer(answers: Answers, name: string): { iso: string; problem?: 'part' | 'real' } {
  const [day, month, year] = ['day', 'month', 'year'].map((part) => text(answers, `${name}-${part}`).trim());
  if (!day && !month && !year) return { iso: '' };
  if (!day || !month || !year) return { iso: '', problem: 'part' };
  const [d, m, y] = [day, month, year].map(Number) as [number, number, number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year) || y < 1 || m < 1 || m > 12 || d < 1 || d > days) {
    return { iso: '', problem: 'real' };
  }
  return { iso: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` };
}
