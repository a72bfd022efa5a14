import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGE_GROUPS, CONTACT_METHODS, FREQUENCIES, HATE_STRANDS, STILL_HAPPENING, VULNERABILITY_CODES, safeParseReport } from '../core/index.ts';
import type { Answers } from './answers.ts';
import { visibleFields } from './field.ts';
import { fieldForPath } from './field-for-path.ts';
import { findErrors, type FieldError } from './find-errors.ts';
import { QUESTION_STEPS } from './steps/question-steps.ts';
import { enGB } from './strings.en-GB.ts';
import { toReport } from './to-report.ts';

const TODAY = '2026-03-10';

/** Every problem the form finds, page by page, as when "Send report" is pressed. */
const formErrors = (a: Answers): FieldError[] =>
  QUESTION_STEPS.flatMap((step) => findErrors(visibleFields(step.fields(a), a), a, TODAY, enGB));

/** The core's verdict on the report the form would send, as the intake handler gives it. */
const coreVerdict = (a: Answers) => safeParseReport(toReport(a, 'model'), { today: TODAY });

/** Answers to every question of a valid report. */
const valid: Answers = {
  immediateDanger: 'no',
  behaviours: ['noise', 'drugs'],
  noiseKind: 'excessive',
  perceivedHate: ['none'],
  description: 'Loud music every night.',
  startedKind: 'date',
  'startedDate-day': '2',
  'startedDate-month': '3',
  'startedDate-year': '2026',
  frequency: 'daily',
  location: 'Flat 14',
  stillHappening: 'yes',
  impact: 'I cannot sleep.',
  riskOfHarm: 'no',
  giveDetails: 'yes',
  name: 'Sam Okafor',
  contactMethods: ['email'],
  email: 'sam@example.com',
  consentToShare: 'yes',
};

describe('findErrors', () => {
  it('finds nothing wrong with a complete report, and the core agrees', () => {
    expect(formErrors(valid)).toEqual([]);
    expect(coreVerdict(valid).ok).toBe(true);
  });

  it('says what is missing, in page order, with the core’s own words', () => {
    const page = visibleFields(QUESTION_STEPS[3]!.fields({}), {});
    expect(findErrors(page, {}, TODAY, enGB)).toEqual([
      { field: 'description', message: 'Describe what happened' },
      { field: 'startedKind', message: "Tell us when it started, or choose 'not sure'" },
      { field: 'frequency', message: 'Select how often it happens' },
      { field: 'location', message: 'Tell us where it happens' },
      { field: 'stillHappening', message: 'Select whether it is still happening' },
    ]);
  });

  it('checks dates: the three parts, a real date, not after today', () => {
    const errorFor = (day: string, month: string, year: string) =>
      formErrors({ ...valid, 'startedDate-day': day, 'startedDate-month': month, 'startedDate-year': year })[0]?.message;
    expect(errorFor('', '3', '2026')).toBe('The date it started must include a day, month and year');
    expect(errorFor('30', '2', '2026')).toBe('The date it started must be a real date');
    expect(errorFor('29', '2', '2027')).toBe('The date it started must be a real date');
    expect(errorFor('1', '1', '0000')).toBe('The date it started must be a real date');
    expect(errorFor('11', '3', '2026')).toBe('The date it started must be today or in the past');
    expect(errorFor('10', '3', '2026')).toBeUndefined();
    expect(errorFor('29', '2', '2024')).toBeUndefined();
  });

  it('requires the contact detail each chosen way needs, and a mobile for texts', () => {
    const about = (a: Answers) => formErrors({ ...valid, ...a }).map((e) => e.message);
    expect(about({ contactMethods: ['text'], email: '' })).toEqual(['Enter your mobile phone number, as you chose to be contacted by text']);
    expect(about({ contactMethods: ['phone', 'text'] })).toEqual(['Enter your phone number, as you chose to be contacted by phone']);
    expect(about({ contactMethods: ['letter'], postcode: 'nope' })).toEqual([
      'Enter your address, as you chose to be contacted by letter',
      'Enter a real postcode, like SW1A 1AA',
    ]);
    // A detail for a way not chosen is neither checked nor sent.
    expect(about({ contactMethods: ['email'], phone: 'not a number' })).toEqual([]);
  });

  it('counts length in characters, as the schema does', () => {
    expect(formErrors({ ...valid, name: '😀'.repeat(200) })).toEqual([]);
    expect(formErrors({ ...valid, name: '😀'.repeat(201) })).toEqual([{ field: 'name', message: 'Your name must be 200 characters or fewer' }]);
  });
});

