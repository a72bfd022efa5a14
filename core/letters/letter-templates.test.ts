import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { policies } from '../policies/policies.ts';
import { letterTemplateSchema } from './letter-template-schema.ts';
import type { LetterTemplate } from './letter-template-schema.ts';
import { letterTemplates } from './letter-templates.ts';
import { readability } from './readability.ts';
import { renderLetter } from './render-letter.ts';

/** Realistic data for each letter, every optional field filled, so every block is read. */
const common = {
  recipientName: 'Ms Okafor',
  addressLines: ['Flat 3, 12 King Street', 'Stockport', 'SK1 1AA'],
  letterDate: '2026-09-01',
  reference: 'ASB-2026-0042',
  officerName: 'Sam Patel',
  officerJobTitle: 'Housing Officer',
  officerPhone: '0161 000 0000',
  officerEmail: 'sam.patel@example.org',
};

const SAMPLES: Record<string, Record<string, unknown>> = {
  acknowledgement: {
    ...common,
    receivedAt: '2026-08-29T10:00:00Z',
    appointmentAt: '2026-08-31T09:30:00Z',
    appointmentPlace: 'at your home',
    enclosures: ['Our leaflet about anti-social behaviour'],
    diarySheetsEnclosed: true,
  },
  'action-plan': {
    ...common,
    letterDate: '2026-09-04',
    agreedOn: '2026-09-03',
    ourActions: [
      'Visit the flat upstairs by Friday 11 September',
      'Ask the police if they have had any calls about the flat',
      'Lend you a noise recorder for two weeks',
    ],
    yourActions: ['Fill in the diary sheets each time it happens', 'Call the police if you feel unsafe'],
    nextReviewOn: '2026-09-17',
  },
  'perpetrator-interview-confirmation': {
    ...common,
    recipientName: 'Mr Jones',
    letterDate: '2026-09-09',
    interviewedOn: '2026-09-08',
    mainPoints: [
      'We have had reports of loud music late at night',
      'You told us you work nights and play music when you get home',
      'You agreed the sound may carry through the floor',
    ],
    ourActions: ['Check back with you and your neighbours in two weeks', 'Offer to fit a rug to cut the noise'],
    yourActions: ['Keep music low between 11pm and 7am', 'Use headphones late at night'],
    supportOffered: ['A referral to a money advice service'],
    offerMediation: true,
    nextReviewOn: '2026-09-22',
  },
  'case-review-update': {
    ...common,
    letterDate: '2026-09-18',
    reviewedOn: '2026-09-17',
    reviewed: ['Your diary sheets for early September', 'The noise recordings', 'What the police told us'],
    outcome:
      'Your diary shows the noise is late at night, two or three times a week. The recordings back this up.\n\n' +
      'We have spoken to the person you reported. We have asked them to keep the noise down at night.',
    nextSteps: ['We will visit the flat again next week', 'We will lend you the noise recorder for two more weeks'],
    nextReviewOn: '2026-10-01',
  },
  'closure-complainant': {
    ...common,
    letterDate: '2026-11-03',
    talkedOn: '2026-11-02',
    reasons: ['You have not reported any noise since early October', 'The visits and the warning have worked'],
    actionsTaken: ['Visited the flat upstairs three times', 'Lent you a noise recorder', 'Gave a written warning'],
  },
  'closure-reported-person': {
    ...common,
    recipientName: 'Mr Jones',
    letterDate: '2026-11-11',
    closedOn: '2026-11-10',
    complaintSummary: 'We had reports of loud music late at night from your flat.\n\nThe reports started in August.',
    actionsTaken: ['We met you on 8 September', 'We wrote to you with the points we agreed', 'We checked back in October'],
    futureConduct: ['Keep music low between 11pm and 7am', 'Talk to us if anything changes'],
  },
  'diary-sheet': { ...common, recordingApp: 'The Noise App' },
  'witness-diary-sheet': { ...common, recipientName: 'Mr Ahmed' },
  'perpetrator-interview-invitation': {
    ...common,
    recipientName: 'Mr Jones',
    meetingAt: '2026-09-08T13:00:00Z',
    meetingPlace: 'at your home',
    complaintSummary: 'We have had reports of loud music late at night from your flat. The reports started in August.',
  },
  warning: {
    ...common,
    recipientName: 'Mr Jones',
    letterDate: '2026-10-01',
    behaviour: 'We have had reports of loud music from your flat after midnight on 12, 19 and 26 September.',
    mustStop: ['Playing loud music between 11pm and 7am', 'Slamming the front door late at night'],
    reviewOn: '2026-10-15',
    supportOffered: ['A referral to a money advice service'],
  },
  'not-asb-good-neighbour': {
    ...common,
    receivedAt: '2026-08-27',
    whyNotAsb:
      'You told us you can hear your neighbour walking about and talking in the day. This is the noise of everyday life. It is not anti-social behaviour.',
    whatWeWillDo: ['Send you our Good Neighbour Guide', 'Talk to you again if things change'],
    whatYouCanDo: ['Talk to your neighbour at a calm time', 'Let them know how the noise affects you'],
    offerMediation: true,
  },
  'mediation-referral': {
    ...common,
    agreedOn: '2026-08-28',
    mediationService: 'Stockport Mediation Service',
    serviceContact: 'They will call you within two weeks',
  },
  'behaviour-agreement': {
    ...common,
    recipientName: 'Mrs Lee',
    agreementName: 'Parenting Agreement',
    youngPersonName: 'Jordan',
    meetingAt: '2026-09-10T15:30:00Z',
    meetingPlace: 'at our office on King Street',
    terms: ['Jordan will not ride a scooter in the corridors', 'Jordan will be home by 9pm on school nights'],
    lastsUntil: '2027-03-10',
    supportOffered: ['A place at the youth club on Tuesdays'],
  },
  'no-case-to-answer': {
    ...common,
    decidedOn: '2026-08-31',
    looked: ['Your diary sheets for August', 'The noise recordings'],
    reasons: ['The noise comes from a flat we do not manage', 'The person you reported was away on most of the dates'],
  },
  'closure-no-contact': {
    ...common,
    letterDate: '2026-11-09',
    tries: ['We called you on 2 November', 'We visited your home on 4 November', 'We emailed you on 6 November'],
    lastTriedOn: '2026-11-06',
  },
  'case-review-information': {
    ...common,
    localAuthority: 'Stockport Council',
    howToAsk: 'Fill in the form on the council website. Or call the council and ask for the ASB Case Review.',
  },
};

