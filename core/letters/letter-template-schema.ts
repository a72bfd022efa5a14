import * as z from 'zod/mini';
import { LETTER_BUILTINS } from './letter-builtins.ts';

/**
 * The schema of a letter template: letters are data, and the renderer is small and generic.
 *
 * Text in a template is plain text (never HTML) with `{{name}}` slots. A slot names either a
 * placeholder the caller fills (listed in `placeholders`) or a built-in from the policy
 * (`LETTER_BUILTINS` in `letter-builtins.ts` documents each: landlord, complainantTerm,
 * reportedPersonTerm, phone, email, website, contactPhone, contactEmail, reviewInterval,
 * closureReplyDays, appointmentBy, diaryReturnDays, outsideAsbMessage, caseReviewThreshold,
 * caseReviewWindow, caseReviewQualifyingWithin, caseReviewDirectory, asbHelpWebsite, replyBy,
 * diaryReturnBy, otherSignposts). A built-in from a policy value marked `assumed` is absent, so no
 * letter promises it.
 *
 * Blocks, in order:
 * - `{ text }` a paragraph; a value with blank lines in it (a `multiline` field) makes several;
 * - `{ heading }` a short heading;
 * - `{ list }` a bulleted list of a `list` placeholder's items (or the built-in `otherSignposts`);
 * - `{ items }` a bulleted list of fixed items, each with slots.
 * Any block may carry `if` (a name, or names: shown only when every one is present) and
 * `unless` (a name, or names: shown only when every one is absent).
 *
 * Every template declares `recipientName` and `officerName` (required, text): the renderer lays
 * out the letter around the body with them. It also reads, when declared and given,
 * `addressLines`, `letterDate`, `reference`, `officerJobTitle`, `officerPhone`, `officerEmail` and
 * `contactByLetterSafe`.
 *
 * A placeholder may carry `notBefore` (dates it may not precede), `conflictsWith`,
 * `requiredUnless` and `offersMediation`; a template may carry `offersMediation`. The renderer
 * refuses data that breaks them, naming the field.
 *
 * The schema checks that every slot is known and that a slot whose value may be absent sits in
 * a block guarded by `if` on that same name, so a template can never print an empty slot.
 */

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
const name = z.string().check(z.regex(/^[a-z][A-Za-z0-9]*$/, 'must be a camelCase name'));
const kebab = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'));

/**
 * Who a letter is written to.
 * @example
 * LETTER_AUDIENCES.includes('witness') //=> true
 */
export const LETTER_AUDIENCES = ['complainant', 'reported-person', 'witness'] as const;

/**
 * The kinds of field a caller fills: each tells a form which control to show.
 * @example
 * PLACEHOLDER_KINDS //=> ['text', 'date', 'date-time', 'multiline', 'list', 'confirm']
 */
export const PLACEHOLDER_KINDS = ['text', 'date', 'date-time', 'multiline', 'list', 'confirm'] as const;

const placeholderSchema = z.strictObject({
  name,
  /** The label of the form field that fills it. */
  label: text,
  /** A short hint for the form field. */
  hint: z.optional(text),
  required: z.boolean(),
  /**
   * `text`: one line; `date`: a date (or a date-time, read as its London date), shown in words;
   * `date-time`: shown as "Tuesday 22 December 2026 at 10:30am" (a bare date shows the date only);
   * `multiline`: paragraphs; `list`: a list of lines, shown as bullets; `confirm`: a yes/no the
   * officer ticks (true or "yes"), used only in `if` / `unless`, never printed.
   */
  kind: z.enum(PLACEHOLDER_KINDS),
  /**
   * Dates (fields of kind date or date-time) this one may not come before: an appointment is not
   * before the report, a letter not before the conversation it confirms. Rendering refuses data
   * that breaks it, naming this field.
   */
  notBefore: z.optional(z.array(name).check(z.minLength(1))),
  /**
   * Filling this field offers mediation: refused in a case where the policy's
   * `letters.noMediation` rule applies (hate, domestic abuse, violence).
   */
  offersMediation: z.optional(z.literal(true)),
  /** Fields that contradict this one: rendering refuses data that gives both, naming this field. */
  conflictsWith: z.optional(z.array(name).check(z.minLength(1))),
  /** Required (though `required` is false) unless one of these fields is given. */
  requiredUnless: z.optional(z.array(name).check(z.minLength(1))),
});

