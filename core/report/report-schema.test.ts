import { describe, expect, it } from 'vitest';
import { plainEnglishError, toValidationError, type ValidationIssue } from '../validation-error.ts';
import { reportSchema, type Report } from './report-schema.ts';

/** A small valid report, declared here so each test can vary one thing. */
const base = {
  schemaVersion: 1,
  policyId: 'plus-dane',
  immediateDanger: false,
  behaviours: ['noise-excessive'],
  description: 'Loud music every night after midnight.',
  started: { kind: 'not-sure' },
  frequency: 'daily',
  location: 'The flat above mine',
  stillHappening: 'yes',
  impact: 'I cannot sleep.',
  riskOfHarm: false,
  reporter: { anonymous: true },
  consentToShare: false,
};

function issuesOf(input: unknown): ValidationIssue[] {
  const result = reportSchema.safeParse(input, { error: plainEnglishError });
  return result.success ? [] : toValidationError(result.error).issues;
}

function parse(input: unknown): Report {
  return reportSchema.parse(input);
}

describe('reportSchema: what a valid report looks like', () => {
  it('accepts a minimal anonymous report and defaults perceivedHate to none', () => {
    const report = parse(base);
    expect(report.perceivedHate).toEqual([]);
    expect(report.reporter).toEqual({ anonymous: true });
  });

  it('trims strings and treats blank optional fields as not given', () => {
    const report = parse({
      ...base,
      description: '  Loud music.  ',
      perceivedHateDetail: '   ',
      reporter: { anonymous: false, name: ' Sam Lee ', email: ' ', phone: ' 07700 900 982 ', postcode: ' ab1 2cd ', contactMethods: ['phone'] },
    });
    expect(report.description).toBe('Loud music.');
    expect(report.perceivedHateDetail).toBeUndefined();
    expect(report.reporter).toMatchObject({ name: 'Sam Lee', phone: '07700 900 982', postcode: 'AB1 2CD' });
    expect(report.reporter.anonymous === false && report.reporter.email).toBeUndefined();
  });

  it('accepts each way of saying when it started', () => {
    expect(parse({ ...base, started: { kind: 'date', date: '2026-02-28' } }).started).toEqual({ kind: 'date', date: '2026-02-28' });
    expect(parse({ ...base, started: { kind: 'approximate', text: 'about 3 weeks ago' } }).started.kind).toBe('approximate');
  });
});

describe('reportSchema: messages a tenant can act on, each naming its field', () => {
  it('says what is missing', () => {
    const { description: _description, reporter: _reporter, ...rest } = base;
    expect(issuesOf({ ...rest, impact: '   ' })).toEqual([
      { path: 'description', message: 'Describe what happened' },
      { path: 'impact', message: 'Tell us how it is affecting you and your household' },
      { path: 'reporter', message: 'Select whether you want to report anonymously' },
    ]);
  });

  it('requires at least one known behaviour, each chosen once', () => {
    expect(issuesOf({ ...base, behaviours: [] })).toEqual([{ path: 'behaviours', message: 'Select at least one type of behaviour' }]);
    expect(issuesOf({ ...base, behaviours: ['karaoke'] })).toEqual([
      { path: 'behaviours[0]', message: 'Unknown behaviour "karaoke": choose from the list' },
    ]);
    expect(issuesOf({ ...base, behaviours: ['drugs', 'alcohol', 'drugs'] })).toEqual([
      { path: 'behaviours[2]', message: '"drugs" is chosen more than once: choose each type of behaviour once' },
    ]);
  });

  it('splits noise into everyday and excessive: plain "noise" is not a behaviour', () => {
    expect(issuesOf({ ...base, behaviours: ['noise'] })[0]?.path).toBe('behaviours[0]');
    expect(issuesOf({ ...base, behaviours: ['noise-everyday', 'noise-excessive'] })).toEqual([]);
  });

  it('limits the description to 5000 characters', () => {
    expect(issuesOf({ ...base, description: 'a'.repeat(5000) })).toEqual([]);
    expect(issuesOf({ ...base, description: 'a'.repeat(5001) })).toEqual([
      { path: 'description', message: 'What happened must be 5000 characters or fewer' },
    ]);
  });

  it('checks dates are real calendar dates', () => {
    expect(issuesOf({ ...base, started: { kind: 'date', date: '2026-02-30' } })).toEqual([
      { path: 'started.date', message: 'The date it started must be a real date' },
    ]);
    expect(issuesOf({ ...base, diary: [{ date: '30/01/2026', whatHappened: 'Shouting' }] })).toEqual([
      { path: 'diary[0].date', message: 'Enter the date in the format YYYY-MM-DD, like 2026-03-27' },
    ]);
  });

  it('checks diary entries', () => {
    expect(issuesOf({ ...base, diary: [{ date: '2026-01-30', time: '25:00', whatHappened: '' }] })).toEqual([
      { path: 'diary[0].time', message: 'Enter the time in 24-hour format, like 14:30' },
      { path: 'diary[0].whatHappened', message: 'Describe what happened' },
    ]);
  });

  it('refuses fields it does not know (a misspelt field is not silently dropped)', () => {
    expect(issuesOf({ ...base, riskofHarm: true })).toEqual([
      { path: 'riskofHarm', message: 'is not a field we recognise: remove it or check its spelling' },
    ]);
  });

  it('only reads version 1', () => {
    expect(issuesOf({ ...base, schemaVersion: 2 })[0]?.path).toBe('schemaVersion');
  });
});

