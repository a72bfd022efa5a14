import * as z from 'zod/mini';
import { BEHAVIOUR_CODES, CONDITION_FIELDS, FREQUENCY_ANSWERS, REGIONS, REPORTER_TENURES, RISK_LEVELS } from '../types.ts';

/**
 * The schema of a landlord's ASB policy: the data every engine in the core reads.
 *
 * Every rule carries `source`: the document and section it comes from
 * (`"003 Plus Dane policy, Reporting ASB table"`). Where the document is silent the rule still
 * decides, and says why in `decided`, so a reviewer can find and challenge every assumption.
 *
 * Written with `zod/mini` so the widget can validate a landlord's policy JSON in the browser.
 */

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
const source = text;
const decided = z.optional(text);
/**
 * true: the value is the preset's own assumption, not stated by the landlord's document (the
 * reason is in `decided`). Officers may see it; tenant-facing text (letters, the form) must not
 * promise it.
 */
const assumed = z.optional(z.boolean());
const kebab = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'));
const whole = z.int().check(z.minimum(0, 'must be 0 or more'));
const positive = z.int().check(z.minimum(1, 'must be 1 or more'));
/**
 * A web address people are sent to: https only, with a host name. A pattern rather than
 * `z.url()`, which costs the widget's policy-src bundle 0.4 KB and checks no more that matters here.
 */
