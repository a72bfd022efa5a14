import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { policies } from '../policies/policies.ts';
import { policySchema } from '../policy/policy-schema.ts';
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

/** Text with its line wrapping undone, to look for whole sentences. */
const prose = (text: string) => text.replace(/\s+/g, ' ');
const sam = { reference: 'ASB-2026-0107', recipientName: 'Ms Okafor', officerName: 'Sam Patel' };

describe('letters with the Co-op Homes policy (002 gives no contact details)', () => {
  const coOp = policies['co-op-homes']!;

  it('refuses a letter with no phone or email rather than ending "please contact Sam Patel at Co-op Homes"', () => {
    for (const t of letterTemplates) {
      const data = { ...SAMPLES[t.id]!, officerPhone: undefined, officerEmail: undefined };
      expect(() => renderLetter(t.id, data, coOp), t.id).toThrow(/^officerPhone: the policy "co-op-homes" gives no phone number or email for Co-op Homes/);
    }
    const text = prose(renderLetter('acknowledgement', { ...sam, receivedAt: '2026-12-18', officerEmail: 'sam.patel@coophomes.example' }, coOp).text);
    expect(text).toContain('If you have any questions, please email us at sam.patel@coophomes.example.');
  });

  it('acknowledgement: the appointment by 5 working days after receipt and the diary sheets back in 10, over Christmas', () => {
    const text = prose(
      renderLetter('acknowledgement', { ...sam, officerPhone: '0161 496 0000', receivedAt: '2026-12-18', letterDate: '2026-12-21', diarySheetsEnclosed: true }, coOp).text,
    );
    // Friday 18 December + 5 working days: 21, 22, 23, 24, 29 (25 and 28 December are bank holidays).
    expect(text).toContain('Sam Patel will contact you to arrange a time to meet. We will offer you an appointment by Tuesday 29 December 2026.');
    // Monday 21 December + 10 working days: 22, 23, 24, 29, 30, 31, 4, 5, 6, 7 (1 January is a bank holiday).
    expect(text).toContain('Please send them back to us by Thursday 7 January 2027. That is 10 working days from the date of this letter.');
    expect(text).not.toContain('soon');
  });

  it('closure: 5 working days to reply (8.2), the threshold from policy data, and a lower local threshold when set', () => {
    const data = { ...sam, officerPhone: '0161 496 0000', letterDate: '2026-12-18', talkedOn: '2026-12-17', reasons: ['No new reports since October'] };
    const text = prose(renderLetter('closure-complainant', data, coOp).text);
    expect(text).toContain('Thank you for talking to us on Thursday 17 December 2026 about closing your case.');
    expect(text).toContain('Please contact us by Tuesday 29 December 2026 if you do not agree.');
    expect(text).toContain('You can ask if you have reported the problem 3 or more times in 6 months.');
    expect(text).toContain('A report counts if you made it within 1 month of what happened.');
    const local = { ...coOp, caseReview: { ...coOp.caseReview, threshold: 2 } };
    expect(prose(renderLetter('closure-complainant', data, local).text)).toContain('reported the problem 2 or more times in 6 months.');
  });

  it('refuses dates out of order, naming the field', () => {
    expect(() =>
      renderLetter('acknowledgement', { ...sam, officerPhone: '0161 496 0000', receivedAt: '2026-08-29', appointmentAt: '2026-08-28T10:00:00+01:00' }, coOp),
    ).toThrow('appointmentAt: Friday 28 August 2026 is before receivedAt (date we received the report: Saturday 29 August 2026)');
    expect(() =>
      renderLetter('closure-complainant', { ...sam, officerPhone: '0161 496 0000', letterDate: '2026-11-02', talkedOn: '2026-11-03', reasons: ['Resolved'] }, coOp),
    ).toThrow('letterDate: Monday 2 November 2026 is before talkedOn');
    // The same day is in order.
    expect(
      renderLetter('acknowledgement', { ...sam, officerPhone: '0161 496 0000', receivedAt: '2026-08-29T10:00:00Z', appointmentAt: '2026-08-29T15:00:00Z' }, coOp).subject,
    ).toBe('We have received your report (reference ASB-2026-0107)');
  });
});