/** The part of the letter the resident reads as prose: from the greeting to the sign-off. */
function bodyOf(text: string): string {
  const start = text.indexOf('\n\n', text.indexOf('Dear '));
  const end = text.indexOf('Yours sincerely,');
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  return text.slice(start, end);
}

describe('letterTemplates', () => {
  it('parses with the schema and has unique ids', () => {
    expect(z.array(letterTemplateSchema).parse(letterTemplates)).toEqual(letterTemplates);
    const ids = letterTemplates.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has the letters the contract and the procedure ask for', () => {
    expect(letterTemplates.map((t) => t.id)).toEqual(
      expect.arrayContaining([
        'acknowledgement',
        'action-plan',
        'perpetrator-interview-confirmation',
        'case-review-update',
        'closure-complainant',
        'closure-reported-person',
        'diary-sheet',
        'case-review-information',
      ]),
    );
  });

  it('cites a seed for every letter', () => {
    for (const t of letterTemplates) expect(t.source, t.id).toMatch(/\b00[0-4]\b/);
  });

  it('writes no "victim", and "perpetrator" only as "alleged perpetrator", even in the officer\u2019s words', () => {
    for (const t of letterTemplates) {
      const words = JSON.stringify({ ...t, id: undefined, title: undefined, purpose: undefined, source: undefined });
      expect(words, t.id).not.toMatch(/victim/i);
      expect(words, t.id).not.toMatch(/perpetrator/i);
      expect(`${t.title} ${t.purpose}`.replace(/alleged perpetrator/gi, ''), t.id).not.toMatch(/perpetrator|victim/i);
    }
  });
});

