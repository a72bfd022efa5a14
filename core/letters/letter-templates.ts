import type { LetterBlock, LetterPlaceholder, LetterTemplate } from './letter-template-schema.ts';

/*
 * The letters, as data. Written for a resident panel (001 Network Homes: letters reviewed by the
 * Resident Straight Talker Panel): short sentences, "we" and "you", what happens next and when,
 * who to contact. Neutral words throughout (004 Homes in Sedgemoor, recommendation g): never
 * "victim"; the person reported is `{{reportedPersonTerm}}` ("the person you reported").
 * `letter-templates.test.ts` parses every template and checks reading ease and wording.
 */

// Fields every letter shares. The renderer lays the letter out with them (see LAYOUT_FIELDS).
const recipientName: LetterPlaceholder = {
  name: 'recipientName',
  label: 'Name of the person you are writing to',
  hint: 'As it follows "Dear", for example Ms Okafor',
  required: true,
  kind: 'text',
};
const addressLines: LetterPlaceholder = {
  name: 'addressLines',
  label: 'Their address',
  hint: 'One line each. Leave it empty for an email.',
  required: false,
  kind: 'list',
};
const letterDate: LetterPlaceholder = { name: 'letterDate', label: 'Date of the letter', required: false, kind: 'date' };
const reference: LetterPlaceholder = { name: 'reference', label: 'Case reference', required: true, kind: 'text' };
const officerName: LetterPlaceholder = { name: 'officerName', label: 'Your name', required: true, kind: 'text' };
const officerJobTitle: LetterPlaceholder = {
  name: 'officerJobTitle',
  label: 'Your job title',
  required: false,
  kind: 'text',
};
const officerPhone: LetterPlaceholder = {
  name: 'officerPhone',
  label: 'Your phone number',
  hint: 'Leave it empty to give the landlord\u2019s number',
  required: false,
  kind: 'text',
};
const officerEmail: LetterPlaceholder = {
  name: 'officerEmail',
  label: 'Your email address',
  hint: 'Leave it empty to give the landlord\u2019s address',
  required: false,
  kind: 'text',
};

/** Needed before a letter goes to the address in a domestic abuse case (policy `letters.confirmSafeToWrite`). */
const contactByLetterSafe: LetterPlaceholder = {
  name: 'contactByLetterSafe',
  label: 'A letter to this address is safe',
  hint: 'Needed in a domestic abuse case: the address may be shared with the person causing harm.',
  required: false,
  kind: 'confirm',
};

/** The layout fields; `after` names the dates the letter date may not come before. */
const layout = (date: LetterPlaceholder = letterDate, after?: string[]): LetterPlaceholder[] => [
  recipientName,
  addressLines,
  after === undefined ? date : { ...date, notBefore: after },
  reference,
  officerName,
  officerJobTitle,
  officerPhone,
  officerEmail,
  contactByLetterSafe,
];

/** Offering mediation: refused in a case where the policy's `letters.noMediation` rule applies. */
const offerMediation: LetterPlaceholder = {
  name: 'offerMediation',
  label: 'Offer mediation',
  hint: 'Not in a hate, domestic abuse or violence case.',
  required: false,
  kind: 'confirm',
  offersMediation: true,
};

const mediationOffer: LetterBlock = {
  if: 'offerMediation',
  text:
    'Mediation may help. A mediator is someone neutral who helps people agree a way forward. ' +
    'It is free and you choose whether to take part. Please tell us if you would like to try it.',
};

/** Who to contact: phone, email or both (a letter with neither is refused: see renderLetter). */
const contactUs: LetterBlock[] = [
  {
    if: 'contactPhone',
    unless: 'contactEmail',
    text: 'If you have any questions, please call us on {{contactPhone}}.',
  },
  {
    if: ['contactPhone', 'contactEmail'],
    text: 'If you have any questions, please call us on {{contactPhone}} or email {{contactEmail}}.',
  },
  {
    if: 'contactEmail',
    unless: 'contactPhone',
    text: 'If you have any questions, please email us at {{contactEmail}}.',
  },
];

const danger: LetterBlock = { text: 'If anyone is in danger, call the police on 999.' };

/** 004 Homes in Sedgemoor, recommendation n: evidence by texts and messages, not only diary sheets. */
const otherEvidence: LetterBlock = {
  text: 'Texts, messages, photos, videos and sound recordings can also be evidence. Please keep them safe and tell us you have them.',
};

const asbHelp: LetterBlock = {
  if: 'asbHelpWebsite',
  text: 'ASB Help is a charity that gives free advice about anti-social behaviour. You can find it at {{asbHelpWebsite}}.',
};

/** The ASB Case Review, with the policy's local threshold (and, when set, how soon a report must be made). */
const caseReviewInBrief: LetterBlock[] = [
  {
    if: 'caseReviewDirectory',
    text:
      'You may be able to ask for an ASB Case Review. This is a check on how your reports have been dealt with. ' +
      'You can ask if you have reported the problem {{caseReviewThreshold}} or more times in {{caseReviewWindow}}.',
  },
  {
    if: ['caseReviewDirectory', 'caseReviewQualifyingWithin'],
    text: 'A report counts if you made it within {{caseReviewQualifyingWithin}} of what happened.',
  },
  { if: 'caseReviewDirectory', text: 'To find out how to ask where you live, visit {{caseReviewDirectory}}.' },
];

