import { MatchPattern } from 'wxt/utils/match-patterns';
import * as z from 'zod/mini';
import { BEHAVIOUR_CODES, HATE_STRANDS, ValidationError, formatPath } from '../../../core/index.ts';

const text = z.string({ error: 'must be text' }).check(z.trim(), z.minLength(1, 'is required'));

/** A CSS selector; checked for syntax wherever a DOM is at hand (the options page). */
const selector = z.string({ error: 'must be a CSS selector' }).check(
  z.trim(),
  z.minLength(1, 'is required'),
  z.refine((value) => {
    const doc = (globalThis as { document?: Document }).document;
    if (!doc) return true;
    try {
      doc.createDocumentFragment().querySelector(value);
      return true;
    } catch {
      return false;
    }
  }, 'is not a valid CSS selector'),
);

/** A browser match pattern: `https://hms.example.org/asb/*`. */
const matchPattern = z.string({ error: 'must be a match pattern' }).check(
  z.trim(),
  z.minLength(1, 'is required'),
  z.refine((value) => {
    try {
      new MatchPattern(value);
      return /^https?:\/\//.test(value);
    } catch {
      return false;
    }
  }, 'must be a match pattern like https://hms.example.org/asb/* (http or https)'),
);

const behaviour = z.enum(BEHAVIOUR_CODES, { error: (issue) => `unknown behaviour ${JSON.stringify(issue.input)}` });
const strand = z.enum(HATE_STRANDS, { error: (issue) => `unknown hate strand ${JSON.stringify(issue.input)}` });
const role = z.enum(['complainant', 'reported', 'witness', 'other'], { error: 'must be complainant, reported, witness or other' });

/**
 * How to read a housing system the extension has no adapter for: which pages are its (a match
 * pattern), and a CSS selector for each field. A landlord maps its own system with this, no code.
 * Every selector is looked up in the whole page, except those of repeated items (`parties.name`
 * within `parties.item`, list columns within `caseList.row`), which are looked up in the item.
 *
 * @example
 * genericHostConfigSchema.parse({
 *   name: 'Northgate Housing',
 *   match: 'https://housing.example.org/*',
 *   caseView: { reference: '#ref', receivedAt: '#received', category: '#category', description: '#details' },
 * }).name
 * //=> 'Northgate Housing'
 */
export const genericHostConfigSchema = z.object({
  /** Display name of the system: "Northgate Housing". */
  name: text,
  /** The system's pages. */
  match: matchPattern,
  caseView: z.optional(
    z.object({
      /** Pages that are case views; without it, a page is a case view when `reference` matches. */
      match: z.optional(matchPattern),
      reference: selector,
      /** Date received, with or without its time (`18/12/2026 16:05`, `18 Dec 2026`). */
      receivedAt: selector,
      /** The time received, where the page shows it apart from the date. */
      receivedTime: z.optional(selector),
      category: selector,
      description: selector,
      status: z.optional(selector),
      /** The date a closed case was closed, where the page shows it (read only when `status` says closed). */
      closedAt: z.optional(selector),
      officer: z.optional(selector),
      address: z.optional(selector),
      parties: z.optional(z.object({ item: selector, name: selector, role: z.optional(selector) })),
      log: z.optional(z.object({ item: selector, at: selector, time: z.optional(selector), kind: z.optional(selector), text: selector })),
      /** Where a note can be typed (letters are inserted here). */
      notesField: z.optional(selector),
      /** The log form's entry type (a select), where the system has one. */
      noteTypeField: z.optional(selector),
    }),
  ),
  caseList: z.optional(
    z.object({
      match: z.optional(matchPattern),
      row: selector,
      reference: selector,
      receivedAt: selector,
      category: selector,
      status: z.optional(selector),
      /** Where in the row the badge goes (default: the reference's element). */
      badgeSlot: z.optional(selector),
      /**
       * A paged list's link to its next page, looked up in the whole page (`a[rel="next"]`,
       * `.pager a.next`); absent or matching nothing: the list has one page. The team fill follows
       * it (same origin only).
       */
      nextPage: z.optional(selector),
    }),
  ),
  newCase: z.optional(
    z.object({
      match: z.optional(matchPattern),
      category: selector,
      description: selector,
      receivedAt: z.optional(selector),
      receivedTime: z.optional(selector),
    }),
  ),
  /** The system's categories, as it prints them, in the core's terms. */
  categories: z.optional(z.record(z.string(), z.object({ behaviours: z.array(behaviour).check(z.minLength(1, 'at least one behaviour is required')), perceivedHate: z.optional(z.array(strand)) }))),
  /** The system's note types, as it prints them, to core event types (`complainant-contacted`). */
  noteTypes: z.optional(z.record(z.string(), text)),
  /**
   * What the system's status (`caseView.status`, `caseList.status`) shows for a case that is over
   * ("Closed", "Finalised", "No further action"): a status containing one of these, as whole words
   * in any case, is closed. Absent: closed, resolved, completed, cancelled, withdrawn.
   */
  closedStatuses: z.optional(z.array(text).check(z.minLength(1, 'at least one word is required'))),
  /** The system's words for party roles ("Alleged perpetrator": "reported"). */
  roles: z.optional(z.record(z.string(), role)),
});

/**
 * A generic host configuration, validated (see genericHostConfigSchema).
 *
 * @example
 * const config: GenericHostConfig = parseGenericHostConfig(json);
 */
export type GenericHostConfig = z.infer<typeof genericHostConfigSchema>;

/**
 * Validates a generic host configuration (from settings, or typed by a landlord as JSON); throws
 * a `ValidationError` naming each offending field, under `field`.
 *
 * @example
 * parseGenericHostConfig({ name: 'X', match: 'hms.example.org' }, 'hosts[0].generic')
 * //=> throws 'hosts[0].generic.match: must be a match pattern like https://hms.example.org/asb/* (http or https)'
 */
export function parseGenericHostConfig(input: unknown, field = ''): GenericHostConfig {
  const result = genericHostConfigSchema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((issue) => {
      const path = formatPath(issue.path);
      return { path: field && path ? `${field}.${path}` : field || path, message: issue.message };
    }),
  );
}
