import * as z from 'zod/mini';
import { BEHAVIOUR_CODES, HATE_STRANDS } from '../../core/index.ts';

/**
 * A host system's vocabulary as stored with a tracked case (the generic mapping's, or a built-in
 * one), validated wherever it crosses a boundary (a content script's message, an import file).
 *
 * @example
 * hostVocabularySchema.safeParse({ categories: { 'Racial Harassment': { behaviours: ['hate-incident'], perceivedHate: ['race'] } }, noteTypes: {} }).success //=> true
 */
export const hostVocabularySchema = z.object({
  categories: z.record(
    z.string(),
    z.object({
      behaviours: z.array(z.enum(BEHAVIOUR_CODES)).check(z.minLength(1, 'at least one behaviour is required')),
      perceivedHate: z.optional(z.array(z.enum(HATE_STRANDS))),
    }),
  ),
  noteTypes: z.record(z.string(), z.string()),
});