/** What to write down for each incident (002 Co-op Homes, 2.1: what, when, how long, witnesses). */
const diaryItems: LetterBlock = {
  items: [
    'the date and time it happened',
    'how long it went on for',
    'what happened',
    'who saw or heard it',
    'how it affected you and your household',
  ],
};

const diarySheet: LetterTemplate['sheet'] = {
  title: 'Diary sheet',
  intro: ['Case reference: {{reference}}.', 'Use one row for each incident. Use more sheets if you need them.'],
  columns: ['Date', 'Time', 'What happened', 'Who saw it', 'How it affected you'],
  rows: 8,
};

/**
 * Every letter the officer can send, as data validated by `letterTemplateSchema`.
 * Each template's `placeholders` are the form fields for that letter; `letterFields(id)` gives them.
 *
 * @example
 * letterTemplates.map((t) => t.id)
 * //=> ['acknowledgement', 'action-plan', 'perpetrator-interview-confirmation', 'case-review-update',
 * //    'closure-complainant', 'closure-reported-person', 'diary-sheet', 'witness-diary-sheet',
 * //    'case-review-information', 'perpetrator-interview-invitation', 'warning',
 * //    'not-asb-good-neighbour', 'mediation-referral', 'behaviour-agreement', 'no-case-to-answer',
 * //    'closure-no-contact']
 */
