import { describe, expect, it } from 'vitest';
import { ValidationError } from '../validation-error.ts';
import { parseReport, safeParseReport } from './parse-report.ts';

const report = {
  schemaVersion: 1,
  policyId: 'co-op-homes',
  immediateDanger: false,
  behaviours: ['drugs'],
  perceivedHate: [],
  description: 'People dealing from the bin store.',
  started: { kind: 'date', date: '2026-05-01' },
  frequency: 'several-times-a-week',
  location: 'Bin store behind Block B',
  stillHappening: 'yes',
  impact: 'My children are scared to go out.',
  riskOfHarm: false,
  diary: [{ date: '2026-05-10', time: '21:15', whatHappened: 'Two men dealing by the bins.' }],
  reporter: { anonymous: false, name: 'Alex Green', email: 'alex@example.com', contactMethods: ['email'] },
  consentToShare: true,
};

describe('parseReport', () => {
  it('returns the report', () => {
    expect(parseReport(report).behaviours).toEqual(['drugs']);
  });

  it('throws an Error listing each problem as path: message, with issues attached', () => {
    let caught: unknown;
    try {
      parseReport({ ...report, behaviours: [], reporter: { ...report.reporter, email: 'alex' } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as Error).message).toBe(
      'behaviours: Select at least one type of behaviour\n' +
        'reporter.email: Enter an email address in the correct format, like name@example.com',
    );
    expect((caught as ValidationError).issues).toEqual([
      { path: 'behaviours', message: 'Select at least one type of behaviour' },
      { path: 'reporter.email', message: 'Enter an email address in the correct format, like name@example.com' },
    ]);
  });

  it('names the report itself when it is not an object', () => {
    expect(() => parseReport('a report')).toThrow('report: must be an object, not text');
  });

  it('refuses dates after today when today is given', () => {
    expect(parseReport(report, { today: '2026-05-10' }).diary).toHaveLength(1);
    expect(() => parseReport(report, { today: '2026-05-09' })).toThrow('diary[0].date: The date must be today or in the past');
  });
});

describe('safeParseReport', () => {
  it('returns ok with the report', () => {
    const result = safeParseReport({ ...report, description: '  Dealing.  ' });
    expect(result.ok && result.report.description).toBe('Dealing.');
  });

  it('returns the issues instead of throwing', () => {
    expect(safeParseReport({ ...report, frequency: 'hourly' })).toEqual({
      ok: false,
      issues: [{ path: 'frequency', message: 'Unknown answer "hourly": choose from the list' }],
    });
  });

  it('reports future dates only once the schema is satisfied', () => {
    expect(safeParseReport({ ...report, started: { kind: 'date', date: '2026-06-01' } }, { today: '2026-05-20' })).toEqual({
      ok: false,
      issues: [{ path: 'started.date', message: 'The date it started must be today or in the past' }],
    });
  });
});

describe('safeParseReport on hostile input', () => {
  it('answers a short message for a list nested 10,000 deep where a choice belongs (no stack overflow)', () => {
    const nested = JSON.parse(`${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    const result = safeParseReport({ ...report, frequency: nested }, { today: '2026-05-20' });
    expect(result).toEqual({ ok: false, issues: [{ path: 'frequency', message: 'Unknown answer a list: choose from the list' }] });
  });

  it('does not echo a 2 MB answer back: the message quotes its first 40 characters', () => {
    const result = safeParseReport({ ...report, frequency: 'x'.repeat(2_000_000) }, { today: '2026-05-20' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([{ path: 'frequency', message: `Unknown answer "${'x'.repeat(40)}…": choose from the list` }]);
  });
});