const names = z.union([name, z.array(name).check(z.minLength(1))]);
const guard = { if: z.optional(names), unless: z.optional(names) };

/**
 * The fields the renderer lays the letter out with (address, date, reference, greeting,
 * sign-off), and their kinds; `recipientName` and `officerName` are required in every template.
 * @example
 * LAYOUT_FIELDS.addressLines //=> 'list'
 */
export const LAYOUT_FIELDS = {
  recipientName: 'text',
  addressLines: 'list',
  letterDate: 'date',
  reference: 'text',
  officerName: 'text',
  officerJobTitle: 'text',
  officerPhone: 'text',
  officerEmail: 'text',
  contactByLetterSafe: 'confirm',
} as const satisfies Record<string, (typeof PLACEHOLDER_KINDS)[number]>;

const blockSchema = z.union([
  z.strictObject({ text, ...guard }),
  z.strictObject({ heading: text, ...guard }),
  z.strictObject({ list: name, ...guard }),
  z.strictObject({ items: z.array(text).check(z.minLength(1)), ...guard }),
]);

const sheetSchema = z.strictObject({
  /** Printed above the sheet: "Diary sheet". */
  title: text,
  /** Instructions printed above the columns. */
  intro: z.array(text),
  columns: z.array(text).check(z.minLength(1)),
  /** Empty rows to print. */
  rows: z.int().check(z.minimum(1), z.maximum(20)),
});

const SLOT = /\{\{\s*([^{}]*?)\s*\}\}/g;

/**
 * The names in a template string's `{{slots}}`, in order.
 * @example
 * slotNames('We meet on {{appointmentAt}} at {{ appointmentPlace }}.') //=> ['appointmentAt', 'appointmentPlace']
 */
export function slotNames(template: string): string[] {
  return [...template.matchAll(SLOT)].map((m) => m[1] ?? '');
}

/**
 * Validates a letter template (see the file's note for the blocks and the checks on slots).
 * @example
 * letterTemplateSchema.safeParse({ ...template, body: [{ text: 'Hi {{nobody}}.' }] }).error?.issues[0]?.message
 * //=> 'unknown placeholder {{nobody}}'
 */
