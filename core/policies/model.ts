import type { PolicyInput } from '../policy/policy-schema.ts';
import { asbAssistRiskAssessment } from './asb-assist-risk-assessment.ts';

const COOP = '002 Co-op Homes procedure';
const PD = '003 Plus Dane policy';
const HAB = '000 Habinteg Ombudsman response';
const NET = '001 Network Homes lessons learned';
const HIS = '004 Homes in Sedgemoor scrutiny review';
const GUIDE = 'ASB Case Review statutory guidance (Home Office, 2025)';

/**
 * ASB Assist's recommended default policy, drawing on all five seeds: the harm-centred triage of
 * 003, the timescales of 002, and the lessons of 000 (never log hate as nuisance), 001 (regular
 * updates, consistent response times) and 004 (neutral words, mediation, the Case Review).
 * "Example Homes" is a fictional landlord: put your own name, region and contact details here.
 */
export const model = {
  id: 'model',
  landlord: 'Example Homes',
  title: 'ASB Assist model anti-social behaviour policy',
  region: 'england-and-wales',
  source: 'ASB Assist model policy, drawing on seeds 000-004',
  contact: { phone: '0300 000 0000', email: 'asb@example.org', website: 'https://example.org' },
  terms: {
    complainant: 'complainant',
    reportedPersonTenant: 'the person you reported',
    reportedPersonOfficer: 'alleged perpetrator',
    source: `${HIS}, recommendation g: "complainant" and "person being complained about" / "alleged perpetrator"`,
  },
  levels: [
    {
      level: 'high',
      label: 'Level 1 High Risk',
      shortLabel: 'high risk',
      firstContact: { workingDays: 1, source: `${PD}, Reporting ASB table; ${COOP}, 2.3` },
      resolution: { months: null, source: `${COOP}, 1.2 (iii): no fixed timescale for high-level cases` },
      behaviours: [
        { code: 'violence', source: `${PD}, Reporting ASB table; ${COOP}, 1.2 (iii)` },
        { code: 'hate-incident', source: `${PD}, 4.4 Hate Crime; ${COOP}, 1.2 (iii); ${HAB}` },
        { code: 'domestic-abuse', source: `${PD}, Reporting ASB table; ${COOP}, 1.2 (iii)` },
        {
          code: 'harassment',
          source: `${COOP}, 1.2 (iii)`,
          decided: '003 is silent on harassment; 002 places it high, and it harms people like threats do.',
        },
      ],
    },
    {
      level: 'medium',
      label: 'Level 2 Medium Risk',
      shortLabel: 'medium risk',
      firstContact: {
        workingDays: 2,
        source: `${COOP}, 2.3`,
        decided: '002 gives 2 working days and 003 gives 3; we take the quicker, since 001 found slow and uneven responses.',
      },
      resolution: { months: 4, source: `${COOP}, 1.2 (ii)` },
      behaviours: [
        { code: 'verbal-abuse', source: `${PD}, Reporting ASB table; ${COOP}, 1.2 (ii)` },
        { code: 'drugs', source: `${PD}, Reporting ASB table (drug production)`, decided: '002 places drugs high, 003 at Level 2. Level 2: risk of harm raises any case to Level 1.' },
        { code: 'alcohol', source: `${PD}, Reporting ASB table` },
        { code: 'prostitution', source: `${PD}, Reporting ASB table` },
        {
          code: 'property-damage',
          source: `${COOP}, 1.2 (iii)`,
          decided: '002 places damage high; 003 is silent. Level 2: damage harms property, not people; threats to people are "violence", which is Level 1.',
        },
        { code: 'criminal-behaviour', source: `${PD}, 5.1 (Ground 14) and 16.5`, decided: 'Neither seed places other crime; Level 2, with the offences 003 names there.' },
        { code: 'noise-excessive', source: `${COOP}, 1.2 (ii): excessive noise from an unusual use of the property` },
      ],
    },
    {
      level: 'low',
      label: 'Level 3 Low Risk',
      shortLabel: 'low risk',
      firstContact: {
        workingDays: 3,
        source: `${COOP}, 2.3; ${PD}, Reporting ASB table`,
        decided: '002 gives 2 working days and 003 gives 5. We use 3: still within the week, leaving officers room to put Level 1 and 2 cases first.',
      },
      resolution: { months: 2, source: `${COOP}, 1.2 (i)` },
      behaviours: [
        { code: 'animal-nuisance', source: `${PD}, Reporting ASB table` },
        { code: 'vehicle-nuisance', source: `${PD}, Reporting ASB table` },
        { code: 'garden-nuisance', source: `${PD}, Reporting ASB table` },
        { code: 'communal-areas', source: `${COOP}, 5.1`, decided: 'Neither seed places misuse of shared areas; low, like the other nuisances around the home.' },
        { code: 'other', source: `${COOP}, 3.6; ${PD}, Reporting ASB`, decided: 'An unlisted behaviour starts low and is re-categorised once assessed; risk of harm and hate raise it at once.' },
      ],
    },
  ],
  riskOfHarm: { level: 'high', source: `${PD}, Reporting ASB table: risk of personal harm is Level 1` },
  outsideAsb: {
    behaviours: [
      {
        code: 'noise-everyday',
        levelIfAsb: 'low',
        source: `${PD}, 6 Noise and 15.1 Good Neighbour Management; ${COOP}, 1.2 (i)`,
        decided: '002 calls everyday noise low-level ASB; we follow 003 and use the good-neighbour route, with mediation, as 004 recommends.',
      },
      {
        code: 'neighbour-dispute',
        levelIfAsb: 'low',
        source: `${PD}, Neighbour Disputes; ${HIS}, recommendations s-u (mediation)`,
      },
    ],
    returnsWhen: ['affectsOthers', 'riskOfHarm', 'perceivedHate'],
    route: {
      id: 'good-neighbour',
      label: 'Good neighbour and mediation',
      officerAction:
        'Handle under the good-neighbour procedure. Tell the complainant clearly that it is not being handled as ASB, and why. Offer mediation to both sides.',
      tenantMessage:
        'We will not deal with this as anti-social behaviour, but we will still help. We will give you advice and can offer mediation, where someone neutral helps you and your neighbour talk it through.',
      source: `${PD}, Neighbour Disputes and 15.1; ${HIS}, recommendation s`,
    },
    source: `${PD}, Neighbour Disputes; 6 Noise`,
  },
  routes: [
    { id: 'hate-crime-policy', label: 'Hate Crime policy', officerAction: 'Manage as Level 1 under the Hate Crime policy. Check the category is recorded as a hate incident, not nuisance.', source: `${PD}, 4.4; ${HAB}` },
    { id: 'domestic-abuse-policy', label: 'Domestic Abuse policy', officerAction: 'Manage with the Domestic Abuse policy. Offer specialist support.', source: `${PD}, 4.3; ${COOP}, 6.2` },
    { id: 'safeguarding-policy', label: 'Safeguarding policy', officerAction: 'Raise a safeguarding concern today. Safeguarding overrides confidentiality; record everything.', source: `${PD}, 11 Safeguarding; ${HAB} (closer link between ASB and safeguarding)` },
    { id: 'police', label: 'Police', officerAction: 'Ask if the police know and record the crime reference. Our action supports police action.', source: `${PD}, 16.5; ${COOP}, 4.3` },
    { id: 'support', label: 'Support referral', officerAction: 'Complete the risk assessment and offer a referral to a support agency.', source: `${PD}, 6.1; ${COOP}, 3.5 and 6.3` },
    { id: 'young-people', label: 'Young people', officerAction: 'Involve the parent or guardian; consider an Acceptable Behaviour or Parenting Agreement.', source: `${PD}, 12 Young People; ${COOP}, 5.1` },
    { id: 'emergency', label: 'Emergency', officerAction: 'If anyone is in immediate danger, call 999 now.', source: `${PD}, 16.5`, decided: 'Not in the seeds; no report of immediate danger should wait for a working day.' },
  ],
  rules: [
    {
      id: 'hate-incident',
      when: { anyOf: [{ behaviourIn: ['hate-incident'] }, { hasAny: 'perceivedHate' }] },
      then: {
        flags: ['hate-incident'],
        routes: ['hate-crime-policy', 'support'],
        prompts: ['Record the category as a hate incident, never as nuisance.', 'Complete a risk assessment.'],
      },
      reason: 'A hate motive is perceived by the reporter or someone else, so this is a hate incident.',
      source: `${PD}, 4.4 Hate Crime; ${HAB}`,
    },
    {
      id: 'domestic-abuse',
      when: { anyOf: [{ behaviourIn: ['domestic-abuse'] }] },
      then: { flags: ['domestic-abuse'], routes: ['domestic-abuse-policy', 'support'] },
      reason: 'The report describes domestic abuse.',
      source: `${PD}, 4.3 Domestic Abuse`,
    },
    {
      id: 'risk-of-harm',
      when: { anyOf: [{ field: 'riskOfHarm', is: true }] },
      then: { flags: ['risk-of-harm'], routes: ['support'], prompts: ['Consider security measures to make the home safer.'] },
      reason: 'Someone is at risk of personal harm.',
      source: `${PD}, Reporting ASB table; ${COOP}, 1.3`,
    },
    {
      id: 'immediate-danger',
      when: { anyOf: [{ field: 'immediateDanger', is: true }] },
      then: { raiseTo: 'high', flags: ['risk-of-harm'], routes: ['emergency', 'police'] },
      reason: 'The report says someone is in immediate danger.',
      source: `${PD}, Reporting ASB table`,
      decided: 'Immediate danger is a risk of personal harm at its most urgent.',
    },
    {
      id: 'crime',
      when: { anyOf: [{ behaviourIn: ['violence', 'drugs', 'criminal-behaviour', 'property-damage', 'prostitution'] }] },
      then: { flags: ['crime'], routes: ['police'] },
      reason: 'The behaviour may be a crime, so the police should be involved.',
      source: `${PD}, 16.5 Other Crime`,
    },
    {
      id: 'vulnerable-reporter',
      when: { anyOf: [{ hasAny: 'vulnerabilities' }] },
      then: { flags: ['vulnerable-reporter'], routes: ['support'], prompts: ['A risk assessment is due.'] },
      reason: 'The reporter may be vulnerable, so a risk assessment is due.',
      source: `${PD}, 6.1; ${COOP}, 3.5`,
    },
    {
      id: 'young-person',
      when: { anyOf: [{ field: 'youngPersonInvolved', is: true }] },
      then: { flags: ['young-person'], routes: ['young-people'] },
      reason: 'A young person aged 10 to 17 is involved.',
      source: `${PD}, 12 Young People`,
    },
    {
      id: 'safeguarding',
      when: { anyOf: [{ field: 'safeguardingConcern', is: true }] },
      then: { flags: ['safeguarding'], routes: ['safeguarding-policy'] },
      reason: 'There is a safeguarding concern for a child or adult.',
      source: `${PD}, 11 Safeguarding`,
    },
  ],
  riskAssessment: asbAssistRiskAssessment,
  deadlines: [
    { id: 'first-contact', type: 'first-contact', label: 'Contact the complainant', completedBy: 'complainant-contacted', source: `${PD}, Reporting ASB table; ${COOP}, 2.3` },
    {
      id: 'acknowledgement',
      type: 'working-days-after-event',
      after: ['complainant-contacted'],
      workingDays: 2,
      label: 'Send the acknowledgement letter',
      completedBy: 'acknowledgement-sent',
      source: `${COOP}, 2.3`,
      decided: '002 sends the letter after contact without a number; 2 working days keeps it with the contact.',
    },
    { id: 'appointment-offered', type: 'working-days-after-receipt', workingDays: 5, label: 'Offer an appointment to discuss the case', completedBy: 'appointment-offered', source: `${COOP}, 2.3` },
    { id: 'personal-interview', type: 'working-days-after-receipt', workingDays: 5, levels: ['high'], label: 'Hold a personal interview', completedBy: 'interview-held', source: `${COOP}, 2.3` },
    { id: 'action-plan', type: 'working-days-after-receipt', workingDays: 5, label: 'Agree the action plan with the complainant', completedBy: 'action-plan-produced', source: `${COOP}, 3.2; ${PD}, Reporting ASB` },
    {
      id: 'risk-assessment',
      type: 'working-days-after-receipt',
      workingDays: 5,
      whenFlags: ['vulnerable-reporter', 'hate-incident', 'domestic-abuse', 'risk-of-harm'],
      label: 'Complete the risk assessment',
      completedBy: 'risk-assessment-completed',
      source: `${PD}, 6.1 (at the initial interview)`,
      decided: 'The initial interview falls within 5 working days (002, 2.3), so the assessment does too.',
    },
    { id: 'case-review', type: 'recurring', every: { workingDays: 10 }, label: 'Review the case', completedBy: 'case-reviewed', source: `${COOP}, 3.3` },
    {
      id: 'complainant-update',
      type: 'recurring',
      every: { workingDays: 10 },
      label: 'Update the complainant',
      completedBy: 'complainant-updated',
      source: `${NET} (regular progress updates); ${HIS}, recommendation k; ${COOP}, 3.3`,
    },
    { id: 'manager-review', type: 'recurring', every: { months: 1 }, label: 'Manager reviews the case', completedBy: 'manager-reviewed', source: `${COOP}, 3.4; ${HAB} (every logged incident checked)` },
    { id: 'resolution-target', type: 'months-after-receipt', months: { high: null, medium: 4, low: 2 }, label: 'Resolve the case', completedBy: 'case-closed', source: `${COOP}, 1.2` },
    { id: 'diary-sheets-returned', type: 'working-days-after-event', after: ['diary-sheets-sent'], workingDays: 10, label: 'Diary sheets back from the complainant', completedBy: 'diary-sheets-returned', source: `${COOP}, 2.4` },
    {
      id: 'case-log-updated',
      type: 'working-days-after-event',
      after: ['complainant-contacted', 'appointment-offered', 'interview-held', 'action-plan-produced', 'case-reviewed', 'perpetrator-interviewed', 'action-taken', 'closure-discussed'],
      workingDays: 2,
      label: 'Update the case log',
      completedBy: 'case-log-updated',
      source: `${COOP}, 2.5`,
    },
    { id: 'perpetrator-letter', type: 'working-days-after-event', after: ['perpetrator-interviewed'], workingDays: 5, label: 'Send the letter to the alleged perpetrator after the interview', completedBy: 'perpetrator-letter-sent', source: `${COOP}, 3.9` },
    { id: 'closure-confirmation', type: 'working-days-after-event', after: ['closure-discussed'], workingDays: 5, label: 'Confirm the closure to the complainant in writing', completedBy: 'closure-confirmed-in-writing', source: `${COOP}, 8.2` },
    { id: 'closure-response-window', type: 'wait-after-event', after: ['closure-letter-sent'], workingDays: 5, label: 'Give the complainant at least 5 working days to reply before closing', completedBy: 'case-closed', source: `${COOP}, 8.2` },
    { id: 'perpetrator-closure-letter', type: 'working-days-after-event', after: ['closure-accepted'], workingDays: 5, label: 'Send the closure letter to the alleged perpetrator', completedBy: 'perpetrator-closure-letter-sent', source: `${COOP}, 8.3` },
  ],
  checklist: [
    { id: 'log-report', stage: 'report-and-record', label: 'Log the report with the right category (a hate incident is never "nuisance")', event: 'report-logged', source: `${HAB}; ${COOP}, 2.2` },
    { id: 'manager-check', stage: 'report-and-record', label: 'Manager checks the category and first actions', event: 'category-checked', source: `${HAB} (every ASB incident logged is checked)` },
    { id: 'contact-complainant', stage: 'first-contact', label: 'Contact the complainant', event: 'complainant-contacted', deadlines: ['first-contact'], source: `${PD}, Reporting ASB table` },
    { id: 'send-acknowledgement', stage: 'first-contact', label: 'Send the acknowledgement letter', event: 'acknowledgement-sent', deadlines: ['acknowledgement'], source: `${COOP}, 2.3` },
    { id: 'offer-appointment', stage: 'first-contact', label: 'Offer an appointment', event: 'appointment-offered', deadlines: ['appointment-offered'], source: `${COOP}, 2.3` },
    { id: 'hold-interview', stage: 'first-contact', label: 'Hold a personal interview', event: 'interview-held', deadlines: ['personal-interview'], levels: ['high'], source: `${COOP}, 2.3` },
    { id: 'explain-route', stage: 'first-contact', label: 'Explain how the report will be handled and what to expect', event: 'route-explained', source: `${PD}, 15.1; ${NET} (honest and realistic expectations)` },
    { id: 'risk-assessment', stage: 'assessment', label: 'Complete the risk and vulnerability assessment', event: 'risk-assessment-completed', deadlines: ['risk-assessment'], source: `${PD}, 6.1` },
    { id: 'support-referral', stage: 'assessment', label: 'Offer a referral to a support agency', event: 'support-referral-made', whenFlags: ['vulnerable-reporter', 'support-needed', 'risk-of-harm'], source: `${PD}, 6.1; ${COOP}, 3.5` },
    { id: 'safeguarding-referral', stage: 'assessment', label: 'Raise the safeguarding concern', event: 'safeguarding-referral-made', whenFlags: ['safeguarding'], source: `${PD}, 11` },
    { id: 'police-informed', stage: 'assessment', label: 'Check the police know and record the crime reference', event: 'police-informed', whenFlags: ['crime', 'hate-incident'], source: `${PD}, 16.5` },
    { id: 'agree-action-plan', stage: 'investigation', label: 'Agree the action plan with the complainant', event: 'action-plan-produced', deadlines: ['action-plan'], source: `${COOP}, 3.2` },
    { id: 'send-diary-sheets', stage: 'investigation', label: 'Send diary sheets and suggest a recording app', event: 'diary-sheets-sent', source: `${COOP}, 2.4; ${HIS}, recommendation n` },
    { id: 'diary-sheets-back', stage: 'investigation', label: 'Get the diary sheets back', event: 'diary-sheets-returned', deadlines: ['diary-sheets-returned'], source: `${COOP}, 2.4` },
    { id: 'interview-perpetrator', stage: 'investigation', label: 'Interview the alleged perpetrator and consider their support needs', event: 'perpetrator-interviewed', source: `${COOP}, 3.7; ${PD}, 6.2; ${HIS}, recommendation h` },
    { id: 'perpetrator-letter', stage: 'investigation', label: 'Send the letter after the interview', event: 'perpetrator-letter-sent', deadlines: ['perpetrator-letter'], source: `${COOP}, 3.9` },
    { id: 'update-case-log', stage: 'investigation', label: 'Update the case log', event: 'case-log-updated', deadlines: ['case-log-updated'], source: `${COOP}, 2.5` },
    { id: 'offer-mediation', stage: 'action', label: 'Offer mediation where both sides may agree', event: 'mediation-offered', source: `${HIS}, recommendation s; ${PD}, 15.1` },
    { id: 'take-action', stage: 'action', label: 'Take proportionate action and record the reasons', event: 'action-taken', source: `${PD}, 15; ${NET} (clear triggers for court action)` },
    { id: 'review-case', stage: 'review', label: 'Review the case', event: 'case-reviewed', deadlines: ['case-review'], source: `${COOP}, 3.3` },
    { id: 'update-complainant', stage: 'review', label: 'Update the complainant (text, email or call)', event: 'complainant-updated', deadlines: ['complainant-update'], source: `${HIS}, recommendation k` },
    { id: 'manager-review', stage: 'review', label: 'Manager reviews the case', event: 'manager-reviewed', deadlines: ['manager-review'], source: `${COOP}, 3.4` },
    { id: 'explain-case-review', stage: 'review', label: 'Explain the ASB Case Review (Community Trigger)', event: 'case-review-explained', source: `${HIS}, recommendation m` },
    { id: 'discuss-closure', stage: 'closure', label: 'Talk to the complainant about closing the case', event: 'closure-discussed', source: `${COOP}, 8.2; ${PD}, 20` },
    { id: 'confirm-closure', stage: 'closure', label: 'Confirm the closure in writing', event: 'closure-confirmed-in-writing', deadlines: ['closure-confirmation'], source: `${COOP}, 8.2` },
    { id: 'closure-letter', stage: 'closure', label: 'If there was no contact, send a closure letter (at least 5 working days to reply)', event: 'closure-letter-sent', source: `${COOP}, 8.2` },
    { id: 'perpetrator-closure-letter', stage: 'closure', label: 'Send the closure letter to the alleged perpetrator', event: 'perpetrator-closure-letter-sent', deadlines: ['perpetrator-closure-letter'], source: `${COOP}, 8.3` },
    { id: 'close-case', stage: 'closure', label: 'Close the case', event: 'case-closed', deadlines: ['resolution-target', 'closure-response-window'], source: `${COOP}, 8.5; ${PD}, 20` },
    { id: 'satisfaction-survey', stage: 'closure', label: 'Send the satisfaction survey', event: 'survey-sent', source: `${COOP}, 8.6` },
  ],
  caseReview: {
    threshold: 3,
    windowMonths: 6,
    promptAtReport: 2,
    qualifyingWithinMonths: 1,
    source: `Anti-social Behaviour, Crime and Policing Act 2014, s.104; ${GUIDE}; ${HIS}, recommendation m`,
    decided:
      'The statutory default: three complaints in six months. A council may set a lower local threshold: change threshold here. The seeds predate the 2025 guidance, which asks that the Case Review is explained to every victim at a second report within six months (promptAtReport 2) and counts a complaint made within one month of the incident.',
  },
  letters: {
    noMediation: {
      flags: ['hate-incident', 'domestic-abuse', 'violence'],
      behaviours: ['hate-incident', 'domestic-abuse', 'violence'],
      source: `${PD}, 4.3, 4.4 and Neighbour Disputes ("a clear victim"); ${COOP}, 1.4 and 6.2; ${HAB}`,
      decided: 'Mediation treats the person harmed as one side of a dispute, so no letter offers it in hate, domestic abuse or violence cases.',
    },
    confirmSafeToWrite: {
      flags: ['domestic-abuse'],
      behaviours: ['domestic-abuse'],
      source: `${PD}, 4.3 Domestic Abuse; ${COOP}, 6.2`,
      decided: 'A letter may be read by the person causing harm at a shared address, so the officer confirms that writing there is safe.',
    },
  },
  signposts: [
    { id: 'asb-help', label: 'ASB Help', text: 'ASB Help is a charity that gives free advice about anti-social behaviour.', url: 'https://asbhelp.co.uk', source: `${HIS}, recommendation o` },
    {
      id: 'case-review',
      label: 'ASB Case Review (Community Trigger)',
      text: 'If you have reported anti-social behaviour several times and feel nothing has been done, you can ask the council for an ASB Case Review.',
      url: 'https://asbhelp.co.uk/community-trigger-directory',
      source: `${HIS}, recommendation m`,
    },
    { id: 'mediation', label: 'Mediation', text: 'Mediation helps neighbours talk things through with someone neutral. We can refer you.', source: `${HIS}, recommendation s` },
    { id: 'police', label: 'Police', text: 'In an emergency call 999. To report a crime that is not an emergency call 101.', source: `${PD}, 16.5` },
  ],
} satisfies PolicyInput;
