import { describe, expect, it } from 'vitest';
import { parseReport } from '../core/index.ts';
import { toReport } from './to-report.ts';

describe('toReport', () => {
  const answers = {
    immediateDanger: 'no',
    behaviours: ['noise', 'drugs'],
    noiseKind: 'everyday',
    perceivedHate: ['none'],
    description: 'Loud TV at night.',
    startedKind: 'date',
    'startedDate-day': '7',
    'startedDate-month': '3',
    'startedDate-year': '2026',
    frequency: 'daily',
    location: 'Upstairs',
    stillHappening: 'yes',
    impact: 'No sleep.',
    riskOfHarm: 'no',
    affectsOthers: 'yes',
    knowsPerson: 'no',
    diary: ['4'],
    'd4-date-day': '1',
    'd4-date-month': '3',
    'd4-date-year': '2026',
    'd4-whatHappened': 'TV until 2am.',
    giveDetails: 'yes',
    name: 'Sam',
    contactMethods: ['text'],
    phone: '07700 900 982',
    email: 'typed@example.com',
    consentToShare: 'no',
  };

  it('builds a report the core accepts, in the core’s words', () => {
    const report = parseReport(toReport(answers, 'plus-dane'), { today: '2026-03-10' });
    expect(report).toMatchObject({
      schemaVersion: 1,
      policyId: 'plus-dane',
      immediateDanger: false,
      behaviours: ['noise-everyday', 'drugs'],
      perceivedHate: [],
      started: { kind: 'date', date: '2026-03-07' },
      affectsOthers: true,
      reportedPerson: { known: false },
      diary: [{ date: '2026-03-01', whatHappened: 'TV until 2am.' }],
      reporter: { anonymous: false, name: 'Sam', phone: '07700 900 982', contactMethods: ['text'] },
      consentToShare: false,
    });
  });

  it('sends only details the tenant can see: an email typed before unticking Email is left out', () => {
    expect(toReport(answers, 'model').reporter).not.toHaveProperty('email', 'typed@example.com');
    expect(toReport({ ...answers, giveDetails: 'no' }, 'model').reporter).toEqual({ anonymous: true });
  });

  it('shares nothing for an anonymous tenant, who is not asked (an answer left from before is ignored)', () => {
    const report = toReport({ ...answers, giveDetails: 'no', consentToShare: 'yes' }, 'model');
    expect(report.consentToShare).toBe(false);
    expect(parseReport(report, { today: '2026-12-04' }).consentToShare).toBe(false);
  });

  it('leaves unanswered questions blank, for validation to name', () => {
    const report = toReport({}, 'model');
    expect(report).toMatchObject({ immediateDanger: undefined, behaviours: [], description: '', started: undefined, reporter: undefined });
    expect(report.diary).toBeUndefined();
  });

  it('keeps a hate motive and its detail only when "Something else" is chosen', () => {
    expect(toReport({ perceivedHate: ['race', 'other'], perceivedHateDetail: 'My accent' }, 'm')).toMatchObject({
      perceivedHate: ['race', 'other'],
      perceivedHateDetail: 'My accent',
    });
    expect(toReport({ perceivedHate: ['race'], perceivedHateDetail: 'My accent' }, 'm').perceivedHateDetail).toBeUndefined();
  });
});