export const letterTemplates: readonly LetterTemplate[] = [
  {
    id: 'acknowledgement',
    title: 'Acknowledge a new report',
    audience: 'complainant',
    purpose:
      'After first contact: confirms the case reference and the appointment, and lists the information pack and diary sheets sent with it.',
    source: '002 Co-op Homes procedure, 2.3 and 2.4; 003 Plus Dane policy, 19 Confidentiality; 004 recommendations k, n, o',
    placeholders: [
      ...layout(letterDate, ['receivedAt']),
      {
        name: 'receivedAt',
        label: 'Date we received the report',
        required: true,
        kind: 'date',
      },
      {
        name: 'appointmentAt',
        label: 'Appointment date and time',
        hint: 'Leave it empty if no time is arranged yet',
        required: false,
        kind: 'date-time',
        notBefore: ['receivedAt'],
      },
      {
        name: 'appointmentPlace',
        label: 'Where we will meet',
        hint: 'For example: at your home, or at our office on King Street',
        required: false,
        kind: 'text',
      },
      {
        name: 'enclosures',
        label: 'Sent with this letter',
        hint: 'One a line, for example: our ASB information pack',
        required: false,
        kind: 'list',
      },
      {
        name: 'diarySheetsEnclosed',
        label: 'Diary sheets are sent with this letter',
        hint: 'The letter gives the date to send them back by',
        required: false,
        kind: 'confirm',
      },
    ],
    subject: 'We have received your report (reference {{reference}})',
    body: [
      {
        text: 'Thank you for telling us about the problems you have been having. We received your report on {{receivedAt}}.',
      },
      { text: 'Your case reference is {{reference}}. Please quote it when you contact us.' },
      { if: 'appointmentAt', text: '{{officerName}} will meet you on {{appointmentAt}} to talk about your case.' },
      { if: ['appointmentAt', 'appointmentPlace'], text: 'We will meet {{appointmentPlace}}.' },
      {
        if: 'appointmentAt',
        text: 'If this time does not suit you, please let us know. We will find a time that does.',
      },
      {
        unless: 'appointmentAt',
        if: 'appointmentBy',
        text: '{{officerName}} will contact you to arrange a time to meet. We will offer you an appointment by {{appointmentBy}}.',
      },
      { unless: ['appointmentAt', 'appointmentBy'], text: '{{officerName}} will contact you to arrange a time to meet.' },
      {
        text:
          'When we meet, we will ask what has happened and how it is affecting you. ' +
          'Together we will agree an action plan. It will say what we will do, and when.',
      },
      {
        if: 'reviewInterval',
        text: 'We will review your case at least every {{reviewInterval}}. Each time, we will tell you what we found.',
      },
      {
        text:
          'We will not give your name to {{reportedPersonTerm}} without asking you first. ' +
          'But we may need to tell them what has been reported. So they may be able to work out who made the report.',
      },
      { if: 'enclosures', text: 'With this letter you will find:' },
      { if: 'enclosures', list: 'enclosures' },
      { if: 'diarySheetsEnclosed', text: 'We have sent you diary sheets. Please use them to write down each incident.' },
      {
        if: ['diarySheetsEnclosed', 'diaryReturnBy', 'diaryReturnDays'],
        text: 'Please send them back to us by {{diaryReturnBy}}. That is {{diaryReturnDays}} from the date of this letter.',
      },
      {
        if: ['diarySheetsEnclosed', 'diaryReturnDays'],
        unless: 'diaryReturnBy',
        text: 'Please send them back to us within {{diaryReturnDays}}.',
      },
      {
        if: 'diarySheetsEnclosed',
        unless: 'diaryReturnDays',
        text: 'Please send them back to us when you have filled them in.',
      },
      otherEvidence,
      danger,
      asbHelp,
      ...contactUs,
    ],
  },
  {
    id: 'action-plan',
    title: 'Send the agreed action plan',
    audience: 'complainant',
    purpose: 'After the action plan is agreed with the complainant: what we will do, what they agreed to do, and the next review.',
    source: '002 Co-op Homes procedure, 3.2 and 3.3; 001 Network Homes (regular progress updates)',
    placeholders: [
      ...layout(letterDate, ['agreedOn']),
      { name: 'agreedOn', label: 'Date we agreed the plan', required: false, kind: 'date' },
      {
        name: 'ourActions',
        label: 'What we will do',
        hint: 'One action a line, each with when, for example: Visit your neighbour by Friday 4 September',
        required: true,
        kind: 'list',
      },
      {
        name: 'yourActions',
        label: 'What the complainant agreed to do',
        hint: 'One a line, for example: Fill in the diary sheets',
        required: false,
        kind: 'list',
      },
      { name: 'nextReviewOn', label: 'Date of the next review', required: true, kind: 'date', notBefore: ['agreedOn', 'letterDate'] },
    ],
    subject: 'Your action plan (reference {{reference}})',
    body: [
      {
        if: 'agreedOn',
        text: 'Thank you for talking to us on {{agreedOn}}. This letter sets out the action plan we agreed with you.',
      },
      { unless: 'agreedOn', text: 'This letter sets out the action plan for your case.' },
      { heading: 'What we will do' },
      { list: 'ourActions' },
      { if: 'yourActions', heading: 'What you have agreed to do' },
      { if: 'yourActions', list: 'yourActions' },
      { heading: 'What happens next' },
      {
        text: 'We will review your case by {{nextReviewOn}}. Then we will write to tell you what we have done and what happens next.',
      },
      {
        text: 'Please keep a record of anything new that happens. Write down the date, the time and what happened.',
      },
      otherEvidence,
      {
        text: 'If the plan is not working, or anything changes, please tell us straight away. We can change the plan.',
      },
      danger,
      ...contactUs,
    ],
  },
  {
    id: 'perpetrator-interview-confirmation',
    title: 'Confirm a meeting with the person reported',
    audience: 'reported-person',
    purpose:
      'Within 5 working days of meeting the alleged perpetrator: the main points, what we will do, what we have asked them to do, and the support on offer.',
    source: '002 Co-op Homes procedure, 3.7 to 3.9; 004 recommendations g, h and s',
    placeholders: [
      ...layout(letterDate, ['interviewedOn']),
      { name: 'interviewedOn', label: 'Date of the meeting', required: true, kind: 'date' },
      {
        name: 'mainPoints',
        label: 'Main points we talked about',
        hint: 'One a line, in neutral words: say what was reported, not what was proved',
        required: true,
        kind: 'list',
      },
      { name: 'ourActions', label: 'What we will do', hint: 'One a line', required: true, kind: 'list' },
      {
        name: 'yourActions',
        label: 'What we have asked them to do',
        hint: 'One a line, for example: Keep music down after 11pm',
        required: true,
        kind: 'list',
      },
      {
        name: 'supportOffered',
        label: 'Support we talked about',
        hint: 'One a line, for example: A referral to Citizens Advice',
        required: false,
        kind: 'list',
      },
      offerMediation,
      { name: 'nextReviewOn', label: 'Date of the next review', required: false, kind: 'date', notBefore: ['interviewedOn'] },
    ],
    subject: 'Our meeting about a complaint (reference {{reference}})',
    body: [
      {
        text:
          'Thank you for meeting us on {{interviewedOn}}. We met to talk about a complaint we have received. ' +
          'This letter sums up what we talked about and what happens next.',
      },
      {
        text: 'We have not made up our minds about what happened. We listen to everyone involved before we decide what to do.',
      },
      { heading: 'What we talked about' },
      { list: 'mainPoints' },
      { heading: 'What we will do' },
      { list: 'ourActions' },
      { heading: 'What we have asked you to do' },
      { list: 'yourActions' },
      {
        text:
          'If the problems carry on, we may have to take further action. In serious cases, this could affect your tenancy. ' +
          'We would much rather sort things out now.',
      },
      { heading: 'Help and support' },
      mediationOffer,
      {
        text: 'We can also help you get support, for example with your health, money or family. Please ask if this would help.',
      },
      { if: 'supportOffered', text: 'We talked about this support:' },
      { if: 'supportOffered', list: 'supportOffered' },
      { if: 'nextReviewOn', text: 'We will review the case by {{nextReviewOn}}.' },
      {
        text: 'If you think anything in this letter is wrong, please tell us. We will add your comments to our records.',
      },
      ...contactUs,
    ],
  },
  {
    id: 'case-review-update',
    title: 'Update the complainant after a case review',
    audience: 'complainant',
    purpose: 'After each case review: what we looked at, what we found and decided, and when the next review is.',
    source: '002 Co-op Homes procedure, 3.3 and 3.6; 001 Network Homes (regular progress updates); 004 recommendations k and m',
    placeholders: [
      ...layout(letterDate, ['reviewedOn']),
      { name: 'reviewedOn', label: 'Date of the review', required: true, kind: 'date' },
      {
        name: 'reviewed',
        label: 'What we looked at',
        hint: 'One a line, for example: Your diary sheets from August',
        required: true,
        kind: 'list',
      },
      {
        name: 'outcome',
        label: 'What we found and decided',
        hint: 'Short sentences. Leave a blank line between paragraphs.',
        required: true,
        kind: 'multiline',
      },
      { name: 'nextSteps', label: 'What happens next', hint: 'One a line', required: false, kind: 'list' },
      { name: 'nextReviewOn', label: 'Date of the next review', required: false, kind: 'date', notBefore: ['reviewedOn'] },
    ],
    subject: 'An update on your case (reference {{reference}})',
    body: [
      {
        text: 'We reviewed your case on {{reviewedOn}}. This letter tells you what we found and what happens next.',
      },
      {
        if: 'reviewInterval',
        text: 'We review open cases at least every {{reviewInterval}}, to check how things are going.',
      },
      { heading: 'What we looked at' },
      { list: 'reviewed' },
      { heading: 'What we found' },
      { text: '{{outcome}}' },
      { if: 'nextSteps', heading: 'What happens next' },
      { if: 'nextSteps', list: 'nextSteps' },
      {
        if: 'nextReviewOn',
        text: 'We will review your case again by {{nextReviewOn}}. We will write to you after that review.',
      },
      { text: 'Please keep telling us about anything new that happens. It helps us to act.' },
      otherEvidence,
      ...caseReviewInBrief,
      danger,
      ...contactUs,
    ],
  },
  {
    id: 'closure-complainant',
    title: 'Tell the complainant we plan to close the case',
    audience: 'complainant',
    purpose:
      'When closure is agreed with the manager: why the case is closing, the date to reply by (at least the policy\u2019s working days), how to complain, and the ASB Case Review.',
    source:
      '002 Co-op Homes procedure, 8.2 and 8.4; 003 Plus Dane policy, 20 Closing Cases and 24 ASB Case Review; 004 recommendation m',
    placeholders: [
      ...layout({ ...letterDate, required: true, hint: 'The reply-by date is counted from it' }, ['talkedOn']),
      {
        name: 'talkedOn',
        label: 'Date we talked to them about closing the case',
        hint: 'Leave it empty if we could not reach them',
        required: false,
        kind: 'date',
      },
      {
        name: 'reasons',
        label: 'Why we plan to close the case',
        hint: 'One reason a line, for example: There have been no new reports since June',
        required: true,
        kind: 'list',
      },
      { name: 'actionsTaken', label: 'What we have done', hint: 'One a line', required: false, kind: 'list' },
    ],
    subject: 'Closing your case (reference {{reference}})',
    body: [
      {
        if: 'talkedOn',
        text: 'Thank you for talking to us on {{talkedOn}} about closing your case. This letter confirms what we talked about.',
      },
      {
        unless: 'talkedOn',
        text: 'We have tried to contact you to talk about closing your case. We could not reach you, so we are writing instead.',
      },
      { text: 'We plan to close your case because:' },
      { list: 'reasons' },
      { if: 'actionsTaken', text: 'While your case was open, we:' },
      { if: 'actionsTaken', list: 'actionsTaken' },
      { heading: 'If you do not agree' },
      {
        if: 'replyBy',
        text:
          'Please contact us by {{replyBy}} if you do not agree. Tell us why you think the case should stay open. ' +
          'We will listen and think again before we decide.',
      },
      { if: 'replyBy', text: 'If we do not hear from you by then, we will close your case.' },
      {
        unless: 'replyBy',
        text:
          'Please contact us if you do not agree. Tell us why you think the case should stay open. ' +
          'We will listen and think again before we decide.',
      },
      {
        text: 'If the problems start again after we close your case, please report them. We will look into them.',
      },
      { heading: 'If you are not happy with how we handled your case' },
      {
        text: 'You can make a complaint. We will deal with it under our complaints procedure.',
      },
      { unless: 'website', text: 'Ask us for a copy of our complaints procedure.' },
      {
        if: 'website',
        text: 'Ask us for a copy of our complaints procedure. It is also on our website at {{website}}.',
      },
      ...caseReviewInBrief,
      ...contactUs,
    ],
  },
  {
    id: 'closure-reported-person',
    title: 'Tell the person reported that the case is closed',
    audience: 'reported-person',
    purpose:
      'Within 5 working days of the complainant accepting closure: the complaint, the action taken, and what to do to avoid further complaints.',
    source: '002 Co-op Homes procedure, 5.1 and 8.3; 004 recommendations g and h',
    placeholders: [
      ...layout(letterDate, ['closedOn']),
      { name: 'closedOn', label: 'Date we closed the case', required: false, kind: 'date' },
      {
        name: 'noCaseToAnswer',
        label: 'They have no case to answer',
        hint: 'We found they were not responsible (002, 5.1). The letter clears them.',
        required: false,
        kind: 'confirm',
      },
      {
        name: 'complaintSummary',
        label: 'What the complaint was about',
        hint: 'In neutral words, without saying who complained',
        required: true,
        kind: 'multiline',
      },
      {
        name: 'actionsTaken',
        label: 'What we did',
        hint: 'One a line, for example: We met you on 3 September',
        required: true,
        kind: 'list',
      },
      {
        name: 'futureConduct',
        label: 'What they should do to avoid further complaints',
        hint: 'One a line. Leave it empty if they have no case to answer.',
        required: false,
        kind: 'list',
        requiredUnless: ['noCaseToAnswer'],
        conflictsWith: ['noCaseToAnswer'],
      },
    ],
    subject: 'Your case is now closed (reference {{reference}})',
    body: [
      { if: 'closedOn', text: 'On {{closedOn}}, we closed the case about a complaint we received.' },
      { unless: 'closedOn', text: 'We have now closed the case about a complaint we received.' },
      { heading: 'What the complaint was about' },
      { text: '{{complaintSummary}}' },
      { heading: 'What we did' },
      { list: 'actionsTaken' },
      { if: 'noCaseToAnswer', heading: 'What we found' },
      {
        if: 'noCaseToAnswer',
        text: 'We found that you were not responsible for the problems reported. You have no case to answer. We are not taking any action against you.',
      },
      { if: 'noCaseToAnswer', text: 'We know this may have been worrying. Thank you for your help while we looked into it.' },
      { if: 'futureConduct', heading: 'What we ask you to do' },
      { if: 'futureConduct', text: 'To avoid further complaints, please:' },
      { if: 'futureConduct', list: 'futureConduct' },
      {
        unless: 'noCaseToAnswer',
        text: 'Closing the case does not mean we have taken sides. If we get new reports, we will look into them. We may open a new case.',
      },
      {
        text: 'If you need support, or you have concerns of your own, please contact us. We are here to help everyone involved.',
      },
      ...contactUs,
    ],
  },
  {
    id: 'diary-sheet',
    title: 'Send diary sheets to the complainant',
    audience: 'complainant',
    purpose: 'With the acknowledgement, or later: how to keep a diary, and other evidence that helps.',
    source: '002 Co-op Homes procedure, 2.3 and 2.4; 004 recommendation n and the Noise App finding',
    placeholders: [
      ...layout(),
      {
        name: 'recordingApp',
        label: 'Noise recording app we offer',
        hint: 'For example: The Noise App. Leave it empty if none.',
        required: false,
        kind: 'text',
      },
    ],
    subject: 'Diary sheets for your case (reference {{reference}})',
    body: [
      {
        text:
          'Thank you for telling us about the problems you have been having. ' +
          'With this letter you will find diary sheets. Please use them to write down each incident.',
      },
      {
        text: 'A clear record helps us understand what is happening. We may also use it as evidence if we need to take action.',
      },
      { text: 'For each incident, please write down:' },
      diaryItems,
      {
        text: 'Try to write it down as soon as you can, while it is fresh in your mind. Only write what you saw or heard yourself.',
      },
      otherEvidence,
      {
        if: 'recordingApp',
        text: 'You can record noise on your phone with {{recordingApp}}. Ask us and we will help you set it up.',
      },
      { if: 'diaryReturnBy', text: 'Please send the sheets back to us by {{diaryReturnBy}}.' },
      { text: 'If you need more sheets, just ask.' },
      { text: 'Please do not put yourself at risk to gather evidence.' },
      danger,
      ...contactUs,
    ],
    sheet: diarySheet,
  },
  {
    id: 'witness-diary-sheet',
    title: 'Send diary sheets to a witness',
    audience: 'witness',
    purpose: 'For an ongoing case: asks a witness to keep a diary, and says how we protect them.',
    source: '002 Co-op Homes procedure, 4.1, 4.2, 6.1 and 7.1; 004 recommendation n',
    placeholders: [...layout()],
    subject: 'Diary sheets (reference {{reference}})',
    body: [
      {
        text:
          'Thank you for agreeing to help us. We are looking into reports of anti-social behaviour near you. ' +
          'You told us you have seen or heard some of what has happened.',
      },
      {
        text: 'With this letter you will find diary sheets. Please use them to write down anything you see or hear from now on.',
      },
      { text: 'For each incident, please write down:' },
      diaryItems,
      {
        text: 'Try to write it down as soon as you can, while it is fresh in your mind. Only write what you saw or heard yourself.',
      },
      otherEvidence,
      { if: 'diaryReturnBy', text: 'Please send the sheets back to us by {{diaryReturnBy}}.' },
      {
        text: 'We will not share your name or your diary with anyone outside {{landlord}} without asking you first.',
      },
      {
        text: 'If you are worried about your safety, please tell us. We can talk about ways to protect you.',
      },
      { text: 'Please do not put yourself at risk to gather evidence.' },
      danger,
      ...contactUs,
    ],
    sheet: diarySheet,
  },
  {
    id: 'case-review-information',
    title: 'Explain the ASB Case Review (Community Trigger)',
    audience: 'complainant',
    purpose:
      'When a resident asks, and at a second report within the window (ASB Case Review statutory guidance, 2025): what the ASB Case Review is, who can ask and how.',
    source:
      '003 Plus Dane policy, 24 ASB Case Review; 004 recommendations m and o; ASB, Crime and Policing Act 2014, s.104; ASB Case Review statutory guidance (Home Office, 2025)',
    requires: ['caseReviewDirectory'],
    placeholders: [
      ...layout(),
      {
        name: 'localAuthority',
        label: 'Their council',
        hint: 'For example: Wirral Council',
        required: false,
        kind: 'text',
      },
      {
        name: 'howToAsk',
        label: 'How to ask in their area',
        hint: 'The council\u2019s own steps, if you know them. Leave a blank line between paragraphs.',
        required: false,
        kind: 'multiline',
      },
    ],
    subject: 'How to ask for an ASB Case Review (reference {{reference}})',
    body: [
      {
        text: 'This letter explains the ASB Case Review. It is also called the Community Trigger.',
      },
      { heading: 'What it is' },
      {
        text:
          'An ASB Case Review is a way to have your reports of anti-social behaviour looked at again. ' +
          'The council, the police, your landlord and other local services look at what has been done. ' +
          'They can agree new steps to tackle the problem.',
      },
      { heading: 'Who can ask' },
      {
        text:
          'You can ask for a review if you have reported the problem {{caseReviewThreshold}} or more times in {{caseReviewWindow}}. ' +
          'Some areas have their own rules, so please check the rules where you live.',
      },
      {
        if: 'caseReviewQualifyingWithin',
        text: 'A report counts if you made it within {{caseReviewQualifyingWithin}} of what happened.',
      },
      { text: 'You can ask for yourself, or someone can ask for you.' },
      { heading: 'How to ask' },
      { if: 'localAuthority', text: 'Your council is {{localAuthority}}.' },
      { if: 'howToAsk', text: '{{howToAsk}}' },
      {
        text: 'Each area has its own way to ask. To find the details for your area, visit {{caseReviewDirectory}}.',
      },
      { text: 'We can help you ask if you would like us to. Just contact us.' },
      { text: 'Asking for a review will not stop us working on your case.' },
      { heading: 'Other help' },
      asbHelp,
      { if: 'otherSignposts', list: 'otherSignposts' },
      danger,
      ...contactUs,
    ],
  },
  {
    id: 'perpetrator-interview-invitation',
    title: 'Invite the person reported to a meeting',
    audience: 'reported-person',
    purpose:
      'With the complainant\u2019s agreement: invites the alleged perpetrator to hear what has been reported and give their side, before we decide anything.',
    source: '002 Co-op Homes procedure, 3.7 and 3.8; 003 Plus Dane policy, 15.1 Informal action and 6.2; 004 recommendations g and h',
    placeholders: [
      ...layout(),
      {
        name: 'meetingAt',
        label: 'Meeting date and time',
        required: true,
        kind: 'date-time',
        notBefore: ['letterDate'],
      },
      {
        name: 'meetingPlace',
        label: 'Where we will meet',
        hint: 'For example: at your home, or at our office on King Street',
        required: true,
        kind: 'text',
      },
      {
        name: 'complaintSummary',
        label: 'What has been reported',
        hint: 'In neutral words, without saying who complained',
        required: true,
        kind: 'multiline',
      },
    ],
    subject: 'Please meet us about a complaint (reference {{reference}})',
    body: [
      { text: 'We have had a complaint that we need to talk to you about. We would like to meet you to hear your side.' },
      { heading: 'What has been reported' },
      { text: '{{complaintSummary}}' },
      { text: 'We have not made up our minds about what happened. We listen to everyone involved before we decide what to do.' },
      { heading: 'Our meeting' },
      { text: '{{officerName}} will meet you on {{meetingAt}}. We will meet {{meetingPlace}}.' },
      {
        text: 'If this time does not suit you, please let us know. We will find a time that does.',
      },
      {
        text: 'You can bring a friend, a relative or a support worker with you. Tell us if you need an interpreter or any other help.',
      },
      { heading: 'What we will talk about' },
      {
        items: [
          'what has been reported',
          'what you say happened',
          'how we deal with anti-social behaviour, and how it could affect your tenancy',
          'any support that would help you',
        ],
      },
      ...contactUs,
    ],
  },
  {
    id: 'warning',
    title: 'Ask the person reported to stop (written warning)',
    audience: 'reported-person',
    purpose:
      'When the action agreed is a written request to stop or a warning: what was reported, what must stop, what happens if it does not, and the support on offer.',
    source: '002 Co-op Homes procedure, 5.1 (written request to stop causing a nuisance); 003 Plus Dane policy, 15.1 (verbal and written warnings); 004 recommendation g',
    placeholders: [
      ...layout(),
      {
        name: 'behaviour',
        label: 'What has been reported',
        hint: 'In neutral words: dates and what was seen or heard. Leave a blank line between paragraphs.',
        required: true,
        kind: 'multiline',
      },
      {
        name: 'mustStop',
        label: 'What must stop',
        hint: 'One a line, for example: Playing loud music after 11pm',
        required: true,
        kind: 'list',
      },
      { name: 'reviewOn', label: 'Date we will check again', required: false, kind: 'date', notBefore: ['letterDate'] },
      {
        name: 'supportOffered',
        label: 'Support we can offer',
        hint: 'One a line, for example: A referral to a money advice service',
        required: false,
        kind: 'list',
      },
    ],
    subject: 'Please stop the behaviour reported to us (reference {{reference}})',
    body: [
      { text: 'We are writing to ask you to stop behaviour that has been reported to us.' },
      { heading: 'What has been reported' },
      { text: '{{behaviour}}' },
      { heading: 'What we ask you to do' },
      { text: 'Please stop:' },
      { list: 'mustStop' },
      {
        text:
          'If you rent your home from us, your tenancy agreement says you must not cause a nuisance to others. It covers everyone who lives with you or visits you.',
      },
      { heading: 'If it does not stop' },
      {
        text:
          'If it carries on, we may take further action. In serious cases, we may go to court. This could put your home at risk. ' +
          'We would much rather sort things out now.',
      },
      { if: 'reviewOn', text: 'We will check how things are by {{reviewOn}}.' },
      { heading: 'Help and support' },
      { if: 'supportOffered', text: 'We can help with:' },
      { if: 'supportOffered', list: 'supportOffered' },
      { text: 'If something is making things hard for you, please tell us. We may be able to help.' },
      { text: 'If you think this letter is wrong, please contact us. We will add your comments to our records.' },
      ...contactUs,
    ],
  },
  {
    id: 'not-asb-good-neighbour',
    title: 'Tell the complainant the report is not handled as ASB',
    audience: 'complainant',
    purpose:
      'When a report is not anti-social behaviour under the policy (a neighbour dispute, everyday noise): says so clearly, why, and how it will be handled instead (Good Neighbour Management).',
    source:
      '003 Plus Dane policy, 15.1 ("Customers will be clearly told if their report is being handled within the Good Neighbour Management Procedure"), 6 Noise, 7.1 and Neighbour Disputes; 002 Co-op Homes procedure, 1.1',
    // The policy's message for reports outside ASB may suggest mediation, and a hate, domestic
    // abuse or violence case is never one to tell "this is not ASB" (000 Habinteg lesson).
    offersMediation: true,
    placeholders: [
      ...layout(letterDate, ['receivedAt']),
      { name: 'receivedAt', label: 'Date we received the report', required: true, kind: 'date' },
      {
        name: 'whyNotAsb',
        label: 'Why it is not ASB under our policy',
        hint: 'Short sentences, kind and clear. Leave a blank line between paragraphs.',
        required: true,
        kind: 'multiline',
      },
      {
        name: 'whatWeWillDo',
        label: 'What we will do instead',
        hint: 'One a line, for example: Send you our Good Neighbour Guide',
        required: false,
        kind: 'list',
      },
      {
        name: 'whatYouCanDo',
        label: 'What they could try first',
        hint: 'One a line, for example: Talk to your neighbour at a calm time',
        required: false,
        kind: 'list',
      },
      offerMediation,
    ],
    subject: 'Your report of {{receivedAt}} (reference {{reference}})',
    body: [
      { text: 'Thank you for your report of {{receivedAt}}. We have looked at it carefully.' },
      { text: 'We will not deal with it as anti-social behaviour under our policy. We want to be clear with you about why.' },
      { text: '{{whyNotAsb}}' },
      { heading: 'What happens now' },
      { text: '{{outsideAsbMessage}}' },
      { if: 'whatWeWillDo', text: 'We will:' },
      { if: 'whatWeWillDo', list: 'whatWeWillDo' },
      { if: 'whatYouCanDo', text: 'You could also try these first:' },
      { if: 'whatYouCanDo', list: 'whatYouCanDo' },
      mediationOffer,
      { heading: 'If things change' },
      {
        text:
          'Please tell us if things get worse, if it happens more often, or if it starts to affect other people. ' +
          'We will look at your report again.',
      },
      {
        text: 'If anyone threatens you, harms you or targets you because of who you are, please tell us straight away.',
      },
      danger,
      asbHelp,
      ...contactUs,
    ],
  },
  {
    id: 'mediation-referral',
    title: 'Confirm a referral to mediation',
    audience: 'complainant',
    purpose:
      'When someone agrees to try mediation: who the mediator is, what happens next, and that we keep working on the case. Not for hate, domestic abuse or violence cases.',
    source: '002 Co-op Homes procedure, 5.1 (mediation between the involved parties); 003 Plus Dane policy, 15.1 and Neighbour Disputes; 004 recommendation s',
    offersMediation: true,
    placeholders: [
      ...layout(letterDate, ['agreedOn']),
      { name: 'agreedOn', label: 'Date they agreed to try mediation', required: true, kind: 'date' },
      {
        name: 'mediationService',
        label: 'Mediation service',
        hint: 'For example: Stockport Mediation Service',
        required: true,
        kind: 'text',
      },
      {
        name: 'serviceContact',
        label: 'How the service will get in touch',
        hint: 'For example: They will call you within two weeks',
        required: false,
        kind: 'text',
      },
    ],
    subject: 'Your referral to mediation (reference {{reference}})',
    body: [
      { text: 'Thank you for talking to us on {{agreedOn}}. You agreed to try mediation, and we have made a referral for you.' },
      { heading: 'What mediation is' },
      {
        text:
          'A mediator is someone neutral. They do not take sides or decide who is right. ' +
          'They help people talk and agree a way forward that works for them.',
      },
      { text: 'Mediation is free. You choose whether to take part, and you can stop at any time.' },
      { heading: 'What happens next' },
      { text: 'We have referred you to {{mediationService}}.' },
      { if: 'serviceContact', text: '{{serviceContact}}.' },
      { text: 'We will keep your case open while mediation goes on. We will check with you how it is going.' },
      {
        text: 'If you feel unsafe at any point, or things get worse, please stop and tell us straight away.',
      },
      danger,
      ...contactUs,
    ],
  },
  {
    id: 'behaviour-agreement',
    title: 'Offer an Acceptable Behaviour or Parenting Agreement',
    audience: 'reported-person',
    purpose:
      'Invites the alleged perpetrator (or a parent, for a young person) to sign an Acceptable Behaviour Agreement or Parenting Agreement, with its terms and the support on offer.',
    source:
      '002 Co-op Homes procedure, 5.1 (Acceptable Behaviour Agreement or Parental Control Agreements); 003 Plus Dane policy, 15.1 and 12 Young People; 004 recommendation g',
    placeholders: [
      ...layout(),
      {
        name: 'agreementName',
        label: 'Kind of agreement',
        hint: 'Acceptable Behaviour Agreement, or Parenting Agreement',
        required: true,
        kind: 'text',
      },
      {
        name: 'youngPersonName',
        label: 'Name of the young person',
        hint: 'For a Parenting Agreement only',
        required: false,
        kind: 'text',
      },
      {
        name: 'meetingAt',
        label: 'Meeting to talk about and sign it',
        required: true,
        kind: 'date-time',
        notBefore: ['letterDate'],
      },
      { name: 'meetingPlace', label: 'Where we will meet', required: false, kind: 'text' },
      {
        name: 'terms',
        label: 'What the agreement asks',
        hint: 'One a line, each a clear thing to do or not do',
        required: true,
        kind: 'list',
      },
      { name: 'lastsUntil', label: 'The agreement lasts until', required: false, kind: 'date', notBefore: ['meetingAt'] },
      {
        name: 'supportOffered',
        label: 'Support we will give',
        hint: 'One a line, for example: A place on a youth activity scheme',
        required: false,
        kind: 'list',
      },
    ],
    subject: 'A written agreement about behaviour (reference {{reference}})',
    body: [
      {
        text:
          'We have talked to you about reports of anti-social behaviour. We would like to agree with you how things will change. ' +
          'We do this with a written agreement. It is called the {{agreementName}}.',
      },
      {
        if: 'youngPersonName',
        text: 'The agreement is about {{youngPersonName}}. We would like you and {{youngPersonName}} to meet us together.',
      },
      { heading: 'Our meeting' },
      { text: '{{officerName}} will meet you on {{meetingAt}} to go through it with you.' },
      { if: 'meetingPlace', text: 'We will meet {{meetingPlace}}.' },
      { text: 'If this time does not suit you, please let us know. We will find a time that does.' },
      { heading: 'What the agreement asks' },
      { list: 'terms' },
      { if: 'lastsUntil', text: 'The agreement will last until {{lastsUntil}}. We will check how it is going before then.' },
      { heading: 'What we will do' },
      { if: 'supportOffered', list: 'supportOffered' },
      { text: 'We will check in with you while the agreement lasts, and help if something gets in the way.' },
      {
        text:
          'Signing is your choice, and the agreement is not a court order. But if the problems carry on, we may take further action. ' +
          'That could affect your tenancy.',
      },
      ...contactUs,
    ],
  },
  {
    id: 'no-case-to-answer',
    title: 'Tell the complainant there is no case to answer',
    audience: 'complainant',
    purpose:
      'When the investigation finds no case to answer: what we looked at, why we are closing the case, and what to do if it happens again.',
    source:
      '002 Co-op Homes procedure, 5.1 (written confirmation of closure where there is no case to answer) and 8.4; 003 Plus Dane policy, 20 Closing Cases and 24 ASB Case Review',
    placeholders: [
      ...layout({ ...letterDate, required: true, hint: 'The reply-by date is counted from it' }, ['decidedOn']),
      { name: 'decidedOn', label: 'Date we decided', required: false, kind: 'date' },
      {
        name: 'looked',
        label: 'What we looked at',
        hint: 'One a line, for example: Your diary sheets for October',
        required: true,
        kind: 'list',
      },
      {
        name: 'reasons',
        label: 'Why there is no case to answer',
        hint: 'One a line, in plain words, for example: The noise comes from a flat we do not manage',
        required: true,
        kind: 'list',
      },
    ],
    subject: 'The outcome of our investigation (reference {{reference}})',
    body: [
      { if: 'decidedOn', text: 'We have finished looking into your report. On {{decidedOn}} we decided there is no case to answer.' },
      { unless: 'decidedOn', text: 'We have finished looking into your report. We have decided there is no case to answer.' },
      {
        text: 'This means we did not find enough to show that the person you reported caused the problems. We will not take action against them.',
      },
      { heading: 'What we looked at' },
      { list: 'looked' },
      { heading: 'Why we decided this' },
      { list: 'reasons' },
      { text: 'We know this may not be the answer you hoped for. Thank you for your help while we looked into it.' },
      { heading: 'If you do not agree' },
      {
        if: 'replyBy',
        text: 'Please contact us by {{replyBy}} if you do not agree. Tell us why. We will listen and think again before we close your case.',
      },
      {
        unless: 'replyBy',
        text: 'Please contact us if you do not agree. Tell us why. We will listen and think again before we close your case.',
      },
      { text: 'If the problems start again, or you have new evidence, please report it. We will look into it.' },
      { text: 'You can also make a complaint about how we handled your case. We will deal with it under our complaints procedure.' },
      ...caseReviewInBrief,
      ...contactUs,
    ],
  },
  {
    id: 'closure-no-contact',
    title: 'Tell the complainant we plan to close the case after no contact',
    audience: 'complainant',
    purpose:
      'When the complainant has not been in touch despite our tries: the tries we made, the date to reply by, and how to keep the case open.',
    source:
      '003 Plus Dane policy, Reporting ASB ("the case being closed due to lack of contact") and 20 Closing Cases; 002 Co-op Homes procedure, 8.2 (a written explanation when contact is not made)',
    placeholders: [
      ...layout({ ...letterDate, required: true, hint: 'The reply-by date is counted from it' }, ['lastTriedOn']),
      {
        name: 'tries',
        label: 'How we tried to reach them',
        hint: 'One a line, with the date, for example: We called you on 3 November',
        required: true,
        kind: 'list',
      },
      { name: 'lastTriedOn', label: 'Date of our last try', required: true, kind: 'date' },
    ],
    subject: 'We have not been able to reach you (reference {{reference}})',
    body: [
      { text: 'We have been trying to contact you about your report of anti-social behaviour. We have not been able to reach you.' },
      { text: 'We tried to reach you in these ways:' },
      { list: 'tries' },
      { text: 'We need your help to look into your report. Without it, we may not be able to act.' },
      { heading: 'What happens next' },
      {
        if: 'replyBy',
        text: 'Please contact us by {{replyBy}} if you would like us to keep your case open. If we do not hear from you by then, we will close it.',
      },
      {
        unless: 'replyBy',
        text: 'Please contact us if you would like us to keep your case open. If we do not hear from you, we may close it.',
      },
      { text: 'If it is hard for you to talk to us, tell us what would help. We can call at another time, or write or email instead.' },
      { text: 'If we close your case and the problems start again, please report them. We will look into them.' },
      danger,
      ...contactUs,
    ],
  },
];
