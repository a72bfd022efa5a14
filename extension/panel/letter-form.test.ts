import { describe, expect, it } from 'vitest';
import { letterFields, policies } from '../../core/index.ts';
import { assessTrackedCase } from '../cases/assess-tracked-case.ts';
import type { TrackedCase } from '../cases/tracked-case.ts';
import { letterData, prefillLetter } from './letter-form.ts';

const officer = { officerName: 'Sam Patel', officerJobTitle: 'ASB Officer', officerPhone: '', officerEmail: 'sam@example.org' };

const tracked: TrackedCase = {
  key: 'activeh:ASB-1',
  system: 'activeh',
  reference: 'ASB-1',
  host: {
    system: 'activeh',
    reference: 'ASB-1',
    receivedAt: '2026-12-18T16:05',
    recordedCategory: 'ASB - Noise',
    description: 'Loud music',
    parties: [
      { role: 'reported', name: 'Mr Crane' },
      { role: 'complainant', name: 'Ms Bello' },
    ],
    address: 'Flat 2, Elm Court, Exampleton EX1 2AB',
    logEntries: [],
    url: 'http://127.0.0.1:4310/',
  },
  firstSeenAt: '2026-12-18T16:10:00Z',
  lastSeenAt: '2026-12-18T16:10:00Z',
  level: 'medium',
  flags: [],
  officer: '',
  missedReasons: {},
  riskAnswers: {},
  reportDates: [],
  closedAt: null,
  events: [],
};

describe('prefillLetter', () => {
  it('fills the fields the case and settings know, in the form each input takes', () => {
    const summary = assessTrackedCase(tracked, policies.model!, '2026-12-21');
    const values = prefillLetter(letterFields('acknowledgement'), summary, officer, '2026-12-21');
    expect(values).toMatchObject({
      recipientName: 'Ms Bello',
      reference: 'ASB-1',
      receivedAt: '2026-12-18',
      letterDate: '2026-12-21',
      officerName: 'Sam Patel',
      officerEmail: 'sam@example.org',
      addressLines: 'Flat 2\nElm Court\nExampleton EX1 2AB',
      appointmentAt: '',
    });
  });

  it('leaves everything but the officer and date empty without a case', () => {
    const values = prefillLetter(letterFields('acknowledgement'), null, officer, '2026-12-21');
    expect(values.reference).toBe('');
    expect(values.officerName).toBe('Sam Patel');
  });
});

describe('letterData', () => {
  it('turns list fields into lists and names every required field still empty', () => {
    const fields = letterFields('action-plan');
    const { data, missing } = letterData(fields, { recipientName: ' Ms Bello ', ourActions: 'Visit the block\n\nWrite to Mr Crane\n', reference: '' });
    expect(data).toEqual({ recipientName: 'Ms Bello', ourActions: ['Visit the block', 'Write to Mr Crane'] });
    expect(missing.map((f) => f.name)).toEqual(['reference', 'officerName', 'nextReviewOn']);
  });
});

describe('yes/no fields', () => {
  it('start unticked, and a ticked box reaches the letter as true', () => {
    const fields = letterFields('perpetrator-interview-confirmation');
    expect(prefillLetter(fields, null, officer, '2026-12-21')).toMatchObject({ offerMediation: '', contactByLetterSafe: '' });
    expect(letterData(fields, { offerMediation: 'yes', contactByLetterSafe: '' }).data).toEqual({ offerMediation: true });
  });
});
