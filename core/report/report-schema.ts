import * as z from 'zod/mini';
import { BEHAVIOUR_CODES, HATE_STRANDS } from '../types.ts';
import { ISO_DATE_PATTERN, isIsoDate } from '../iso-date-strings.ts';
import { AGE_GROUPS, CONTACT_METHODS, FREQUENCIES, STILL_HAPPENING, VULNERABILITY_CODES } from './report-choices.ts';
import { PHONE_PATTERN, POSTCODE_PATTERN, TIME_PATTERN } from './report-patterns.ts';

/*
 * What a tenant's report contains: the one schema shared by the <asb-report-form> widget (in the
 * browser, hence zod/mini only), the server intake handler and integrators (as JSON Schema).
 * Strings are trimmed; an empty string counts as missing. Messages may be shown to tenants, so they
 * follow the GOV.UK Design System's error message style; the path is added by toValidationError.
 */

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Error function: `missing` when the value is absent or blank, else `wrong(input)`. */
function missingOr(missing: string, wrong: (input: unknown) => string = () => missing) {
  return (issue: { input?: unknown }): string => (isBlank(issue.input) ? missing : wrong(issue.input));
}

/** A short, safe description of any input for a message: never more than about 50 characters, never recursive. */
function describeInput(input: unknown): string {
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  if (typeof input === 'number' || typeof input === 'boolean' || input === null) return String(input);
  if (Array.isArray(input)) return 'a list';
  return typeof input === 'object' ? 'an object' : typeof input;
}

const notText = (input: unknown): string => `must be text, not ${Array.isArray(input) ? 'a list' : typeof input}`;

/** An optional field: absent, `undefined` or a blank string all come out as `undefined`. */
function optionalField<T extends z.ZodMiniType>(schema: T) {
  return z.optional(
    z.pipe(
      z.transform((value: unknown) => (isBlank(value) ? undefined : value)),
      z.optional(schema),
    ),
  );
}

function requiredText(o: { missing: string; max: number; tooLong: string; description: string }) {
  return z
    .string({ error: missingOr(o.missing, notText) })
    .check(z.trim(), z.minLength(1, o.missing), z.maxLength(o.max, o.tooLong), z.describe(o.description));
}

function optionalText(o: { max: number; tooLong: string; description: string }) {
  return optionalField(
    z.string({ error: missingOr('must be text', notText) }).check(z.trim(), z.maxLength(o.max, o.tooLong)),
  ).check(z.describe(o.description));
}

function choice<const T extends readonly [string, ...string[]]>(values: T, missing: string, unknown: string) {
  return z.enum(values, { error: missingOr(missing, (input) => `${unknown} ${describeInput(input)}: choose from the list`) });
}

function yesNo(missing: string, description: string) {
  return z.boolean({ error: missing }).check(z.describe(description));
}

/** Each item at most once; a repeat is reported at its own index. */
function uniqueItems<T>(what: string) {
  return z.superRefine((items: T[], ctx) => {
    items.forEach((item, index) => {
      if (items.indexOf(item) !== index) {
        ctx.addIssue({ code: 'custom', path: [index], input: item, message: `${describeInput(item)} is chosen more than once: choose each ${what} once` });
      }
    });
  });
}

function isoDate(o: { missing: string; label: string; description: string }) {
  return z
    .string({ error: missingOr(o.missing, notText) })
    .check(
      z.trim(),
      z.minLength(1, { error: o.missing, abort: true }),
      z.regex(ISO_DATE_PATTERN, { error: `Enter ${o.label} in the format YYYY-MM-DD, like 2026-03-27`, abort: true }),
      z.refine(isIsoDate, `${o.label[0]!.toUpperCase()}${o.label.slice(1)} must be a real date`),
      z.describe(o.description),
    );
}


const startedSchema = z
  .discriminatedUnion(
    'kind',
    [
      z.strictObject({
        kind: z.literal('date'),
        date: isoDate({ missing: 'Enter the date it started', label: 'the date it started', description: 'The date it started (YYYY-MM-DD, Europe/London); must not be in the future.' }),
      }),
      z.strictObject({
        kind: z.literal('approximate'),
        text: requiredText({
          missing: "Tell us roughly when it started, like 'about 3 weeks ago'",
          max: 200,
          tooLong: 'When it started must be 200 characters or fewer',
          description: "Roughly when it started, in the reporter's words ('about 3 weeks ago').",
        }),
      }),
      z.strictObject({ kind: z.literal('not-sure') }),
    ],
    { error: "Tell us when it started, or choose 'not sure'" },
  )
  .check(z.describe("When it started: an exact date, an approximate time in words, or 'not sure'."));