// The form's rules against the core report schema, on generated answers: the form never lets
// through a report the server would refuse, refuses nothing the server accepts (beyond the two
// questions only the form asks), and names the same fields with the same words.

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const yesNo = maybe(fc.constantFrom('yes', 'no'));
const textOf = (max: number) =>
  maybe(
    fc.oneof(
      fc.constantFrom('', '   ', 'Loud music', '  padded  ', '\n'),
      fc.constant('x'.repeat(max)),
      fc.constant('y'.repeat(max + 1)),
      fc.constant('😀'.repeat(max)),
      fc.string({ maxLength: 12 }),
    ),
  );
const subset = <T>(values: readonly T[]) => fc.subarray([...values]);
const dateParts = (name: string) =>
  fc
    .constantFrom(['', '', ''], ['2', '3', '2026'], ['10', '3', '2026'], ['11', '3', '2026'], ['31', '2', '2026'], ['1', '', '2026'], ['a', '1', '2026'], ['1', '1', '26'], ['01', '01', '0000'])
    .map(([d, m, y]) => ({ [`${name}-day`]: d, [`${name}-month`]: m, [`${name}-year`]: y }));
const diaryEntry = (id: string) =>
  fc
    .record({
      date: dateParts(`d${id}-date`),
      time: maybe(fc.constantFrom('', '14:30', '25:00', '9:30', ' 23:59 ')),
      whatHappened: textOf(5000),
      witnesses: textOf(1000),
    })
    .map(({ date, time, whatHappened, witnesses }) => ({
      ...date,
      [`d${id}-time`]: time,
      [`d${id}-whatHappened`]: whatHappened,
      [`d${id}-witnesses`]: witnesses,
    }));

const answersArb: fc.Arbitrary<Answers> = fc
  .record({
    base: fc.record({
      immediateDanger: yesNo,
      behaviours: subset(['noise', 'drugs', 'neighbour-dispute', 'violence']),
      noiseKind: maybe(fc.constantFrom('everyday', 'excessive')),
      perceivedHate: fc.oneof(fc.constant(['none']), subset(HATE_STRANDS)),
      perceivedHateDetail: textOf(1000),
      description: textOf(5000),
      startedKind: maybe(fc.constantFrom('date', 'approximate', 'not-sure')),
      startedText: textOf(200),
      frequency: maybe(fc.constantFrom(...FREQUENCIES)),
      location: textOf(1000),
      stillHappening: maybe(fc.constantFrom(...STILL_HAPPENING)),
      impact: textOf(5000),
      riskOfHarm: yesNo,
      affectsOthers: yesNo,
      vulnerabilities: subset(VULNERABILITY_CODES),
      vulnerabilitiesDetail: textOf(2000),
      knowsPerson: yesNo,
      personName: textOf(200),
      personAddress: textOf(500),
      personDescription: textOf(2000),
      personAgeGroup: maybe(fc.constantFrom(...AGE_GROUPS)),
      giveDetails: yesNo,
      name: textOf(200),
      contactMethods: subset(CONTACT_METHODS),
      email: maybe(fc.constantFrom('', 'sam@example.com', 'sam@', ' sam@example.co.uk ', 'a b@example.com')),
      phone: maybe(fc.constantFrom('', '07700 900 982', '+44 808 157 0192', '12345', 'call me')),
      address: textOf(500),
      postcode: maybe(fc.constantFrom('', 'SW1A 1AA', 'sw1a1aa', 'nope')),
      safeTimes: textOf(500),
      safeToLeaveMessage: yesNo,
      consentToShare: yesNo,
    }),
    started: dateParts('startedDate'),
    diary: fc.array(fc.constantFrom('1', '2'), { maxLength: 2 }).chain((ids) => {
      const unique = [...new Set(ids)];
      return fc.tuple(fc.constant(unique), ...unique.map(diaryEntry));
    }),
  })
  .map(({ base, started, diary: [ids, ...entries] }) => Object.assign({ ...base, ...started, diary: ids }, ...entries) as Answers);