describe('letters with the Plus Dane policy', () => {
  const plusDane = policies['plus-dane']!;
  const data = { ...sam, letterDate: '2026-12-18', reasons: ['No new reports since October'] };

  it('closure: no reply-by date borrowed from Co-op Homes, since 003 sets none', () => {
    const text = prose(renderLetter('closure-complainant', data, plusDane).text);
    expect(text).toContain('Please contact us if you do not agree. Tell us why you think the case should stay open.');
    expect(text).not.toContain('Tuesday 29 December 2026');
    expect(text).not.toMatch(/5 working days|by then/);
    expect(text).toContain('please call us on 0800 169 2988 or email customer@plusdane.co.uk.');
  });

  it('uses the policy\u2019s own reply window when it states one', () => {
    const own = policySchema.parse({
      ...plusDane,
      deadlines: [
        ...plusDane.deadlines,
        { id: 'closure-reply', type: 'wait-after-event', after: ['closure-letter-sent'], workingDays: 10, label: 'Wait', completedBy: 'case-closed', source: 'test' },
      ],
    });
    // Friday 18 December + 10 working days: 21, 22, 23, 24, 29, 30, 31, 4, 5, 6 January.
    expect(prose(renderLetter('closure-complainant', data, own).text)).toContain('Please contact us by Wednesday 6 January 2027 if you do not agree.');
  });

  it('never promises a review interval the preset assumed', () => {
    // The preset marks its 10-working-day review as assumed (003 states no interval). A copy
    // without the marker shows the promise is made only for values the policy states.
    const stated = policySchema.parse({
      ...plusDane,
      deadlines: plusDane.deadlines.map((d) => (d.completedBy === 'case-reviewed' ? { ...d, assumed: false } : d)),
    });
    const ack = { ...sam, receivedAt: '2026-12-18' };
    expect(prose(renderLetter('acknowledgement', ack, stated).text)).toContain('at least every 10 working days');
    for (const id of ['acknowledgement', 'case-review-update']) {
      const sample = id === 'acknowledgement' ? ack : SAMPLES[id]!;
      expect(renderLetter(id, sample, plusDane).text, id).not.toMatch(/every 10 working days/);
    }
  });

  it('tells the reporter clearly that the report is handled under Good Neighbour Management (15.1)', () => {
    const text = prose(renderLetter('not-asb-good-neighbour', SAMPLES['not-asb-good-neighbour']!, plusDane).text);
    expect(text).toContain('Thank you for your report of Thursday 27 August 2026.');
    expect(text).toContain('We will deal with this under our Good Neighbour Management procedure, not our anti-social behaviour policy.');
  });
});