const reportedPersonSchema = z
  .strictObject({
    known: yesNo('Select yes if you know who is responsible', 'Whether the reporter knows who is responsible.'),
    name: optionalText({ max: 200, tooLong: 'Their name must be 200 characters or fewer', description: 'Name of the person reported, if known.' }),
    address: optionalText({ max: 500, tooLong: 'Their address must be 500 characters or fewer', description: 'Address of the person reported, if known.' }),
    description: optionalText({ max: 2000, tooLong: 'The description of them must be 2000 characters or fewer', description: 'What the person reported looks like or other details that identify them.' }),
    ageGroup: optionalField(choice(AGE_GROUPS, 'Select their age group', 'Unknown age group')).check(
      z.describe("Age group of the person reported: 'under-10', '10-17', '18-or-over' or 'not-sure'."),
    ),
  })
  .check(z.describe('The person reported (neutral words: never "perpetrator"), if the reporter can say.'));

const diaryEntrySchema = z.strictObject({
  date: isoDate({ missing: 'Enter the date of this entry', label: 'the date', description: 'Date of the incident (YYYY-MM-DD); must not be in the future.' }),
  time: optionalField(
    z.string({ error: notText }).check(z.trim(), z.regex(TIME_PATTERN, 'Enter the time in 24-hour format, like 14:30')),
  ).check(z.describe('Time of the incident, HH:MM, 24-hour clock, Europe/London.')),
  whatHappened: requiredText({ missing: 'Describe what happened', max: 5000, tooLong: 'What happened must be 5000 characters or fewer', description: 'What happened.' }),
  witnesses: optionalText({ max: 1000, tooLong: 'Witnesses must be 1000 characters or fewer', description: 'Who else saw or heard it.' }),
});

const anonymousReporterSchema = z.strictObject({
  anonymous: z.literal(true).check(z.describe('The reporter gives no name or contact details.')),
});

const identifiedReporterSchema = z
  .strictObject({
    anonymous: z.literal(false).check(z.describe('The reporter gives their name and how to contact them.')),
    name: requiredText({ missing: 'Enter your name, or choose to report anonymously', max: 200, tooLong: 'Your name must be 200 characters or fewer', description: "The reporter's name." }),
    email: optionalField(
      z
        .string({ error: notText })
        .check(z.trim(), z.email({ error: 'Enter an email address in the correct format, like name@example.com' })),
    ).check(z.describe("The reporter's email address.")),
    phone: optionalField(
      z
        .string({ error: notText })
        .check(z.trim(), z.regex(PHONE_PATTERN, 'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192')),
    ).check(z.describe("The reporter's phone number.")),
    address: optionalText({ max: 500, tooLong: 'Your address must be 500 characters or fewer', description: "The reporter's address." }),
    postcode: optionalField(
      z
        .string({ error: notText })
        .check(z.trim(), z.regex(POSTCODE_PATTERN, 'Enter a real postcode, like SW1A 1AA'), z.toUpperCase()),
    ).check(z.describe("The reporter's postcode (upper-cased).")),
    contactMethods: z
      .array(choice(CONTACT_METHODS, 'Select how we can contact you', 'Unknown contact method'), {
        error: 'Select at least one way we can contact you',
      })
      .check(
        z.minLength(1, 'Select at least one way we can contact you'),
        uniqueItems<string>('contact method'),
        z.describe("How the reporter agrees to be contacted; each chosen method's detail must be given."),
      ),
    safeTimes: optionalText({ max: 500, tooLong: 'Safe times to contact you must be 500 characters or fewer', description: 'When it is safe to contact the reporter.' }),
    safeToLeaveMessage: optionalField(z.boolean({ error: 'Select yes if it is safe to leave you a message' })).check(
      z.describe('Whether it is safe to leave the reporter a message.'),
    ),
  })
  .check(
    z.superRefine((reporter, ctx) => {
      const methods = reporter.contactMethods;
      const need = (field: 'email' | 'phone' | 'address', message: string) => {
        if (reporter[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], input: undefined, message });
      };
      if (methods.includes('email')) need('email', 'Enter your email address, as you chose to be contacted by email');
      if (methods.includes('phone')) need('phone', 'Enter your phone number, as you chose to be contacted by phone');
      else if (methods.includes('text')) need('phone', 'Enter your mobile phone number, as you chose to be contacted by text');
      if (methods.includes('letter')) need('address', 'Enter your address, as you chose to be contacted by letter');
    }),
  );

const reporterSchema = z
  .discriminatedUnion('anonymous', [anonymousReporterSchema, identifiedReporterSchema], {
    error: 'Select whether you want to report anonymously',
  })
  .check(z.describe('About the reporter: anonymous, or a name and at least one way to contact them.'));