describe('reportSchema: the reporter', () => {
  const identified = { anonymous: false, name: 'Sam Lee', contactMethods: ['email'], email: 'sam@example.com' };

  it('accepts an anonymous reporter without contact details but no extra details', () => {
    expect(issuesOf({ ...base, reporter: { anonymous: true } })).toEqual([]);
    expect(issuesOf({ ...base, reporter: { anonymous: true, name: 'Sam' } })[0]?.path).toBe('reporter.name');
  });

  it('needs a name and at least one contact method', () => {
    expect(issuesOf({ ...base, reporter: { anonymous: false, name: '', contactMethods: [] } })).toEqual([
      { path: 'reporter.name', message: 'Enter your name, or choose to report anonymously' },
      { path: 'reporter.contactMethods', message: 'Select at least one way we can contact you' },
    ]);
  });

  it('checks the email format', () => {
    expect(issuesOf({ ...base, reporter: { ...identified, email: 'sam@example' } })).toEqual([
      { path: 'reporter.email', message: 'Enter an email address in the correct format, like name@example.com' },
    ]);
  });

  it("needs the chosen method's detail", () => {
    expect(issuesOf({ ...base, reporter: { anonymous: false, name: 'Sam Lee', contactMethods: ['email', 'text', 'letter'] } })).toEqual([
      { path: 'reporter.email', message: 'Enter your email address, as you chose to be contacted by email' },
      { path: 'reporter.phone', message: 'Enter your mobile phone number, as you chose to be contacted by text' },
      { path: 'reporter.address', message: 'Enter your address, as you chose to be contacted by letter' },
    ]);
    expect(issuesOf({ ...base, reporter: { anonymous: false, name: 'Sam Lee', contactMethods: ['phone'], phone: '0161 496 0000' } })).toEqual([]);
  });

  it('checks phone numbers and postcodes', () => {
    const issues = issuesOf({ ...base, reporter: { ...identified, phone: '12345', postcode: 'Liverpool' } });
    expect(issues.map((i) => i.path)).toEqual(['reporter.phone', 'reporter.postcode']);
    expect(issues[1]?.message).toBe('Enter a real postcode, like SW1A 1AA');
  });
});

describe('reportSchema: the person reported and vulnerabilities', () => {
  it('accepts a known young person and listed vulnerabilities', () => {
    const report = parse({
      ...base,
      reportedPerson: { known: true, name: 'Unknown teenager', ageGroup: '10-17' },
      vulnerabilities: ['older-person', 'other'],
      vulnerabilitiesDetail: 'I use a walking frame',
    });
    expect(report.reportedPerson?.ageGroup).toBe('10-17');
    expect(report.vulnerabilities).toEqual(['older-person', 'other']);
  });

  it('refuses unknown age groups and vulnerabilities', () => {
    expect(issuesOf({ ...base, reportedPerson: { known: false, ageGroup: 'teen' }, vulnerabilities: ['tired'] }).map((i) => i.path)).toEqual([
      'vulnerabilities[0]',
      'reportedPerson.ageGroup',
    ]);
  });
});