describe('the new letters, in literal words', () => {
  const model = policies.model!;
  const text = (id: string, extra: Record<string, unknown> = {}) => prose(renderLetter(id, { ...SAMPLES[id]!, ...extra }, model).text);

  it('invites the person reported to a meeting, in London time', () => {
    // 13:00 UTC on 8 September is 2pm British Summer Time.
    expect(text('perpetrator-interview-invitation')).toContain('Sam Patel will meet you on Tuesday 8 September 2026 at 2:00pm. We will meet at your home.');
    expect(text('perpetrator-interview-invitation')).toContain('We have not made up our minds about what happened.');
  });

  it('asks for the behaviour to stop and says when we will check', () => {
    const warning = text('warning');
    expect(warning).toContain('Please stop: - Playing loud music between 11pm and 7am - Slamming the front door late at night');
    expect(warning).toContain('We will check how things are by Thursday 15 October 2026.');
  });

  it('sets out a Parenting Agreement for a young person', () => {
    const agreement = text('behaviour-agreement');
    expect(agreement).toContain('It is called the Parenting Agreement.');
    expect(agreement).toContain('The agreement is about Jordan.');
    expect(agreement).toContain('Sam Patel will meet you on Thursday 10 September 2026 at 4:30pm to go through it with you.');
    expect(agreement).toContain('The agreement will last until Wednesday 10 March 2027.');
  });

  it('confirms a mediation referral', () => {
    expect(text('mediation-referral')).toContain('Thank you for talking to us on Friday 28 August 2026. You agreed to try mediation');
    expect(text('mediation-referral')).toContain('We have referred you to Stockport Mediation Service.');
  });

  it('tells the complainant there is no case to answer, with the reply window', () => {
    const letter = text('no-case-to-answer', { letterDate: '2026-09-01' });
    expect(letter).toContain('On Monday 31 August 2026 we decided there is no case to answer.');
    // Tuesday 1 September + 5 working days: 2, 3, 4, 7, 8.
    expect(letter).toContain('Please contact us by Tuesday 8 September 2026 if you do not agree.');
  });

  it('closes for lack of contact only after a reply window (003 s20)', () => {
    const letter = text('closure-no-contact');
    expect(letter).toContain('- We called you on 2 November - We visited your home on 4 November');
    // Monday 9 November + 5 working days: 10, 11, 12, 13, 16.
    expect(letter).toContain('Please contact us by Monday 16 November 2026 if you would like us to keep your case open.');
    expect(() => text('closure-no-contact', { lastTriedOn: '2026-11-10' })).toThrow(/^letterDate: Monday 9 November 2026 is before lastTriedOn/);
  });

  it('clears a person reported with no case to answer, and refuses to also ask them to change', () => {
    const base = { ...SAMPLES['closure-reported-person']!, futureConduct: undefined, noCaseToAnswer: 'yes' };
    const cleared = prose(renderLetter('closure-reported-person', base, model).text);
    expect(cleared).toContain('We found that you were not responsible for the problems reported. You have no case to answer. We are not taking any action against you.');
    expect(cleared).not.toContain('To avoid further complaints');
    expect(() => renderLetter('closure-reported-person', { ...base, futureConduct: ['Keep music low'] }, model)).toThrow(
      'futureConduct: cannot be given together with noCaseToAnswer',
    );
    expect(() => renderLetter('closure-reported-person', { ...base, noCaseToAnswer: undefined }, model)).toThrow(
      'futureConduct: required unless noCaseToAnswer is given',
    );
  });
});

describe.each(Object.keys(policies))('the other versions of each letter with the %s policy', (policyId) => {
  const policy = policies[policyId]!;
  /** Each letter with only what it needs, and with its yes/no choices turned the other way. */
  const variants: [string, Record<string, unknown>][] = letterTemplates.flatMap((t) => {
    const sample = SAMPLES[t.id]!;
    const optional = t.placeholders.filter((p) => !p.required && p.requiredUnless === undefined && !['officerPhone', 'letterDate', 'talkedOn'].includes(p.name));
    const bare = Object.fromEntries(Object.entries(sample).filter(([key]) => !optional.some((p) => p.name === key)));
    const out: [string, Record<string, unknown>][] = [[`${t.id} (required fields only)`, { ...bare, letterDate: sample.letterDate }]];
    if (t.id === 'closure-reported-person') out.push([`${t.id} (no case to answer)`, { ...sample, futureConduct: undefined, noCaseToAnswer: true }]);
    if (t.id === 'closure-complainant') out.push([`${t.id} (no conversation)`, { ...sample, talkedOn: undefined }]);
    return out.map(([name, data]) => [name, { ...data, id: t.id }] as [string, Record<string, unknown>]);
  });

  it.each(variants)('%s is plain English and neutral', (_, { id, ...data }) => {
    const letter = renderLetter(id as string, data, policy);
    const score = readability(bodyOf(letter.text));
    expect(score.averageSentenceLength).toBeLessThanOrEqual(20);
    expect(score.fleschReadingEase).toBeGreaterThanOrEqual(60);
    expect(letter.text).not.toMatch(/victim/i);
    expect(letter.text.replace(/alleged perpetrator/gi, '')).not.toMatch(/perpetrator/i);
  });
});
