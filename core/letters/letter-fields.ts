import { findLetterTemplate } from './find-letter-template.ts';
import type { LetterPlaceholder } from './letter-template-schema.ts';

/**
 * The fields a caller fills for a letter, in order, for building its form: name, label, hint,
 * whether it is required, and its kind (`text`, `date`, `date-time`, `multiline`, `list`).
 * Values from the policy (the landlord's name, contact details...) are not fields.
 * Throws `id: unknown letter "x"` for an unknown id.
 *
 * @example
 * letterFields('acknowledgement').filter((f) => f.required).map((f) => f.name)
 * //=> ['recipientName', 'reference', 'officerName', 'receivedAt']
 */
export function letterFields(id: string): LetterPlaceholder[] {
  return findLetterTemplate(id).placeholders.map((p) => ({ ...p }));
}
