/**
 * Every word `<asb-report-form>` shows, in British English, in one catalogue. To add a language,
 * copy this file, translate the values (keep the keys) and assign it to the element's `strings`
 * property, or point the build at it: no code changes. Words follow the GOV.UK Design System's
 * style and stay neutral: "the person you are reporting", never "perpetrator" or "victim".
 */
export const enGB = {
  lang: 'en-GB',
  exit: 'Exit this page',
  exitHint: 'To leave quickly, select ‘Exit this page’ or press Shift 3 times.',
  back: 'Back',
  continue: 'Continue',
  send: 'Send report',
  optional: '(optional)',
  or: 'or',
  errorTitle: 'There is a problem',
  errorPrefix: 'Error:',
  loading: 'Loading the report form…',
  cannotLoadTitle: 'Sorry, this form cannot load',
  cannotLoad: [
    'We could not get the form ready. This is not your fault: try again, or try later.',
    'You can also report anti-social behaviour to your landlord by phone or email.',
    'If anyone is in immediate danger, call 999.',
  ],
  tryAgain: 'Try again',
  /** Read out before warning text (the "!" icon is hidden from screen readers). */
  warning: 'Warning',
  day: 'Day',
  month: 'Month',
  year: 'Year',

  /** Page headings of steps whose heading is not one question's label. */
  titles: {
    'what-happened': 'What has happened?',
    impact: 'How is it affecting you?',
    evidence: 'Can you tell us about each time it happened?',
    check: 'Check your answers before sending your report',
  } as Record<string, string>,

  /** Each question: its label (or legend) and hint. Keys are the form's field names. */
  fields: {
    immediateDanger: { label: 'Is anyone in immediate danger?', hint: 'For example, someone is being attacked or threatened now.' },
    behaviours: { label: 'What is happening?', hint: 'Select all that apply.' },
    noiseKind: { label: 'What kind of noise is it?' },
    perceivedHate: {
      label: 'Do you think it is happening because of who you are?',
      hint: 'Or because of someone in your household. Select all that apply.',
    },
    perceivedHateDetail: { label: 'Tell us more' },
    description: { label: 'Describe what has happened', hint: 'What was said or done, and by whom if you know.' },
    startedKind: { label: 'When did it start?' },
    startedDate: { label: 'Date it started', hint: 'For example, 27 3 2026' },
    startedText: { label: 'Roughly when did it start?', hint: 'For example, about 3 weeks ago' },
    frequency: { label: 'How often does it happen?' },
    location: { label: 'Where does it happen?', hint: 'For example, the flat above mine.' },
    stillHappening: { label: 'Is it still happening?' },
    impact: { label: 'How is it affecting you and your household?', hint: 'For example, your sleep, health, work or feeling safe at home.' },
    riskOfHarm: { label: 'Is anyone at risk of being harmed?' },
    affectsOthers: { label: 'Does it affect other people nearby, not only you?' },
    vulnerabilities: { label: 'Does anything make you or someone in your household more vulnerable?', hint: 'Select all that apply.' },
    vulnerabilitiesDetail: { label: 'Anything else you want us to know' },
    knowsPerson: { label: 'Do you know who is doing it?' },
    personName: { label: 'Their name' },
    personAddress: { label: 'Their address' },
    personDescription: { label: 'What do they look like?', hint: 'Such as age, height, clothes or a vehicle.' },
    personAgeGroup: { label: 'How old are they?' },
    diaryDate: { label: 'Date', hint: 'For example, 27 3 2026' },
    diaryTime: { label: 'Time', hint: 'For example, 14:30' },
    diaryWhatHappened: { label: 'What happened' },
    diaryWitnesses: { label: 'Who else saw or heard it?' },
    giveDetails: {
      label: 'Do you want to give your name and contact details?',
      hint: 'We need them to talk to you about your report.',
    },
    name: { label: 'Full name' },
    contactMethods: { label: 'How can we contact you?', hint: 'Select all that are safe for you.' },
    email: { label: 'Email address' },
    phone: { label: 'Phone number', hint: 'For texts, give a mobile number.' },
    address: { label: 'Your address' },
    postcode: { label: 'Postcode' },
    safeTimes: { label: 'When is it safe to contact you?', hint: 'For example, weekdays after 4pm.' },
    safeToLeaveMessage: { label: 'Is it safe to leave you a message?' },
    consentToShare: {
      label: 'Can we share your details with the police or council if we need to?',
      hint: 'Only what is needed. If someone is at risk or a crime has been committed, we may have to share without asking.',
    },
  } as Record<string, { label: string; hint?: string }>,

  /** The answers to choose from, by field name and value. */
  options: {
    yesNo: { yes: 'Yes', no: 'No' },
    giveDetails: { yes: 'Yes, give my details', no: 'No, report anonymously' },
    behaviours: {
      violence: 'Violence or threats of violence',
      harassment: 'Harassment or intimidation',
      'verbal-abuse': 'Swearing or insults',
      'hate-incident': 'A hate incident or hate crime',
      'domestic-abuse': 'Domestic abuse',
      'property-damage': 'Damage to property, vandalism or graffiti',
      drugs: 'Drug use or drug dealing',
      alcohol: 'Drunken behaviour',
      prostitution: 'Prostitution or sexual acts in public',
      'criminal-behaviour': 'Other crime in the area',
      noise: 'Noise',
      'animal-nuisance': 'Animals, such as barking or fouling',
      'vehicle-nuisance': 'Vehicles, such as dangerous driving',
      'garden-nuisance': 'Rubbish, fly-tipping or neglected gardens',
      'communal-areas': 'Misuse of shared areas, such as stairwells',
      'neighbour-dispute': 'A disagreement with a neighbour',
      other: 'Something else',
    },
    noiseKind: {
      everyday: 'Everyday living noise, such as TV, footsteps or children playing',
      excessive: 'Loud or unusual noise, such as loud music, parties or shouting',
    },
    perceivedHate: {
      race: 'Race or ethnicity',
      religion: 'Religion or belief',
      disability: 'Disability',
      'sexual-orientation': 'Sexual orientation',
      transgender: 'Being transgender',
      other: 'Something else',
      none: 'No, or I am not sure',
    },
    startedKind: { date: 'I know the date', approximate: 'I know roughly when', 'not-sure': 'I’m not sure' },
    frequency: {
      once: 'It happened once',
      daily: 'Every day',
      'several-times-a-week': 'Several times a week',
      weekly: 'About once a week',
      monthly: 'About once a month',
      'less-often': 'Less often',
      'not-sure': 'I’m not sure',
    },
    stillHappening: { yes: 'Yes', no: 'No', 'not-sure': 'I’m not sure' },
    vulnerabilities: {
      disability: 'A disability',
      'mental-health': 'A mental health condition',
      'older-person': 'Being an older person',
      'children-in-household': 'Children living in the home',
      pregnancy: 'Pregnancy',
      'long-term-illness': 'A long-term illness',
      other: 'Something else',
    },
    personAgeGroup: { 'under-10': 'Under 10', '10-17': '10 to 17', '18-or-over': '18 or over', 'not-sure': 'I’m not sure' },
    contactMethods: { email: 'Email', phone: 'Phone call', text: 'Text message', letter: 'Letter' },
  } as Record<string, Record<string, string>>,

  /** Paragraphs shown with a question. */
  notes: {
    danger: [
      'Call 999 now. If you cannot speak, press 55 when asked.',
      'Deaf or speech impaired: text 999 (register first by texting ‘register’ to 999) or call 18000 with Relay UK.',
      'Not an emergency: call 101. You can still make your report when it is safe.',
    ],
    anonymous: ['If you report anonymously, we cannot contact you to ask for more or to tell you what we are doing, and we may be limited in what we can do.'],
    whyWeAsk: ['So we can support you and act sooner if someone could be at risk.'],
    evidence: [
      'A diary helps us act. Add an entry for each time: the date, the time, what happened and who saw or heard it.',
      'Keep any photos, videos or recordings safe: we will ask for them. If we or your council use a noise app, we will tell you how.',
    ],
  } as Record<string, string[]>,
  whyWeAsk: 'Why we ask',
  entry: (n: number) => `Entry ${n}`,
  addEntry: 'Add an entry',
  addAnother: 'Add another entry',
  removeEntry: (n: number) => `Remove entry ${n}`,

  /** Check answers page. */
  sections: {
    safety: 'Safety',
    behaviours: 'What is happening',
    hate: 'Why it is happening',
    'what-happened': 'What has happened',
    impact: 'How it is affecting you',
    person: 'The person you are reporting',
    evidence: 'Diary',
    'about-you': 'About you',
  } as Record<string, string>,
  change: 'Change',
  notGiven: 'Not given',
  noEntries: 'No entries',
  sendTitle: 'Now send your report',
  sendText: 'By sending this report you confirm it is correct to the best of your knowledge.',
  sending: 'Sending your report…',
  retrying: 'We are having trouble sending your report. Still trying: please stay on this page.',

  /**
   * Error messages, by question (catalogue key). In English they are the core report schema's
   * own messages, word for word (find-errors.test.ts checks), so the form and the server say the
   * same thing; a translation translates them here.
   */
  errors: {
    /** The question is not answered. */
    missing: {
      immediateDanger: 'Select yes if you or anyone else is in immediate danger',
      behaviours: 'Select at least one type of behaviour',
      noiseKind: 'Select what kind of noise it is',
      perceivedHate: 'Select why you think it is happening, or select ‘No, or I am not sure’',
      description: 'Describe what happened',
      startedKind: "Tell us when it started, or choose 'not sure'",
      startedDate: 'Enter the date it started',
      startedText: "Tell us roughly when it started, like 'about 3 weeks ago'",
      frequency: 'Select how often it happens',
      location: 'Tell us where it happens',
      stillHappening: 'Select whether it is still happening',
      impact: 'Tell us how it is affecting you and your household',
      riskOfHarm: 'Select yes if you or anyone else is at risk of being harmed',
      diaryDate: 'Enter the date of this entry',
      diaryWhatHappened: 'Describe what happened',
      giveDetails: 'Select whether you want to report anonymously',
      name: 'Enter your name, or choose to report anonymously',
      contactMethods: 'Select at least one way we can contact you',
      email: 'Enter your email address, as you chose to be contacted by email',
      phone: 'Enter your phone number, as you chose to be contacted by phone',
      address: 'Enter your address, as you chose to be contacted by letter',
      consentToShare: 'Select yes if we may share your details with the police or council where needed',
    } as Record<string, string>,
    /** Texts only (no phone calls) need a mobile. */
    mobile: 'Enter your mobile phone number, as you chose to be contacted by text',
    /** The answer is longer than the report allows. */
    tooLong: {
      perceivedHateDetail: 'The other reason must be 1000 characters or fewer',
      description: 'What happened must be 5000 characters or fewer',
      startedText: 'When it started must be 200 characters or fewer',
      location: 'Where it happens must be 1000 characters or fewer',
      impact: 'How it is affecting you must be 5000 characters or fewer',
      vulnerabilitiesDetail: 'This must be 2000 characters or fewer',
      personName: 'Their name must be 200 characters or fewer',
      personAddress: 'Their address must be 500 characters or fewer',
      personDescription: 'The description of them must be 2000 characters or fewer',
      diaryWhatHappened: 'What happened must be 5000 characters or fewer',
      diaryWitnesses: 'Witnesses must be 1000 characters or fewer',
      name: 'Your name must be 200 characters or fewer',
      address: 'Your address must be 500 characters or fewer',
      safeTimes: 'Safe times to contact you must be 500 characters or fewer',
    } as Record<string, string>,
    /** The answer is not in the right format. */
    format: {
      diaryTime: 'Enter the time in 24-hour format, like 14:30',
      email: 'Enter an email address in the correct format, like name@example.com',
      phone: 'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192',
      postcode: 'Enter a real postcode, like SW1A 1AA',
    } as Record<string, string>,
    datePart: (what: string) => `${what} must include a day, month and year`,
    dateReal: (what: string) => `${what} must be a real date`,
    dateFuture: (what: string) => `${what} must be today or in the past`,
    unreachable: 'Your report has not been sent: we could not reach our system. Check your connection and select ‘Send report’ again. Your answers are kept.',
    rejected: 'Your report has not been sent: our system could not accept it. Your answers are kept. Try again later or contact us.',
    conflict: 'We may already have an earlier version of this report. Please contact us before sending it again.',
  },
  /** How date errors name each date. */
  dateNames: { startedDate: 'The date it started', diaryDate: 'The date' } as Record<string, string>,

  /** Confirmation page. */
  sentTitle: 'Report sent',
  referenceLabel: 'Your reference number',
  keepReference: 'Keep this reference to quote if you contact us.',
  nextTitle: 'What happens next',
  /** `date` in words: "Monday 7 December 2026". */
  aimToContactBy: (date: string) => `We aim to contact you by ${date}.`,
  aimToContact: (days: number) => `We aim to contact you within ${days} working ${days === 1 ? 'day' : 'days'}.`,
  /** When the policy states no target for this report (the value was assumed): no date is promised. */
  willContact: 'We will contact you about what happens next.',
  anonymousNext: 'You reported anonymously, so we cannot contact you. We will still look into it.',
  anonymousOutsideAsb: 'You reported anonymously, so we cannot contact you about it.',
  outsideAsb: 'Thank you for telling us. From what you have told us, we will not deal with this as anti-social behaviour.',
  worseTitle: 'If it gets worse',
  worse: 'If anyone is in immediate danger, call 999. For a crime that is not an emergency, call 101.',
  worseAgain: (landlord: string, phone?: string) =>
    `If it happens again, note what happened and when, and tell ${landlord}${phone ? ` on ${phone}` : ''}.`,
  caseReview: (threshold: number, months: number) =>
    `If you have reported anti-social behaviour ${threshold} times in ${months} months and feel nothing has been done, you can ask your council for an ASB Case Review (also called the Community Trigger).`,
  /** When the policy states no threshold (the value was assumed). */
  caseReviewAny:
    'If you have reported anti-social behaviour more than once and feel nothing has been done, you can ask your council for an ASB Case Review (also called the Community Trigger). Your council can tell you how many reports it needs.',
  /** For reports of hate: how to report a hate crime to the police. */
  hateTitle: 'Reporting a hate crime',
  hatePolice: 'You can also report a hate crime or hate incident to the police: call 101, or 999 in an emergency.',
  hateOnline: { label: 'True Vision', url: 'https://www.report-it.org.uk', text: 'report a hate crime to the police online, without giving your name if you prefer.' },
  helpTitle: 'Other help',
};

/** The shape of a catalogue: every language supplies the same keys. */
export type Strings = typeof enGB;
