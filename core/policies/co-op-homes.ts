import type { PolicyInput } from '../policy/policy-schema.ts';
import { asbAssistRiskAssessment } from './asb-assist-risk-assessment.ts';

const DOC = '002 Co-op Homes procedure';
const GUIDE = 'ASB Case Review statutory guidance (Home Office, 2025)';

/**
 * Co-op Homes Anti-Social Behaviour Procedure (seed `002_aca266dfab9e5559.txt`), as data.
 * Section numbers are the procedure's own.
 */
export const coOpHomes = {
  id: 'co-op-homes',
  landlord: 'Co-op Homes',
  title: 'Co-op Homes Anti-Social Behaviour Procedure',
  region: 'england-and-wales',
  source: `${DOC} (seed 002_aca266dfab9e5559.txt)`,
  contact: {
    source: `${DOC}: gives no phone number, email address or website`,
    decided:
      'The procedure gives no contact details, so none are invented here. Letters give the officer\u2019s own phone or email, and a letter with neither is refused (officerPhone) rather than ending with a name alone. Add Co-op Homes\u2019 own numbers here to use them.',
  },
  terms: {
    complainant: 'complainant',
    reportedPersonTenant: 'the person you reported',
    reportedPersonOfficer: 'alleged perpetrator',
    source:
      '002 uses "complainant" and "perpetrator"; 004 Homes in Sedgemoor review, recommendation g, asks for "alleged perpetrator" at most',
  },
  levels: [
    {
      level: 'high',
      label: 'High-level ASB',
      shortLabel: 'high level',
      firstContact: { workingDays: 1, source: `${DOC}, 2.3 and Service Standards` },
      resolution: { months: null, source: `${DOC}, 1.2 (iii): no fixed timescale for high-level cases` },
      behaviours: [
        { code: 'violence', source: `${DOC}, 1.2 (iii): violence or the threat of violence` },
        { code: 'harassment', source: `${DOC}, 1.2 (iii): harassment` },
        { code: 'property-damage', source: `${DOC}, 1.2 (iii): damage to property or threat of damage` },
        { code: 'drugs', source: `${DOC}, 1.2 (iii): drug taking or dealing` },
        { code: 'hate-incident', source: `${DOC}, 1.2 (iii): racial harassment and hate crimes` },
        { code: 'domestic-abuse', source: `${DOC}, 1.2 (iii): domestic violence` },
      ],
    },
    {
      level: 'medium',
      label: 'Medium-level ASB',
      shortLabel: 'medium level',
      firstContact: { workingDays: 2, source: `${DOC}, 2.3` },
      resolution: { months: 4, source: `${DOC}, 1.2 (ii): within 4 months of receiving report` },
      behaviours: [
        {
          code: 'verbal-abuse',
          source: `${DOC}, 1.2 (ii): abusive complaints or threatening behaviour`,
          decided:
            '1.2 (iii) lists "persistent threats or verbal abuse" as high. Threats are recorded as "violence" (threats of violence) and persistent abuse as "harassment", both high; one-off abuse stays medium, as 1.2 (ii) says.',
        },
        { code: 'noise-excessive', source: `${DOC}, 1.2 (ii): excessive noise, especially from an unusual use of the property` },
        {
          code: 'alcohol',
          source: `${DOC}, 1.2 (ii)`,
          decided:
            'The procedure does not mention alcohol. Placed with 1.2 (ii) "nuisance that directly affects the health and safety of a resident", as 003 places alcohol-related nuisance at Level 2.',
        },
        {
          code: 'prostitution',
          source: `${DOC}, 1.2 (ii)`,
          decided: 'The procedure does not mention prostitution. Placed at medium, as 003 places allegations of prostitution at Level 2.',
        },
        {
          code: 'criminal-behaviour',
          source: `${DOC}, 1.2 (ii)`,
          decided:
            'The procedure does not list other crime. Medium, so contact is within 2 working days; violence, drugs and hate crime are high on their own, and a risk of harm raises any case to high.',
        },
      ],
    },
    {
      level: 'low',
      label: 'Low-level ASB',
      shortLabel: 'low level',
      firstContact: { workingDays: 2, source: `${DOC}, 2.3` },
      resolution: { months: 2, source: `${DOC}, 1.2 (i): within 2 months of receiving report` },
      behaviours: [
        { code: 'noise-everyday', source: `${DOC}, 1.2 (i): intermittent noise from a normal use of the property, e.g. a loud television` },
        { code: 'neighbour-dispute', source: `${DOC}, 1.2 (i): neighbour disputes from a clash of lifestyles, without violence` },
        {
          code: 'animal-nuisance',
          source: `${DOC}, 1.2 (i)`,
          decided: 'The procedure does not mention animals. Low, like the other everyday nuisances in 1.2 (i) and as 003 places animal nuisance at Level 3.',
        },
        {
          code: 'vehicle-nuisance',
          source: `${DOC}, 1.2 (i)`,
          decided: 'The procedure does not mention vehicles. Low, as 003 places vehicle nuisance at Level 3.',
        },
        {
          code: 'garden-nuisance',
          source: `${DOC}, 1.2 (i)`,
          decided: 'The procedure does not mention gardens or rubbish. Low, as 003 places garden nuisance at Level 3.',
        },
        {
          code: 'communal-areas',
          source: `${DOC}, 5.1: circulars to schemes and estates for ASB in communal areas`,
          decided: 'The procedure names communal-area ASB only among actions (5.1). Low; a risk of harm or hate motive raises it.',
        },
        {
          code: 'other',
          source: `${DOC}, 3.1 and 3.6`,
          decided:
            'A behaviour the procedure does not list starts at low. The officer assesses and reclassifies it after first contact (3.1, 3.6); risk of harm and hate motive raise it at once.',
        },
      ],
    },
  ],
  riskOfHarm: {
    level: 'high',
    source: `${DOC}, 1.2 (iii) and 6.1`,
    decided:
      'The procedure has no separate rule for risk of harm. Violence and threats are high-level (1.2 (iii)) and anyone at risk must be protected (6.1), so any risk of personal harm makes the case high.',
  },
  outsideAsb: {
    behaviours: [],
    returnsWhen: ['affectsOthers', 'riskOfHarm', 'perceivedHate'],
    route: {
      id: 'not-asb',
      label: 'Not ASB under the procedure',
      officerAction: 'Explain why the report is not ASB and signpost the complainant to the right service.',
      tenantMessage: 'We will explain why we cannot deal with this under our ASB procedure and who can help.',
      source: `${DOC}, 1.1 definition of ASB`,
      decided: 'The procedure treats every report in its examples as ASB (1.2); nothing is placed outside it.',
    },
    source: `${DOC}, 1.1 and 1.2`,
  },
  routes: [
    {
      id: 'hate-crime',
      label: 'Hate crime: specialist support',
      officerAction:
        'Treat as high-level. Put the complainant in touch with specialist agencies. Consider security measures and, in the most severe cases, a transfer approved by the Operations Manager.',
      source: `${DOC}, 1.2 (iii), 1.3, 1.4, 6.2`,
    },
    {
      id: 'domestic-abuse',
      label: 'Domestic abuse: specialist support',
      officerAction:
        'Treat as high-level. Put the complainant in touch with specialist agencies. Consider a domestic violence injunction and, in severe cases, a transfer.',
      source: `${DOC}, 1.2 (iii), 1.4, 5.1, 6.2`,
    },
    {
      id: 'police',
      label: 'Police',
      officerAction: 'Ask whether the police know. Record any crime reference. Ask the police for statements if relevant.',
      source: `${DOC}, 4.3 and 5.2`,
    },
    {
      id: 'support-agency',
      label: 'Support agency',
      officerAction: 'Contact the appropriate support agency, such as Social Services or the Community Mental Health Team.',
      source: `${DOC}, 3.5 and 6.3`,
    },
    {
      id: 'safeguarding',
      label: 'Safeguarding',
      officerAction: 'Tell your manager the same day and follow the safeguarding procedure.',
      source: `${DOC}, 3.5 and 6.1`,
      decided: 'The procedure has no safeguarding section; 3.5 and 6.1 require support and protection for people at risk.',
    },
    {
      id: 'emergency',
      label: 'Emergency',
      officerAction: 'If anyone is in immediate danger, call 999 now.',
      source: `${DOC}, 6.1`,
      decided: 'Not in the procedure; added so no report of immediate danger waits for a working day.',
    },
  ],
  rules: [
    {
      id: 'hate-incident',
      when: { anyOf: [{ behaviourIn: ['hate-incident'] }, { hasAny: 'perceivedHate' }] },
      then: { flags: ['hate-incident'], routes: ['hate-crime', 'police'] },
      reason: 'A hate motive was reported, so Co-op Homes treats it as racial harassment or hate crime: high-level ASB.',
      source: `${DOC}, 1.2 (iii) and 6.2`,
    },
    {
      id: 'domestic-abuse',
      when: { anyOf: [{ behaviourIn: ['domestic-abuse'] }] },
      then: { flags: ['domestic-abuse'], routes: ['domestic-abuse'] },
      reason: 'Domestic violence is high-level ASB and needs specialist support.',
      source: `${DOC}, 1.2 (iii) and 6.2`,
    },
    {
      id: 'risk-of-harm',
      when: { anyOf: [{ field: 'riskOfHarm', is: true }] },
      then: {
        flags: ['risk-of-harm'],
        prompts: ['Consider extra support, such as security devices or repairs to make the home secure (1.3).'],
      },
      reason: 'Someone is at risk of harm, so all options to protect them must be considered.',
      source: `${DOC}, 1.3 and 6.1`,
    },
    {
      id: 'immediate-danger',
      when: { anyOf: [{ field: 'immediateDanger', is: true }] },
      then: { raiseTo: 'high', flags: ['risk-of-harm'], routes: ['emergency', 'police'] },
      reason: 'The report says someone is in immediate danger.',
      source: `${DOC}, 6.1`,
      decided: 'Immediate danger is a risk of harm at its most urgent.',
    },
    {
      id: 'crime',
      when: { anyOf: [{ behaviourIn: ['violence', 'drugs', 'criminal-behaviour', 'property-damage', 'prostitution'] }] },
      then: { flags: ['crime'], routes: ['police'] },
      reason: 'The behaviour may be a crime, so the police may need to be involved.',
      source: `${DOC}, 4.3 and 5.2`,
    },
    {
      id: 'vulnerable-reporter',
      when: { anyOf: [{ hasAny: 'vulnerabilities' }] },
      then: {
        flags: ['vulnerable-reporter'],
        routes: ['support-agency'],
        prompts: ['Complete a risk assessment with the complainant.'],
      },
      reason: 'The complainant may be vulnerable, so a support agency should be contacted.',
      source: `${DOC}, 3.5 and 6.3`,
    },
    {
      id: 'young-person',
      when: { anyOf: [{ field: 'youngPersonInvolved', is: true }] },
      then: {
        flags: ['young-person'],
        prompts: ['A young person aged 10 to 17 is involved: involve the parent or guardian and consider a Parental Control Agreement (5.1).'],
      },
      reason: 'A young person is involved, so a Parental Control Agreement may fit.',
      source: `${DOC}, 5.1`,
    },
    {
      id: 'safeguarding',
      when: { anyOf: [{ field: 'safeguardingConcern', is: true }] },
      then: { flags: ['safeguarding'], routes: ['safeguarding'] },
      reason: 'There is a safeguarding concern for a child or adult.',
      source: `${DOC}, 3.5 and 6.1`,
    },
  ],
  riskAssessment: asbAssistRiskAssessment,
  deadlines: [
    { id: 'first-contact', type: 'first-contact', label: 'Contact the complainant', completedBy: 'complainant-contacted', source: `${DOC}, 2.3 and Service Standards` },
    { id: 'appointment-offered', type: 'working-days-after-receipt', workingDays: 5, label: 'Offer an appointment to discuss the case', completedBy: 'appointment-offered', source: `${DOC}, 2.3` },
    {
      id: 'personal-interview',
      type: 'working-days-after-receipt',
      workingDays: 5,
      levels: ['high'],
      label: 'Hold a personal interview (home visit or office)',
      completedBy: 'interview-held',
      source: `${DOC}, 2.3: within 3 to 5 working days for high-level cases`,
    },
    { id: 'action-plan', type: 'working-days-after-receipt', workingDays: 5, label: 'Produce the action plan', completedBy: 'action-plan-produced', source: `${DOC}, 3.2` },
    { id: 'case-review', type: 'recurring', every: { workingDays: 10 }, label: 'Review the case', completedBy: 'case-reviewed', source: `${DOC}, 3.3 and Service Standards` },
    {
      id: 'complainant-update',
      type: 'recurring',
      every: { workingDays: 10 },
      label: 'Tell the complainant about the review and its outcome',
      completedBy: 'complainant-updated',
      source: `${DOC}, 3.3`,
      decided: '3.3 says the customer is informed of each review, so updates follow the 10-working-day review cycle.',
    },
    { id: 'manager-review', type: 'recurring', every: { months: 1 }, label: 'Housing Manager reviews and records progress', completedBy: 'manager-reviewed', source: `${DOC}, 3.4` },
    {
      id: 'resolution-target',
      type: 'months-after-receipt',
      months: { high: null, medium: 4, low: 2 },
      label: 'Resolve the case',
      completedBy: 'case-closed',
      source: `${DOC}, 1.2`,
    },
    { id: 'diary-sheets-returned', type: 'working-days-after-event', after: ['diary-sheets-sent'], workingDays: 10, label: 'Diary sheets back from the complainant', completedBy: 'diary-sheets-returned', source: `${DOC}, 2.4` },
    {
      id: 'case-log-updated',
      type: 'working-days-after-event',
      after: ['complainant-contacted', 'appointment-offered', 'interview-held', 'action-plan-produced', 'case-reviewed', 'perpetrator-interviewed', 'action-taken', 'closure-discussed'],
      workingDays: 2,
      label: 'Update the ASB case log and Omniledger Tenant Notes',
      completedBy: 'case-log-updated',
      source: `${DOC}, 2.5`,
    },
    { id: 'perpetrator-letter', type: 'working-days-after-event', after: ['perpetrator-interviewed'], workingDays: 5, label: 'Send the confirmation letter to the alleged perpetrator', completedBy: 'perpetrator-letter-sent', source: `${DOC}, 3.9` },
    { id: 'closure-confirmation', type: 'working-days-after-event', after: ['closure-discussed'], workingDays: 5, label: 'Confirm the closure outcome to the complainant in writing', completedBy: 'closure-confirmed-in-writing', source: `${DOC}, 8.2` },
    { id: 'closure-response-window', type: 'wait-after-event', after: ['closure-letter-sent'], workingDays: 5, label: 'Give the complainant at least 5 working days to reply before closing', completedBy: 'case-closed', source: `${DOC}, 8.2` },
    { id: 'perpetrator-closure-letter', type: 'working-days-after-event', after: ['closure-accepted'], workingDays: 5, label: 'Send the closure letter to the alleged perpetrator', completedBy: 'perpetrator-closure-letter-sent', source: `${DOC}, 8.3` },
  ],
  checklist: [
    { id: 'log-report', stage: 'report-and-record', label: 'Log the report on Omniledger Tenant Notes and the electronic ASB log', event: 'report-logged', source: `${DOC}, 2.2` },
    { id: 'open-file', stage: 'report-and-record', label: 'Open a secure paper ASB file, kept apart from the tenancy file', event: 'file-opened', source: `${DOC}, 2.3` },
    { id: 'contact-complainant', stage: 'first-contact', label: 'Contact the complainant', event: 'complainant-contacted', deadlines: ['first-contact'], source: `${DOC}, 2.3` },
    { id: 'offer-appointment', stage: 'first-contact', label: 'Offer an appointment to discuss the case', event: 'appointment-offered', deadlines: ['appointment-offered'], source: `${DOC}, 2.3` },
    { id: 'hold-interview', stage: 'first-contact', label: 'Hold a personal interview', event: 'interview-held', deadlines: ['personal-interview'], levels: ['high'], source: `${DOC}, 2.3` },
    { id: 'send-acknowledgement', stage: 'first-contact', label: 'Send the acknowledgement letter with the case reference and appointment', event: 'acknowledgement-sent', source: `${DOC}, 2.3` },
    { id: 'send-diary-sheets', stage: 'first-contact', label: 'Send the ASB information pack and diary sheets if needed', event: 'diary-sheets-sent', source: `${DOC}, 2.3 and 2.4` },
    { id: 'classify-case', stage: 'assessment', label: 'Confirm the level: high, medium or low', event: 'case-classified', source: `${DOC}, 3.1` },
    {
      id: 'risk-assessment',
      stage: 'assessment',
      label: 'Complete the risk and vulnerability assessment',
      event: 'risk-assessment-completed',
      source: `${DOC}, 1.3, 3.5 and 6.1`,
      decided: 'The procedure asks for support where there is risk or vulnerability but names no assessment; we make it a step.',
    },
    { id: 'support-referral', stage: 'assessment', label: 'Contact the appropriate support agency', event: 'support-referral-made', whenFlags: ['vulnerable-reporter', 'support-needed'], source: `${DOC}, 3.5 and 6.3` },
    { id: 'specialist-referral', stage: 'assessment', label: 'Put the complainant in touch with specialist agencies', event: 'specialist-referral-made', whenFlags: ['hate-incident', 'domestic-abuse'], source: `${DOC}, 6.2` },
    { id: 'produce-action-plan', stage: 'investigation', label: 'Produce the action plan and agree it with the complainant', event: 'action-plan-produced', deadlines: ['action-plan'], source: `${DOC}, 3.2` },
    { id: 'diary-sheets-back', stage: 'investigation', label: 'Get the diary sheets back', event: 'diary-sheets-returned', deadlines: ['diary-sheets-returned'], source: `${DOC}, 2.4` },
    { id: 'witness-statements', stage: 'investigation', label: 'Seek witness statements', event: 'witness-statements-sought', source: `${DOC}, 4.1 and 4.3` },
    { id: 'interview-perpetrator', stage: 'investigation', label: 'Interview the alleged perpetrator (with the complainant\u2019s agreement)', event: 'perpetrator-interviewed', source: `${DOC}, 3.7 and 3.8` },
    { id: 'perpetrator-letter', stage: 'investigation', label: 'Send the confirmation letter after the interview', event: 'perpetrator-letter-sent', deadlines: ['perpetrator-letter'], source: `${DOC}, 3.9` },
    { id: 'update-case-log', stage: 'investigation', label: 'Update the case log', event: 'case-log-updated', deadlines: ['case-log-updated'], source: `${DOC}, 2.5` },
    { id: 'agree-action', stage: 'action', label: 'Agree the action with the Housing Manager', event: 'action-agreed', source: `${DOC}, 5.1` },
    { id: 'take-action', stage: 'action', label: 'Take the agreed action and keep gathering evidence', event: 'action-taken', source: `${DOC}, 5.1 and 5.2` },
    { id: 'review-case', stage: 'review', label: 'Review the case', event: 'case-reviewed', deadlines: ['case-review'], source: `${DOC}, 3.3` },
    { id: 'update-complainant', stage: 'review', label: 'Tell the complainant the review outcome', event: 'complainant-updated', deadlines: ['complainant-update'], source: `${DOC}, 3.3` },
    { id: 'manager-review', stage: 'review', label: 'Housing Manager reviews progress', event: 'manager-reviewed', deadlines: ['manager-review'], source: `${DOC}, 3.4` },
    { id: 'closure-file-review', stage: 'closure', label: 'Housing Manager and officer review the whole file', event: 'closure-file-reviewed', source: `${DOC}, 8.1` },
    { id: 'discuss-closure', stage: 'closure', label: 'Explain the closure to the complainant and seek agreement', event: 'closure-discussed', source: `${DOC}, 8.2` },
    { id: 'confirm-closure', stage: 'closure', label: 'Confirm the outcome in writing', event: 'closure-confirmed-in-writing', deadlines: ['closure-confirmation'], source: `${DOC}, 8.2` },
    { id: 'closure-letter', stage: 'closure', label: 'If there was no contact, send a written explanation (at least 5 working days to reply)', event: 'closure-letter-sent', source: `${DOC}, 8.2` },
    { id: 'perpetrator-closure-letter', stage: 'closure', label: 'Send the closure letter to the alleged perpetrator', event: 'perpetrator-closure-letter-sent', deadlines: ['perpetrator-closure-letter'], source: `${DOC}, 8.3` },
    { id: 'close-case', stage: 'closure', label: 'Close the case and update the electronic ASB log', event: 'case-closed', deadlines: ['resolution-target', 'closure-response-window'], source: `${DOC}, 8.5` },
    { id: 'satisfaction-survey', stage: 'closure', label: 'Ask the Customer Service Team to send the satisfaction survey', event: 'survey-sent', source: `${DOC}, 8.6` },
  ],
  caseReview: {
    threshold: 3,
    windowMonths: 6,
    promptAtReport: 2,
    qualifyingWithinMonths: 1,
    source: `Anti-social Behaviour, Crime and Policing Act 2014, s.104; ${GUIDE}`,
    decided:
      'The procedure (written before the 2025 guidance) does not mention the Case Review. We use the statutory default of three complaints in six months; a council may set a lower local threshold, so set yours here. The 2025 guidance asks that the Case Review is explained to every victim at a second report within six months (promptAtReport 2), and counts a complaint made within one month of the incident.',
  },
  letters: {
    noMediation: {
      flags: ['hate-incident', 'domestic-abuse', 'violence'],
      behaviours: ['hate-incident', 'domestic-abuse', 'violence'],
      source: `${DOC}, 1.2 (iii), 1.4 and 6.2; 000 Habinteg (race-hate report, correct categories)`,
      decided:
        '5.1 lists mediation among informal actions without limits. Hate crime, domestic violence and violence are high-level cases with specialist routes (1.4, 6.2), and mediation would treat the person harmed as one side of a dispute, so no letter offers it there.',
    },
    confirmSafeToWrite: {
      flags: ['domestic-abuse'],
      behaviours: ['domestic-abuse'],
      source: `${DOC}, 1.4, 5.1 (Domestic Violence Injunction) and 6.2`,
      decided:
        'The procedure does not say how to write in a domestic abuse case. A letter may be read by the person causing harm at a shared address, so the officer confirms that writing there is safe.',
    },
  },
  signposts: [
    {
      id: 'asb-help',
      label: 'ASB Help',
      text: 'ASB Help is a charity that gives free advice about anti-social behaviour.',
      url: 'https://asbhelp.co.uk',
      source: '004 Homes in Sedgemoor review, recommendation o',
    },
    {
      id: 'case-review',
      label: 'ASB Case Review (Community Trigger)',
      text: 'If you have reported anti-social behaviour several times and feel nothing has been done, you can ask the council for an ASB Case Review.',
      url: 'https://asbhelp.co.uk/community-trigger-directory',
      source: '004 Homes in Sedgemoor review, recommendation m',
    },
  ],
} satisfies PolicyInput;
