import { list, text, type Answers } from './answers.ts';
import { dateAnswer } from './date-answer.ts';
import type { Field } from './field.ts';
import type { Strings } from './strings.en-GB.ts';

/** A problem with an answer: the field to fix (its element is `f-FIELD`) and what to say. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * The problems with the answers to the questions a tenant can see (`fields`, from
 * `visibleFields`), in page order, one per question: unanswered (unless optional), too long,
 * in the wrong format, or a date that is incomplete, not real or after `today` (the London date).
 *
 * The rules are the core report schema's rules for what the form sends (find-errors.test.ts
 * checks with generated answers that the form accepts only what the schema accepts, with the
 * same messages), plus two the form adds: the hate question and a date's three parts.
 * Showing a question makes it count: a revealed contact detail is required, a hidden one is not.
 *
 * @example
 * findErrors([{ kind: 'textarea', name: 'description', max: 5000 }], { description: ' ' }, '2026-03-10', enGB)
 * //=> [{ field: 'description', message: 'Describe what happened' }]
 */
export function findErrors(fields: readonly Field[], answers: Answers, today: string, s: Strings): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of fields) {
    const message = check(field, answers, today, s);
    if (message) errors.push({ field: field.name, message });
  }
  return errors;
}

function check(f: Field, a: Answers, today: string, s: Strings): string | undefined {
  const key = f.key ?? f.name;
  const e = s.errors;
  if (f.kind === 'note') return undefined;
  if (f.kind === 'date') {
    const what = s.dateNames[key] ?? key;
    const { iso, problem } = dateAnswer(a, f.name);
    if (problem) return (problem === 'part' ? e.datePart : e.dateReal)(what);
    if (!iso) return f.optional ? undefined : e.missing[key];
    return iso > today ? e.dateFuture(what) : undefined;
  }
  const value = f.kind === 'checkboxes' ? list(a, f.name).join() : text(a, f.name).trim();
  if (!value) {
    if (f.optional) return undefined;
    return f.name === 'phone' && !list(a, 'contactMethods').includes('phone') ? e.mobile : e.missing[key];
  }
  // Counted as the schema counts: by character, not UTF-16 unit.
  if (f.max && [...value].length > f.max) return e.tooLong[key];
  if (f.pattern && !f.pattern.test(value)) return e.format[key];
  return undefined;
}