/** Valid answers, varied: the base of the mutated reports below. */
const validArb: fc.Arbitrary<Answers> = fc
  .record({
    immediateDanger: fc.constantFrom('yes', 'no'),
    behaviours: fc.subarray(['noise', 'drugs', 'neighbour-dispute', 'violence'], { minLength: 1 }),
    noiseKind: fc.constantFrom('everyday', 'excessive'),
    perceivedHate: fc.oneof(fc.constant<string[]>(['none']), fc.subarray<string>([...HATE_STRANDS], { minLength: 1 })),
    perceivedHateDetail: fc.constantFrom('', 'My accent'),
    description: fc.constantFrom('Loud music.', '  Shouting at night.  ', '😀'.repeat(5000)),
    started: fc.oneof(
      fc.constant({ startedKind: 'not-sure' }),
      fc.constant({ startedKind: 'approximate', startedText: 'about 3 weeks ago' }),
      fc.constantFrom(['1', '1', '2020'], ['10', '3', '2026'], ['29', '2', '2024']).map(([d, m, y]) => ({
        startedKind: 'date',
        'startedDate-day': d,
        'startedDate-month': m,
        'startedDate-year': y,
      })),
    ),
    frequency: fc.constantFrom(...FREQUENCIES),
    location: fc.constantFrom('Flat 14', 'x'.repeat(1000)),
    stillHappening: fc.constantFrom(...STILL_HAPPENING),
    impact: fc.constantFrom('I cannot sleep.'),
    riskOfHarm: fc.constantFrom('yes', 'no'),
    affectsOthers: maybe(fc.constantFrom('yes', 'no')),
    vulnerabilities: subset(VULNERABILITY_CODES),
    person: fc.oneof(
      fc.constant({}),
      fc.constant({ knowsPerson: 'no' }),
      fc.constant({ knowsPerson: 'yes', personName: 'Alex', personAgeGroup: '10-17' }),
    ),
    diary: fc.constantFrom([], ['1'], ['1', '2']),
    details: fc.oneof(
      fc.constant({ giveDetails: 'no' }),
      fc.constant({ giveDetails: 'yes', name: 'Sam', contactMethods: ['email'], email: 'sam@example.com' }),
      fc.constant({ giveDetails: 'yes', name: 'Sam', contactMethods: ['text'], phone: '07700 900 982' }),
      fc.constant({ giveDetails: 'yes', name: 'Sam', contactMethods: ['phone', 'letter'], phone: '01632 960 001', address: '10 Elm Court', postcode: 'ab1 2cd' }),
    ),
    consentToShare: fc.constantFrom('yes', 'no'),
  })
  .map(({ started, person, details, diary, ...rest }) => {
    const entries = Object.fromEntries(
      diary.flatMap((id) => [
        [`d${id}-date-day`, '5'],
        [`d${id}-date-month`, '3'],
        [`d${id}-date-year`, '2026'],
        [`d${id}-time`, id === '1' ? '23:40' : ''],
        [`d${id}-whatHappened`, 'Music until 3am.'],
      ]),
    );
    return { ...rest, ...started, ...person, ...details, diary, ...entries } as unknown as Answers;
  });