const httpsUrl = z.string().check(
  z.regex(/^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?([/?#]\S*)?$/i, 'must be an https:// address'),
);
const riskLevel = z.enum(RISK_LEVELS);
const clockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM on the 24-hour clock'));
const behaviourCode = z.enum(BEHAVIOUR_CODES);

/** A behaviour placed in a level, with the policy text that places it there. */
const placement = z.strictObject({ code: behaviourCode, source, decided, assumed });

const levelSchema = z.strictObject({
  level: riskLevel,
  /** As the landlord writes it: "Level 1 High Risk". */
  label: text,
  /** Short tenant-facing name: "high risk". */
  shortLabel: z.optional(text),
  firstContact: z.strictObject({ workingDays: whole, source, decided, assumed }),
  /** Target to resolve, in calendar months after receipt; null: no fixed timescale. */
  resolution: z.strictObject({ months: z.nullable(positive), source, decided, assumed }),
  behaviours: z.array(placement),
});

const routeSchema = z.strictObject({
  id: kebab,
  /** "Hate Crime policy", "Police", "Good Neighbour Management". */
  label: text,
  /** What the officer must do, in plain English. */
  officerAction: text,
  source,
  decided,
  assumed,
});

/** What the report says, for rule conditions. Booleans are the triage input's own fields. */
const conditionAtom = z.union([
  z.strictObject({ behaviourIn: z.array(behaviourCode).check(z.minLength(1)) }),
  z.strictObject({
    field: z.enum(CONDITION_FIELDS),
    is: z.boolean(),
  }),
  z.strictObject({ hasAny: z.enum(['vulnerabilities', 'perceivedHate']) }),
  /** How often the report says it happens is one of these (not given: no match). */
  z.strictObject({ frequencyIn: z.array(z.enum(FREQUENCY_ANSWERS)).check(z.minLength(1)) }),
  /**
   * At least one incident time the report gives (`incidentTimes`, HH:MM London) falls in this
   * span, `from` included and `to` excluded; a span past midnight (23:00 to 07:00) wraps.
   */
  z.strictObject({ timeBetween: z.strictObject({ from: clockTime, to: clockTime }) }),
  /** Who the reporter is (tenure) is one of these (not given: no match). */
  z.strictObject({ reporterIn: z.array(z.enum(REPORTER_TENURES)).check(z.minLength(1)) }),
]);

const ruleSchema = z.strictObject({
  id: kebab,
  /** Matches when any of `anyOf` holds and all of `allOf` hold (an absent list holds). */
  when: z.strictObject({ anyOf: z.optional(z.array(conditionAtom)), allOf: z.optional(z.array(conditionAtom)) }),
  then: z.strictObject({
    /** Raise the level to at least this. */
    raiseTo: z.optional(riskLevel),
    flags: z.optional(z.array(kebab)),
    routes: z.optional(z.array(kebab)),
    /** Prompts for the officer, plain English. */
    prompts: z.optional(z.array(text)),
  }),
  /** Plain-English reason given when the rule applies. */
  reason: text,
  source,
  decided,
  assumed,
});

/** The report's answers that can bring a report placed outside ASB back under the policy. */
const RETURNS_WHEN = ['affectsOthers', 'riskOfHarm', 'perceivedHate', 'clearVictim'] as const;

const outsideSchema = z.strictObject({
  behaviours: z.array(
    z.strictObject({
      code: behaviourCode,
      /** The level the report takes if something brings it back under the ASB policy. */
      levelIfAsb: riskLevel,
      /** More that brings this behaviour (only) back under the policy, beside `returnsWhen`. */
      alsoReturnsWhen: z.optional(z.array(z.enum(RETURNS_WHEN))),
      source,
      decided,
      assumed,
    }),
  ),
  /** What brings a report outside ASB back under the policy (contract: any of these). */
  returnsWhen: z.array(z.enum(RETURNS_WHEN)),
  route: z.strictObject({
    id: kebab,
    label: text,
    officerAction: text,
    /** Said kindly to the person reporting: what will happen instead. */
    tenantMessage: text,
    source,
    decided,
    assumed,
  }),
  source,
});

const byLevel = <T extends z.ZodMiniType>(value: T) => z.strictObject({ high: value, medium: value, low: value });

const deadlineBase = {
  id: kebab,
  /** Plain English, for officers: "Contact the complainant". */
  label: text,
  /** Event type that completes it. */
  completedBy: kebab,
  /** Only for these levels (absent: all). */
  levels: z.optional(z.array(riskLevel)),
  /** Only when the case carries one of these flags (absent: always). */
  whenFlags: z.optional(z.array(kebab)),
  /** Never when the case carries one of these flags (an anonymous report has no one to contact). */
  unlessFlags: z.optional(z.array(kebab)),
  /**
   * true: the policy requires an explanation to be recorded when this target is met late or
   * missed (003 Reporting ASB: "An explanation will be recorded"); entries carry `explanationOwed`.
   */
  explanationRequired: z.optional(z.boolean()),
  /**
   * `'appointmentAt'`: the completing event is judged by the date of the appointment it records
   * (its `appointmentAt`), not by when it was recorded; an event without one does not complete it.
   */
  dateFrom: z.optional(z.literal('appointmentAt')),
  source,
  decided,
  assumed,
};

const deadlineRuleSchema = z.discriminatedUnion('type', [
  /** Working days after receipt, from the level's first-contact target. */
  z.strictObject({ ...deadlineBase, type: z.literal('first-contact') }),
  /** A fixed number of working days after receipt (or one per level; null: none for that level). */
  z.strictObject({
    ...deadlineBase,
    type: z.literal('working-days-after-receipt'),
    workingDays: z.union([whole, byLevel(z.nullable(whole))]),
  }),
  /** Calendar months after receipt, per level (null: no fixed date). */
  z.strictObject({ ...deadlineBase, type: z.literal('months-after-receipt'), months: byLevel(z.nullable(positive)) }),
  /** Recurring: due this long after the later of receipt and the last completing event. */
  z.strictObject({
    ...deadlineBase,
    type: z.literal('recurring'),
    every: z.union([z.strictObject({ workingDays: positive }), z.strictObject({ months: positive })]),
  }),
  /** Due working days after the latest (or, with `from: 'earliest'`, the first) of these events; absent until one has happened. */
  z.strictObject({
    ...deadlineBase,
    type: z.literal('working-days-after-event'),
    after: z.array(kebab).check(z.minLength(1)),
    workingDays: whole,
    /**
     * true: every trigger is checked, not only the latest (the case log within 2 working days of
     * ANY action); the entry shows the most urgent and lists each one missed in `missed`.
     */
    each: z.optional(z.boolean()),
    /**
     * Which trigger the period counts from when more than one has happened: 'latest' (absent) or
     * 'earliest' (the closure discussion, else the closing itself where no discussion was recorded).
     */
    from: z.optional(z.enum(['latest', 'earliest'])),
  }),
  /**
   * A waiting period: the `completedBy` event should not happen before it ends
   * (at least 5 working days for the complainant to answer a closure letter).
   */
  z.strictObject({
    ...deadlineBase,
    type: z.literal('wait-after-event'),
    after: z.array(kebab).check(z.minLength(1)),
    workingDays: positive,
  }),
]);

/**
 * The stages of a case, in order.
 * @example
 * CHECKLIST_STAGES[0] //=> 'report-and-record'
 */
export const CHECKLIST_STAGES = [
  'report-and-record',
  'first-contact',
  'assessment',
  'investigation',
  'action',
  'review',
  'closure',
] as const;

const checklistStepSchema = z.strictObject({
  id: kebab,
  stage: z.enum(CHECKLIST_STAGES),
  label: text,
  /** The event recorded when the step is done. */
  event: kebab,
  /** Deadline ids this step satisfies. */
  deadlines: z.optional(z.array(kebab)),
  levels: z.optional(z.array(riskLevel)),
  whenFlags: z.optional(z.array(kebab)),
  /** Left out when the case carries one of these flags. */
  unlessFlags: z.optional(z.array(kebab)),
  source,
  decided,
  assumed,
});

const riskAssessmentSchema = z.strictObject({
  title: text,
  /** Who wrote the questions and how to change them; shown with the questionnaire. */
  note: text,
  questions: z
    .array(z.strictObject({ id: kebab, text, weight: positive, source: z.optional(source) }))
    .check(z.minLength(1)),
  /** Lowest band first; a score falls in the last band whose minScore it reaches. */
  bands: z
    .array(
      z.strictObject({
        id: kebab,
        label: text,
        minScore: whole,
        raiseTo: z.optional(riskLevel),
        flags: z.optional(z.array(kebab)),
        prompts: z.optional(z.array(text)),
      }),
    )
    .check(z.minLength(1)),
  source,
  decided,
  assumed,
});

/**
 * Which cases a letter rule applies to: a case carrying any of `flags` (from triage) or reporting
 * any of `behaviours`.
 */
const caseMatchSchema = z.strictObject({
  flags: z.array(kebab),
  behaviours: z.optional(z.array(behaviourCode)),
  source,
  decided,
  assumed,
});

/** Rules for letters that depend on the case (see `core/letters`). */
const lettersSchema = z.strictObject({
  /**
   * Cases where no letter may suggest or offer mediation: hate, domestic abuse and violence,
   * where mediation treats the person harmed as one side of a dispute (000 Habinteg lesson).
   */
  noMediation: caseMatchSchema,
  /**
   * Cases where a letter to a postal address needs the officer to confirm that writing there is
   * safe (the address may be shared with the person causing harm).
   */
  confirmSafeToWrite: caseMatchSchema,
});

const signpostSchema = z.strictObject({
  id: kebab,
  label: text,
  /** One or two sentences for the person reporting. */
  text,
  url: z.optional(httpsUrl),
  source,
});

/**
 * @example
 * policySchema.safeParse(policies.model).success //=> true
 */
export const policySchema = z
  .object({
    id: kebab,
    /** Display name: "Plus Dane Housing". */
    landlord: text,
    /** The policy document itself. */
    title: text,
    region: z.enum(REGIONS),
    source: text,
    /**
     * How tenants reach the landlord. Letters give the officer's own phone or email first and
     * refuse to end with a name alone, so a policy without contact details needs them from the officer.
     */
    contact: z.optional(
      z.strictObject({
        phone: z.optional(text),
        email: z.optional(z.email('must be an email address')),
        website: z.optional(httpsUrl),
        source: z.optional(source),
        decided,
      }),
    ),
    /** Words used with people. Tenant-facing words must stay neutral (004, recommendation g). */
    terms: z.strictObject({ complainant: text, reportedPersonTenant: text, reportedPersonOfficer: text, source }),
    levels: z.array(levelSchema).check(z.length(3, 'must list the three levels high, medium and low')),
    riskOfHarm: z.strictObject({ level: riskLevel, source, decided, assumed }),
    outsideAsb: outsideSchema,
    routes: z.array(routeSchema),
    rules: z.array(ruleSchema),
    riskAssessment: riskAssessmentSchema,
    deadlines: z.array(deadlineRuleSchema),
    checklist: z.array(checklistStepSchema),
    /**
     * The ASB Case Review (Community Trigger): the local threshold (`threshold` complaints in
     * `windowMonths` months; the Act allows at most 3 in 6, and a council may set fewer), the report
     * at which officers explain it, and, when given, how soon after the incident a complaint must be
     * made to count (`qualifyingWithinMonths`, 1 under the 2025 statutory guidance).
     */
    caseReview: z.strictObject({
      threshold: positive,
      windowMonths: positive,
      promptAtReport: positive,
      qualifyingWithinMonths: z.optional(positive),
      source,
      decided,
      assumed,
    }),
    /** Rules for letters that depend on the case; absent: the letters' own safe defaults. */
    letters: z.optional(lettersSchema),
    signposts: z.array(signpostSchema),
  })
  .check(
    z.superRefine((policy, ctx) => {
      const issue = (path: PropertyKey[], message: string) =>
        ctx.issues.push({ code: 'custom', input: policy, path, message });

      const seenLevels = new Set<string>();
      policy.levels.forEach((level, i) => {
        if (seenLevels.has(level.level)) issue(['levels', i, 'level'], `level "${level.level}" is listed twice`);
        seenLevels.add(level.level);
      });

      const placed = new Map<string, string>();
      const place = (code: string, path: PropertyKey[]) => {
        const before = placed.get(code);
        if (before) issue(path, `behaviour "${code}" is already placed at ${before}`);
        else placed.set(code, path.join('.'));
      };
      policy.levels.forEach((level, i) =>
        level.behaviours.forEach((b, j) => place(b.code, ['levels', i, 'behaviours', j, 'code'])),
      );
      policy.outsideAsb.behaviours.forEach((b, j) => place(b.code, ['outsideAsb', 'behaviours', j, 'code']));
      const missing = BEHAVIOUR_CODES.filter((code) => !placed.has(code));
      if (missing.length > 0) {
        issue(['levels'], `every behaviour must be placed in a level or outside ASB; missing: ${missing.join(', ')}`);
      }

      const routeIds = new Set(policy.routes.map((r) => r.id));
      policy.rules.forEach((rule, i) =>
        rule.then.routes?.forEach((id, j) => {
          if (!routeIds.has(id)) issue(['rules', i, 'then', 'routes', j], `unknown route "${id}"`);
        }),
      );

      const deadlineIds = new Set<string>();
      policy.deadlines.forEach((d, i) => {
        if (deadlineIds.has(d.id)) issue(['deadlines', i, 'id'], `deadline id "${d.id}" is used twice`);
        deadlineIds.add(d.id);
      });
      const stepIds = new Set<string>();
      policy.checklist.forEach((step, i) => {
        if (stepIds.has(step.id)) issue(['checklist', i, 'id'], `step id "${step.id}" is used twice`);
        stepIds.add(step.id);
        step.deadlines?.forEach((id, j) => {
          if (!deadlineIds.has(id)) issue(['checklist', i, 'deadlines', j], `unknown deadline "${id}"`);
        });
      });

      const questionIds = new Set<string>();
      policy.riskAssessment.questions.forEach((q, i) => {
        if (questionIds.has(q.id)) issue(['riskAssessment', 'questions', i, 'id'], `question id "${q.id}" is used twice`);
        questionIds.add(q.id);
      });
      policy.riskAssessment.bands.forEach((band, i) => {
        const previous = policy.riskAssessment.bands[i - 1];
        if (previous && band.minScore <= previous.minScore) {
          issue(['riskAssessment', 'bands', i, 'minScore'], 'bands must be in rising order of minScore');
        }
      });
      if (policy.caseReview.promptAtReport > policy.caseReview.threshold) {
        issue(['caseReview', 'promptAtReport'], 'must not be more than the threshold');
      }
      // ASB, Crime and Policing Act 2014, s.104: a threshold may not ask for more than three
      // complaints in six months; a council may set a lower one (fewer complaints, a longer window).
      if (policy.caseReview.threshold > 3) {
        issue(['caseReview', 'threshold'], 'must be 3 or fewer: the law sets at most 3 complaints in 6 months');
      }
      if (policy.caseReview.windowMonths < 6) {
        issue(['caseReview', 'windowMonths'], 'must be 6 or more: the law counts complaints over at least 6 months');
      }
    }),
  );

/** A landlord's ASB policy, validated. */
export type Policy = z.infer<typeof policySchema>;
/** A policy as written in a data file, before validation. */
export type PolicyInput = z.input<typeof policySchema>;
export type DeadlineRule = Policy['deadlines'][number];
export type ChecklistStep = Policy['checklist'][number];
export type PolicyLevel = Policy['levels'][number];
export type PolicyRule = Policy['rules'][number];
export type ChecklistStage = (typeof CHECKLIST_STAGES)[number];
/** The policy's rules for letters that depend on the case. */
export type PolicyLetterRules = NonNullable<Policy['letters']>;
/** Which cases a letter rule applies to. */
export type CaseMatch = PolicyLetterRules['noMediation'];
