import { list, text, type Answers } from './answers.ts';

/**
 * One question (or note) of a step, as data: the renderer draws it the GOV.UK way, validation
 * finds its errors by `name`, and check answers lists it. Words come from the strings catalogue
 * under `key` (default `name`).
 */
export interface Field {
  kind: 'radios' | 'checkboxes' | 'text' | 'textarea' | 'date' | 'note';
  /** Answer key, and the element id `f-NAME` that error links point at. */
  name: string;
  /** Catalogue key of the label, hint and options, when it differs from `name`. */
  key?: string;
  /** Values to choose from (radios, checkboxes). */
  options?: readonly string[];
  /** Catalogue key of the option labels, when it differs from `key`. */
  optionsKey?: string;
  /** The label or legend is the page heading (one question on the page). */
  heading?: boolean;
  /** Shows "(optional)". */
  optional?: boolean;
  /** A checkbox that clears the others ("No, or I am not sure"). */
  exclusive?: string;
  /** Questions or notes shown under an option while it is chosen. */
  reveal?: Record<string, Field[]>;
  /** Text: at most this many characters (after trimming). */
  max?: number;
  /** Text: the format it must have (when given). */
  pattern?: RegExp;
  /** Text inputs: input type, autocomplete token and width. */
  type?: 'email' | 'tel';
  autocomplete?: string;
  width?: 'short';
  /** A "Why we ask" disclosure under the hint (notes key). */
  why?: string;
  /** A note drawn as a warning. */
  warning?: boolean;
}

/**
 * The fields a tenant can see with these answers, in page order: revealed questions follow
 * the option that reveals them.
 *
 * @example
 * visibleFields([{ kind: 'radios', name: 'a', options: ['yes'], reveal: { yes: [{ kind: 'text', name: 'b' }] } }], { a: 'yes' })
 *   .map((f) => f.name) //=> ['a', 'b']
 */
export function visibleFields(fields: readonly Field[], answers: Answers): Field[] {
  return fields.flatMap((field) => [
    field,
    ...Object.entries(field.reveal ?? {}).flatMap(([value, revealed]) =>
      isChosen(answers, field.name, value) ? visibleFields(revealed, answers) : [],
    ),
  ]);
}

/**
 * Whether `value` is chosen in the radios or checkboxes `name`.
 * @example
 * isChosen({ behaviours: ['noise'] }, 'behaviours', 'noise') //=> true
 */
export function isChosen(answers: Answers, name: string, value: string): boolean {
  return text(answers, name) === value || list(answers, name).includes(value);
}