/** One thing a tenant might get wrong. */
const MISTAKES: ((a: Answers) => Answers)[] = [
  ...['immediateDanger', 'noiseKind', 'frequency', 'stillHappening', 'riskOfHarm', 'giveDetails', 'consentToShare', 'startedKind', 'contactMethods'].map(
    (name) => (a: Answers) => ({ ...a, [name]: undefined }),
  ),
  ...['description', 'location', 'impact', 'name', 'email', 'phone', 'address', 'startedText', 'd1-whatHappened'].map(
    (name) => (a: Answers) => ({ ...a, [name]: '  ' }),
  ),
  ...(
    [
      ['description', 5000],
      ['location', 1000],
      ['impact', 5000],
      ['name', 200],
      ['address', 500],
      ['safeTimes', 500],
      ['perceivedHateDetail', 1000],
      ['vulnerabilitiesDetail', 2000],
      ['personName', 200],
      ['personAddress', 500],
      ['personDescription', 2000],
      ['startedText', 200],
      ['d1-whatHappened', 5000],
      ['d2-witnesses', 1000],
    ] as const
  ).map(([name, max]) => (a: Answers) => ({ ...a, [name]: 'z'.repeat(max + 1) })),
  (a) => ({ ...a, email: 'sam@' }),
  (a) => ({ ...a, phone: '12345' }),
  (a) => ({ ...a, postcode: 'nope' }),
  (a) => ({ ...a, 'd1-time': '25:00' }),
  (a) => ({ ...a, 'startedDate-day': '31', 'startedDate-month': '2' }),
  (a) => ({ ...a, 'startedDate-year': '2027' }),
  (a) => ({ ...a, 'd1-date-month': '' }),
  (a) => ({ ...a, 'd2-date-day': '11' }),
  (a) => ({ ...a, behaviours: [] }),
  (a) => ({ ...a, perceivedHate: [] }),
  (a) => ({ ...a, contactMethods: ['text', 'letter'] }),
  (a) => ({ ...a, contactMethods: [...new Set([...((a.contactMethods as string[]) ?? []), 'email'])] }),
];

const mutatedArb = fc
  .tuple(validArb, fc.array(fc.integer({ min: 0, max: MISTAKES.length - 1 }), { maxLength: 3 }))
  .map(([a, mistakes]) => mistakes.reduce((answers, i) => MISTAKES[i]!(answers), a));

/** Questions only the form asks (the schema accepts them unanswered). */
const formOnly = (a: Answers) =>
  (a.perceivedHate as string[]).length === 0 || ((a.behaviours as string[]).includes('noise') && !a.noiseKind);

function agree(a: Answers): void {
        const form = formErrors(a);
        const core = coreVerdict(a);
        // 1. Nothing the form accepts is refused by the schema.
        if (form.length === 0) expect(core.ok ? [] : core.issues).toEqual([]);
        // 2. Nothing the schema accepts is refused by the form, unless the form asks more.
        if (core.ok && !formOnly(a)) expect(form).toEqual([]);
        // 3. Both name the same fields with the same words (dates the form reads part by part,
        //    and the form's own questions, aside).
        if (!core.ok) {
          const ids = (a.diary as string[]) ?? [];
          const coreByField = new Map<string, string>();
          for (const issue of core.issues) {
            const field = fieldForPath(issue.path, ids);
            if (!coreByField.has(field)) coreByField.set(field, issue.message);
          }
          for (const error of form) {
            const partly = /must include a day, month and year|must be a real date/.test(error.message);
            if (partly || error.field === 'perceivedHate' || error.field === 'noiseKind') continue;
            // The core checks dates against today only once the rest of the report is valid.
            if (/today or in the past/.test(error.message) && !coreByField.has(error.field)) continue;
            expect({ field: error.field, message: coreByField.get(error.field) }).toEqual({ field: error.field, message: error.message });
          }
        }
}

// Thousands of generated reports: a few seconds alone, several times that on a busy 2-core CI
// machine running other test files at once. A time limit is not what these tests check.
describe('findErrors agrees with the core report schema', { timeout: 60_000 }, () => {
  it('on valid reports with up to three mistakes', () => {
    const sample = fc.sample(mutatedArb, { numRuns: 500, seed: 1 });
    // The generator makes plenty of both: the properties below are not checked in a vacuum.
    expect(sample.filter((a) => coreVerdict(a).ok).length).toBeGreaterThan(50);
    expect(sample.filter((a) => !coreVerdict(a).ok).length).toBeGreaterThan(250);
    fc.assert(fc.property(mutatedArb, agree), { numRuns: 4000, seed: 20260310 });
  });

  it('on answers of any shape', () => {
    fc.assert(fc.property(answersArb, agree), { numRuns: 2000, seed: 20260310 });
  });
});
