/**
 * The form's answers, as the tenant gave them: text fields and radios are strings, checkboxes
 * are lists of values, date inputs are three fields (`startedDate-day`, `-month`, `-year`).
 * `diary` lists the ids of the diary entries, in order; entry `3`'s fields are `d3-date-day`,
 * `d3-time`, `d3-whatHappened`, `d3-witnesses`. Plain JSON, so a draft can be kept in
 * `sessionStorage`.
 */
export type Answers = Record<string, string | string[] | undefined>;

/**
 * A text answer, `''` when there is none.
 * @example
 * text({ name: 'Sam' }, 'name') //=> 'Sam'
 */
export function text(answers: Answers, name: string): string {
  const value = answers[name];
  return typeof value === 'string' ? value : '';
}

/**
 * A checkbox answer, `[]` when there is none.
 * @example
 * list({ behaviours: ['drugs'] }, 'behaviours') //=> ['drugs']
 */
export function list(answers: Answers, name: string): string[] {
  const value = answers[name];
  return Array.isArray(value) ? value : [];
}