export const letterTemplateSchema = z
  .strictObject({
    id: kebab,
    /** For the officer's menu: "Acknowledge a new report". */
    title: text,
    audience: z.enum(LETTER_AUDIENCES),
    /** When to send it, for the officer. */
    purpose: text,
    /** Seed document and section the letter comes from. */
    source: text,
    placeholders: z.array(placeholderSchema),
    /** Built-ins the letter cannot do without: rendering throws when the policy gives none. */
    requires: z.optional(z.array(name)),
    subject: text,
    body: z.array(blockSchema).check(z.minLength(1)),
    /** A form printed after the letter (a diary sheet). */
    sheet: z.optional(sheetSchema),
    /**
     * The letter is about mediation: refused in a case where the policy's `letters.noMediation`
     * rule applies.
     */
    offersMediation: z.optional(z.literal(true)),
  })
  .check(
    z.superRefine((t, ctx) => {
      const issue = (path: PropertyKey[], message: string) =>
        ctx.issues.push({ code: 'custom', input: t, path, message });
      const fields = new Map<string, z.infer<typeof placeholderSchema>>();
      t.placeholders.forEach((p, i) => {
        if (fields.has(p.name)) issue(['placeholders', i, 'name'], `placeholder "${p.name}" is listed twice`);
        if (p.name in LETTER_BUILTINS) issue(['placeholders', i, 'name'], `"${p.name}" is a built-in placeholder`);
        fields.set(p.name, p);
      });
      const isBuiltin = (n: string): n is keyof typeof LETTER_BUILTINS => n in LETTER_BUILTINS;
      const known = (n: string) => fields.has(n) || isBuiltin(n);
      const isConfirm = (n: string) => fields.get(n)?.kind === 'confirm';
      const isDate = (n: string) => fields.get(n)?.kind === 'date' || fields.get(n)?.kind === 'date-time';
      const isList = (n: string) =>
        fields.get(n)?.kind === 'list' || (isBuiltin(n) && LETTER_BUILTINS[n].kind === 'list');
      const required = new Set(t.requires ?? []);
      const namesOf = (n: string | string[] | undefined) => (n === undefined ? [] : typeof n === 'string' ? [n] : n);

      t.placeholders.forEach((p, i) => {
        for (const key of ['conflictsWith', 'requiredUnless'] as const) {
          p[key]?.forEach((n, j) => {
            if (!fields.has(n)) issue(['placeholders', i, key, j], `"${n}" is not a field of this letter`);
          });
        }
        p.notBefore?.forEach((n, j) => {
          if (p.kind !== 'date' && p.kind !== 'date-time') issue(['placeholders', i, 'notBefore'], 'only a date can have notBefore');
          else if (!isDate(n)) issue(['placeholders', i, 'notBefore', j], `"${n}" is not a date field of this letter`);
        });
      });
      for (const [field, kind] of Object.entries(LAYOUT_FIELDS)) {
        const p = fields.get(field);
        if (p !== undefined && p.kind !== kind) issue(['placeholders'], `"${field}" must be of kind "${kind}"`);
      }
      for (const field of ['recipientName', 'officerName']) {
        if (fields.get(field)?.required !== true) issue(['placeholders'], `"${field}" must be a required placeholder`);
      }
      const alwaysThere = (n: string) =>
        fields.get(n)?.required === true || (isBuiltin(n) && (LETTER_BUILTINS[n].always || required.has(n)));

      (t.requires ?? []).forEach((n, i) => {
        if (!isBuiltin(n)) issue(['requires', i], `unknown built-in "${n}"`);
      });

      const checkSlots = (value: string, path: PropertyKey[], guardedBy: string[]) => {
        for (const slot of slotNames(value)) {
          if (!known(slot)) issue(path, `unknown placeholder {{${slot}}}`);
          else if (isConfirm(slot)) issue(path, `{{${slot}}} is a yes/no: use it in if or unless`);
          else if (isList(slot)) issue(path, `{{${slot}}} is a list: use a list block`);
          else if (!alwaysThere(slot) && !guardedBy.includes(slot)) {
            issue(path, `{{${slot}}} may be absent: put it in a block with if: '${slot}'`);
          }
        }
      };

      checkSlots(t.subject, ['subject'], []);
      t.body.forEach((block, i) => {
        const ifs = namesOf(block.if);
        for (const key of ['if', 'unless'] as const) {
          namesOf(block[key]).forEach((n) => {
            if (!known(n)) issue(['body', i, key], `unknown placeholder "${n}"`);
          });
        }
        if ('text' in block) checkSlots(block.text, ['body', i, 'text'], ifs);
        if ('heading' in block) checkSlots(block.heading, ['body', i, 'heading'], ifs);
        if ('items' in block) block.items.forEach((item, j) => checkSlots(item, ['body', i, 'items', j], ifs));
        if ('list' in block) {
          if (!known(block.list)) issue(['body', i, 'list'], `unknown placeholder "${block.list}"`);
          else if (!isList(block.list)) issue(['body', i, 'list'], `"${block.list}" is not a list`);
          else if (!alwaysThere(block.list) && !ifs.includes(block.list)) {
            issue(['body', i, 'list'], `"${block.list}" may be absent: add if: '${block.list}'`);
          }
        }
      });
      t.sheet?.intro.forEach((line, i) => checkSlots(line, ['sheet', 'intro', i], []));
      t.sheet?.columns.forEach((col, i) => checkSlots(col, ['sheet', 'columns', i], []));
    }),
  );

/** A letter template, validated. */
export type LetterTemplate = z.infer<typeof letterTemplateSchema>;
/** One field a caller fills for a letter. */
export type LetterPlaceholder = LetterTemplate['placeholders'][number];
/** One block of a letter's body. */
export type LetterBlock = LetterTemplate['body'][number];
export type LetterAudience = (typeof LETTER_AUDIENCES)[number];
export type PlaceholderKind = (typeof PLACEHOLDER_KINDS)[number];