describe('letterTemplateSchema', () => {
  const base: LetterTemplate = {
    id: 'test-letter',
    title: 'A test letter',
    audience: 'complainant',
    purpose: 'Testing the schema',
    source: '002 Co-op Homes procedure, 2.3',
    placeholders: [
      { name: 'recipientName', label: 'Name', required: true, kind: 'text' },
      { name: 'officerName', label: 'Officer', required: true, kind: 'text' },
      { name: 'meetingAt', label: 'Meeting', required: false, kind: 'date-time' },
      { name: 'actions', label: 'Actions', required: false, kind: 'list' },
    ],
    subject: 'A letter from {{landlord}}',
    body: [{ text: 'Hello from {{officerName}}.' }],
  };
  const problems = (t: unknown) =>
    letterTemplateSchema.safeParse(t).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  it('accepts a template whose optional slots are guarded', () => {
    expect(problems({ ...base, body: [{ if: 'meetingAt', text: 'We meet on {{meetingAt}}.' }] })).toEqual([]);
  });

  it('rejects unknown slots, unguarded optional slots and lists in a paragraph', () => {
    expect(problems({ ...base, body: [{ text: 'Hi {{nobody}}.' }] })).toEqual(['body.0.text: unknown placeholder {{nobody}}']);
    expect(problems({ ...base, body: [{ text: 'We meet on {{meetingAt}}.' }] })).toEqual([
      "body.0.text: {{meetingAt}} may be absent: put it in a block with if: 'meetingAt'",
    ]);
    expect(problems({ ...base, body: [{ if: 'actions', text: 'We will {{actions}}.' }] })).toEqual([
      'body.0.text: {{actions}} is a list: use a list block',
    ]);
    expect(problems({ ...base, body: [{ list: 'actions' }] })).toEqual([
      "body.0.list: \"actions\" may be absent: add if: 'actions'",
    ]);
    expect(problems({ ...base, subject: 'About {{phone}}' })).toEqual([
      "subject: {{phone}} may be absent: put it in a block with if: 'phone'",
    ]);
  });

  it('requires the recipient and officer names, and keeps built-in names for the policy', () => {
    expect(problems({ ...base, placeholders: base.placeholders.slice(1) })).toEqual([
      'placeholders: "recipientName" must be a required placeholder',
    ]);
    expect(
      problems({ ...base, placeholders: [...base.placeholders, { name: 'landlord', label: 'L', required: true, kind: 'text' }] }),
    ).toEqual(['placeholders.4.name: "landlord" is a built-in placeholder']);
  });
});

describe.each(Object.keys(policies))('every letter with the %s policy', (policyId) => {
  const policy = policies[policyId]!;

  it('has sample data in this test', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(letterTemplates.map((t) => t.id).sort());
  });

  describe.each(letterTemplates.map((t) => t.id))('%s', (id) => {
    const letter = renderLetter(id, SAMPLES[id]!, policy);

    it('is plain English: at most 20 words a sentence on average, Flesch reading ease at least 60', () => {
      const score = readability(bodyOf(letter.text));
      expect(score.averageSentenceLength).toBeLessThanOrEqual(20);
      expect(score.fleschReadingEase).toBeGreaterThanOrEqual(60);
    });

    it('uses neutral words: no "victim", and "perpetrator" only as "alleged perpetrator"', () => {
      for (const part of [letter.subject, letter.text, letter.html]) {
        expect(part).not.toMatch(/victim/i);
        expect(part.replace(/alleged perpetrator/gi, '')).not.toMatch(/perpetrator/i);
      }
    });

    it('names the landlord and says who to contact', () => {
      expect(letter.text).toContain(policy.landlord);
      expect(letter.text).toMatch(/If you have any questions/);
    });
  });
});
