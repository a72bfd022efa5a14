import { describe, expect, it } from 'vitest';
import { parseTriageInput, readTriageInput, triageInputSchema } from './triage-input.ts';

describe('parseTriageInput', () => {
  it('accepts the contract fields and the three extra ones', () => {
    const input = {
      behaviours: ['violence', 'hate-incident'],
      receivedAt: '2027-06-13T23:30:00Z',
      riskOfHarm: true,
      perceivedHate: ['religion'],
      affectsOthers: false,
      vulnerabilities: ['older-person', 'lives alone'],
      youngPersonInvolved: true,
      safeguardingConcern: true,
      immediateDanger: false,
    };
    expect(parseTriageInput(input)).toEqual(input);
  });

  it('accepts a bare date and date-times without offset', () => {
    expect(parseTriageInput({ behaviours: ['drugs'], receivedAt: '2026-12-18' }).receivedAt).toBe('2026-12-18');
    expect(triageInputSchema.safeParse({ behaviours: ['drugs'], receivedAt: '2026-08-29T11:00' }).success).toBe(true);
  });

  it('names an unknown behaviour and a missing one', () => {
    expect(() => parseTriageInput({ behaviours: ['karaoke'], receivedAt: '2026-12-18' })).toThrow(
      'behaviours[0]: unknown behaviour "karaoke"',
    );
    expect(() => parseTriageInput({ behaviours: [], receivedAt: '2026-12-18' })).toThrow(
      'behaviours: at least one behaviour is required',
    );
    expect(() => parseTriageInput({ receivedAt: '2026-12-18' })).toThrow('behaviours: at least one behaviour is required');
  });

  it('refuses a receivedAt that is missing, empty, or not a real date', () => {
    expect(() => parseTriageInput({ behaviours: ['drugs'] })).toThrow('receivedAt: is required');
    expect(() => parseTriageInput({ behaviours: ['drugs'], receivedAt: ' ' })).toThrow('receivedAt: is required');
    expect(() => parseTriageInput({ behaviours: ['drugs'], receivedAt: '2026-02-30' })).toThrow(
      'receivedAt: must be a real date (YYYY-MM-DD) or ISO 8601 date-time (like 2026-12-18T16:05:00Z), not "2026-02-30"',
    );
    expect(() => parseTriageInput({ behaviours: ['drugs'], receivedAt: '2026-12-18T25:00' })).toThrow(/^receivedAt: /);
  });

  it('names bad strands, vulnerabilities and flags', () => {
    expect(() =>
      parseTriageInput({
        behaviours: ['drugs'],
        receivedAt: '2026-12-18',
        perceivedHate: ['accent'],
        vulnerabilities: [''],
        riskOfHarm: 'yes',
      }),
    ).toThrow('riskOfHarm: must be true or false\nperceivedHate[0]: unknown hate strand "accent"\nvulnerabilities[0]: must not be empty');
  });

  it('names the report when it is not an object', () => {
    expect(() => parseTriageInput(undefined)).toThrow('report: this field is required');
  });
});

describe('readTriageInput', () => {
  it('gives what parseTriageInput gives for valid input, unknown fields dropped', () => {
    const input = {
      behaviours: ['violence', 'hate-incident'],
      receivedAt: '2027-06-13T23:30:00Z',
      riskOfHarm: true,
      perceivedHate: ['religion'],
      vulnerabilities: ['lives alone'],
      immediateDanger: false,
      caseNote: 'not triage input',
    };
    expect(readTriageInput(input)).toEqual(parseTriageInput(input));
    expect(readTriageInput(input)).not.toHaveProperty('caseNote');
  });

  it('trims text as parseTriageInput does', () => {
    const input = { behaviours: ['drugs'], receivedAt: ' 2026-12-18 ', vulnerabilities: [' older person '] };
    expect(readTriageInput(input)).toEqual({ behaviours: ['drugs'], receivedAt: '2026-12-18', vulnerabilities: ['older person'] });
  });

  it('throws the same errors as parseTriageInput', () => {
    const bad = [
      { behaviours: ['karaoke'], receivedAt: '2026-12-18' },
      { behaviours: [], receivedAt: '2026-12-18' },
      { behaviours: ['drugs'], receivedAt: '2026-02-30' },
      { behaviours: ['drugs'], receivedAt: '2026-12-18', riskOfHarm: 'yes' },
      { behaviours: ['drugs'], receivedAt: '2026-12-18', perceivedHate: ['football'] },
      { behaviours: ['drugs'], receivedAt: '2026-12-18', vulnerabilities: [''] },
      null,
    ];
    for (const input of bad) {
      const expected = (() => {
        try {
          parseTriageInput(input);
        } catch (error) {
          return (error as Error).message;
        }
        throw new Error('parseTriageInput accepted bad input');
      })();
      expect(() => readTriageInput(input)).toThrow(expected);
    }
  });
});
