import type { LetterTemplate } from './letter-template-schema.ts';
import { letterTemplates } from './letter-templates.ts';

const byId = new Map(letterTemplates.map((t) => [t.id, t]));

/**
 * The template of a letter, by id. Throws `id: required` for a missing id and
 * `id: unknown letter "x"` for one that is not a letter.
 *
 * @example
 * findLetterTemplate('acknowledgement').title //=> 'Acknowledge a new report'
 * findLetterTemplate('x') // throws 'id: unknown letter "x" (letters: acknowledgement, action-plan, ...)'
 */
export function findLetterTemplate(id: unknown): LetterTemplate {
  if (id === undefined || id === null || id === '') throw new Error('id: required');
  const template = typeof id === 'string' ? byId.get(id) : undefined;
  if (template === undefined) {
    throw new Error(`id: unknown letter ${JSON.stringify(id)} (letters: ${[...byId.keys()].join(', ')})`);
  }
  return template;
}