/**
 * The zod/mini schema of a tenant's ASB report (version 1). Shared by the `<asb-report-form>`
 * widget and the server intake handler; {@link reportJsonSchema} gives it to integrators.
 * Parse with {@link parseReport} for plain-English errors that name each field.
 *
 * @example
 * reportSchema.safeParse(sampleReport).success //=> true
 * reportSchema.shape.description.safeParse('  ').success //=> false
 */
export const reportSchema = z
  .strictObject({
    schemaVersion: z.literal(1, { error: 'must be 1: this is version 1 of the report format' }).check(z.describe('Version of this report format: 1.')),
    policyId: requiredText({ missing: 'Name the landlord policy this report is made under', max: 100, tooLong: 'must be 100 characters or fewer', description: "Id of the landlord's policy the report is made under (for example 'plus-dane')." }),
    immediateDanger: yesNo('Select yes if you or anyone else is in immediate danger', 'Whether anyone is in immediate danger now (the form tells them to call 999).'),
    behaviours: z
      .array(choice(BEHAVIOUR_CODES, 'Select a type of behaviour', 'Unknown behaviour'), {
        error: 'Select at least one type of behaviour',
      })
      .check(
        z.minLength(1, 'Select at least one type of behaviour'),
        uniqueItems<string>('type of behaviour'),
        z.describe("What is happening: one or more behaviour codes, each once. Noise is 'noise-everyday' or 'noise-excessive'."),
      ),
    perceivedHate: z
      ._default(
        z
          .array(choice(HATE_STRANDS, 'Select a reason', 'Unknown hate motive'), { error: 'must be a list of reasons (it may be empty)' })
          .check(uniqueItems<string>('reason')),
        [],
      )
      .check(z.describe('Why the reporter thinks they are being targeted, if because of who they are (hate motive); may be empty.')),
    perceivedHateDetail: optionalText({ max: 1000, tooLong: 'The other reason must be 1000 characters or fewer', description: "The reporter's words for another hate motive (with 'other')." }),
    description: requiredText({ missing: 'Describe what happened', max: 5000, tooLong: 'What happened must be 5000 characters or fewer', description: 'What happened, in the reporter\'s words (at most 5000 characters).' }),
    started: startedSchema,
    frequency: choice(FREQUENCIES, 'Select how often it happens', 'Unknown answer').check(z.describe('How often it happens.')),
    location: requiredText({ missing: 'Tell us where it happens', max: 1000, tooLong: 'Where it happens must be 1000 characters or fewer', description: 'Where it happens.' }),
    stillHappening: choice(STILL_HAPPENING, 'Select whether it is still happening', 'Unknown answer').check(z.describe('Whether it is still happening.')),
    impact: requiredText({ missing: 'Tell us how it is affecting you and your household', max: 5000, tooLong: 'How it is affecting you must be 5000 characters or fewer', description: 'How it affects the reporter and their household.' }),
    riskOfHarm: yesNo('Select yes if you or anyone else is at risk of being harmed', 'Whether anyone is at risk of personal harm.'),
    affectsOthers: optionalField(z.boolean({ error: 'Select yes if it affects other people nearby, not only you' })).check(
      z.describe('Whether it affects people beyond the parties to a dispute.'),
    ),
    vulnerabilities: optionalField(
      z
        .array(choice(VULNERABILITY_CODES, 'Select what applies', 'Unknown answer'), { error: 'must be a list of codes' })
        .check(uniqueItems<string>('answer')),
    ).check(z.describe('Circumstances of the reporter or their household that may make them more vulnerable.')),
    vulnerabilitiesDetail: optionalText({ max: 2000, tooLong: 'This must be 2000 characters or fewer', description: 'More about those circumstances, in the reporter\'s words.' }),
    reportedPerson: optionalField(reportedPersonSchema),
    diary: optionalField(
      z
        .array(diaryEntrySchema, { error: 'must be a list of diary entries' })
        .check(z.maxLength(200, 'Add no more than 200 diary entries: send the rest to your officer')),
    ).check(z.describe('Diary of incidents, oldest first or in any order.')),
    reporter: reporterSchema,
    consentToShare: yesNo(
      'Select yes if we may share your details with the police or council where needed',
      'Whether the landlord may share the reporter\'s details with the police or council where needed (safeguarding and crime may be shared regardless).',
    ),
  })
  .check(z.describe("A tenant's report of anti-social behaviour to their landlord."));

/**
 * A parsed, valid report (strings trimmed; a blank optional field comes out as `undefined`).
 * @example
 * const report: Report = parseReport(input);
 * report.perceivedHate //=> [] (when the input left it out)
 */
export type Report = z.infer<typeof reportSchema>;

/**
 * What a caller may send: the report before parsing (optional `perceivedHate`, untrimmed strings).
 * @example
 * const draft: ReportInput = { ...sampleReport, perceivedHate: undefined };
 * parseReport(draft).perceivedHate //=> []
 */
export type ReportInput = z.input<typeof reportSchema>;
