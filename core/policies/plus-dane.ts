import type { PolicyInput } from '../policy/policy-schema.ts';
import { asbAssistRiskAssessment } from './asb-assist-risk-assessment.ts';

const DOC = '003 Plus Dane policy';
const TABLE = `${DOC}, Reporting ASB table`;
const GUIDE = 'ASB Case Review statutory guidance (Home Office, 2025)';

/**
 * Plus Dane Housing Anti-Social Behaviour Policy NEI-POL-04-03 (seed `003_6dfaa1df9fe6fd61.txt`),
 * as data. Section names follow the policy's headings (its numbering is inconsistent).
 */
export const plusDane = {
  id: 'plus-dane',
  landlord: 'Plus Dane Housing',
  title: 'Plus Dane Housing Anti-Social Behaviour Policy (NEI-POL-04-03)',
  region: 'england-and-wales',
  source: `${DOC} (seed 003_6dfaa1df9fe6fd61.txt)`,
  contact: { phone: '0800 169 2988', email: 'customer@plusdane.co.uk', website: 'https://www.plusdane.co.uk' },
  terms: {
    complainant: 'complainant',
    reportedPersonTenant: 'the person you reported',
    reportedPersonOfficer: 'alleged perpetrator',
    source: `${DOC}, 4.2 Other definitions ("complainant" for a victim, witness or reporter); 004 recommendation g`,
  },
  levels: [
    {
      level: 'high',
      label: 'Level 1 High Risk',
      shortLabel: 'high risk',
      firstContact: { workingDays: 1, source: `${TABLE}: within 1 working day of receiving the report` },
      resolution: { months: null, source: `${DOC}, 20 Closing Cases: there is no set time frame for closing a case` },
      behaviours: [
        { code: 'violence', source: `${TABLE}: threats of or actual violence` },
        { code: 'domestic-abuse', source: `${TABLE}: domestic abuse; 4.3 Domestic Abuse` },
        { code: 'hate-incident', source: `${TABLE}: hate crime; 4.4 Hate Crime: dealt with as high-risk cases` },
        {
          code: 'harassment',
          source: `${TABLE}`,
          decided:
            'The policy does not place harassment. Level 1, because harassment causes personal harm and alarm like threats of violence, and tenancy conditions ("Expectations of our customers") forbid harassment alongside menacing and violent behaviour.',
        },
      ],
    },
    {
      level: 'medium',
      label: 'Level 2 Medium Risk',
      shortLabel: 'medium risk',
      firstContact: { workingDays: 3, source: `${TABLE}: within 3 working days of receiving the report` },
      resolution: { months: null, source: `${DOC}, 20 Closing Cases: there is no set time frame for closing a case` },
      behaviours: [
        {
          code: 'drugs',
          source: `${TABLE}: drug production`,
          decided: 'The table names drug production; drug use and dealing are placed with it at Level 2.',
        },
        { code: 'verbal-abuse', source: `${TABLE}: verbal abuse` },
        { code: 'alcohol', source: `${TABLE}: alcohol related nuisance` },
        { code: 'prostitution', source: `${TABLE}: allegations of prostitution` },
        {
          code: 'criminal-behaviour',
          source: `${DOC}, 5.1 Definition of ASB (Ground 14: a criminal offence in the locality) and 16.5 Other Crime`,
          decided: 'The table does not place other crime. Level 2, with the drug and prostitution offences it names there.',
        },
        {
          code: 'property-damage',
          source: `${TABLE}`,
          decided:
            'The table does not place damage. Level 2: it is a crime but not harm to a person; a risk of personal harm raises it to Level 1.',
        },
      ],
    },
    {
      level: 'low',
      label: 'Level 3 Low Risk',
      shortLabel: 'low risk',
      firstContact: { workingDays: 5, source: `${TABLE}: within 5 working days of receiving the report` },
      resolution: { months: null, source: `${DOC}, 20 Closing Cases: there is no set time frame for closing a case` },
      behaviours: [
        { code: 'noise-excessive', source: `${TABLE}: unreasonable noise; 6 Noise` },
        { code: 'animal-nuisance', source: `${TABLE}: animal nuisance` },
        { code: 'vehicle-nuisance', source: `${TABLE}: vehicle nuisance` },
        { code: 'garden-nuisance', source: `${TABLE}: garden nuisance` },
        {
          code: 'communal-areas',
          source: `${TABLE}`,
          decided: 'The table does not place misuse of shared areas. Level 3, with the other nuisances to the home and its surroundings.',
        },
        {
          code: 'other',
          source: `${DOC}, Reporting ASB: "A case may be re-categorised"`,
          decided: 'A behaviour the policy does not list starts at Level 3 and is re-categorised once assessed; risk of harm and hate raise it at once.',
        },
      ],
    },
  ],
  riskOfHarm: { level: 'high', source: `${TABLE}: Level 1 High Risk, risk of personal harm` },
  outsideAsb: {
    behaviours: [
      {
        code: 'neighbour-dispute',
        levelIfAsb: 'low',
        alsoReturnsWhen: ['clearVictim'],
        source: `${DOC}, Neighbour Disputes: "we are unlikely to categorise this as ASB. Exceptions would occur where there is a clear victim in the situation, or where the behaviour of the parties in dispute is affecting the wider community"`,
        decided: 'When a dispute comes under the policy (a clear victim, or it affects the wider community) it starts at Level 3; risk of harm or hate raises it.',
      },
      {
        code: 'noise-everyday',
        levelIfAsb: 'low',
        source: `${DOC}, 6 Noise ("not all noise constitutes a nuisance") and 15.1 Good Neighbour Management (noise)`,
        decided:
          'The policy places "unreasonable noise" at Level 3 and sends noise that is not a nuisance to Good Neighbour Management, by a triage method it does not publish. Everyday living noise (TV, footsteps, children, daytime DIY) is not unreasonable on its own, so it goes to Good Neighbour Management, unless it affects others, puts someone at risk or has a hate motive, or the rule "everyday-noise-at-night" finds it happens most nights.',
      },
    ],
    returnsWhen: ['affectsOthers', 'riskOfHarm', 'perceivedHate'],
    route: {
      id: 'good-neighbour',
      label: 'Good Neighbour Management',
      officerAction:
        'Handle under the Good Neighbour Management procedure. Tell the customer clearly that it is not being dealt with under the ASB policy. Offer mediation where it may help.',
      tenantMessage:
        'We will deal with this under our Good Neighbour Management procedure, not our anti-social behaviour policy. We will give you advice, and we may suggest mediation to help you and your neighbour sort it out.',
      source: `${DOC}, Neighbour Disputes and 15.1 Informal action ("Customers will be clearly told...")`,
    },
    source: `${DOC}, Neighbour Disputes; 6 Noise; 15.1 Informal action`,
  },
  routes: [
    {
      id: 'hate-crime-policy',
      label: 'Hate Crime Policy',
      officerAction: 'Manage as a Level 1 high-risk case under the Hate Crime Policy.',
      source: `${DOC}, 4.4 Hate Crime`,
    },
    {
      id: 'domestic-abuse-policy',
      label: 'Domestic Abuse Policy',
      officerAction: 'Read with the Domestic Abuse Policy; ask a Community Safety colleague trained in both to check the category.',
      source: `${DOC}, 4.3 Domestic Abuse`,
    },
    {
      id: 'safeguarding-policy',
      label: 'Safeguarding Policy',
      officerAction: 'Act under the Safeguarding Policy. Safeguarding overrides confidentiality; record everything.',
      source: `${DOC}, 11 Safeguarding; 18 Information Sharing`,
    },
    {
      id: 'police',
      label: 'Police',
      officerAction: 'Ask the reporter to report the crime to the police; our action supports police action, it does not replace it.',
      source: `${DOC}, 16.5 Other Crime`,
    },
    {
      id: 'support',
      label: 'Support and vulnerability',
      officerAction: 'Complete the full risk assessment and refer for support where needed.',
      source: `${DOC}, 6.1 Victim Support / Vulnerability`,
    },
    {
      id: 'young-people',
      label: 'Young people',
      officerAction: 'Engage the young person\u2019s parent or guardian; consider action against the parent or guardian where the young person is in their care.',
      source: `${DOC}, 12 Young People`,
    },
    {
      id: 'vexatious-framework',
      label: 'Unreasonable and Vexatious Behaviour Framework',
      officerAction:
        'Check the facts fairly before acting. If reports are malicious, or keep raising issues we have explained we do not deal with, act proportionately under the Unreasonable and Vexatious Behaviour Framework.',
      source: `${DOC}, Reporting ASB ("We take malicious reporting very seriously") and 20 Closing Cases`,
    },
    {
      id: 'emergency',
      label: 'Emergency',
      officerAction: 'If anyone is in immediate danger, call 999 now.',
      source: `${DOC}, 16.5 Other Crime`,
      decided: 'Not in the policy; added so no report of immediate danger waits for a working day.',
    },
  ],
  rules: [
    {
      id: 'hate-incident',
      when: { anyOf: [{ behaviourIn: ['hate-incident'] }, { hasAny: 'perceivedHate' }] },
      then: {
        flags: ['hate-incident'],
        routes: ['hate-crime-policy', 'support'],
        prompts: ['Complete a risk assessment: the reporter may belong to a group at greater risk of ASB (6.1).'],
      },
      reason:
        'Someone perceives a hate motive. The Government definition of hate crime counts the perception of the victim or anyone else, so this is a hate incident.',
      source: `${DOC}, 4.4 Hate Crime and 6.1`,
    },
    {
      id: 'domestic-abuse',
      when: { anyOf: [{ behaviourIn: ['domestic-abuse'] }] },
      then: { flags: ['domestic-abuse'], routes: ['domestic-abuse-policy'] },
      reason: 'The report appears to stem from domestic abuse.',
      source: `${DOC}, 4.3 Domestic Abuse`,
    },
    {
      id: 'risk-of-harm',
      when: { anyOf: [{ field: 'riskOfHarm', is: true }] },
      then: { flags: ['risk-of-harm'], routes: ['support'] },
      reason: 'Someone is at risk of personal harm.',
      source: TABLE,
    },
    {
      id: 'immediate-danger',
      when: { anyOf: [{ field: 'immediateDanger', is: true }] },
      then: { raiseTo: 'high', flags: ['risk-of-harm'], routes: ['emergency', 'police'] },
      reason: 'The report says someone is in immediate danger.',
      source: TABLE,
      decided: 'Immediate danger is a risk of personal harm at its most urgent.',
    },
    {
      id: 'crime',
      when: { anyOf: [{ behaviourIn: ['violence', 'drugs', 'criminal-behaviour', 'property-damage', 'prostitution'] }] },
      then: {
        flags: ['crime'],
        routes: ['police'],
        prompts: ['We may close the case if the reporter will not engage with the police (16.5).'],
      },
      reason: 'The behaviour may be a crime: our action is in support of police action, not in place of it.',
      source: `${DOC}, 16.5 Other Crime`,
    },
    {
      id: 'vulnerable-reporter',
      when: { anyOf: [{ hasAny: 'vulnerabilities' }] },
      then: {
        flags: ['vulnerable-reporter'],
        routes: ['support'],
        prompts: ['Complete the full risk assessment of the person making the report.'],
      },
      reason: 'The reporter may be vulnerable, so a risk assessment is due.',
      source: `${DOC}, 6.1 Victim Support / Vulnerability`,
    },
    {
      id: 'young-person',
      when: { anyOf: [{ field: 'youngPersonInvolved', is: true }] },
      then: { flags: ['young-person'], routes: ['young-people'] },
      reason: 'A young person aged 10 to 17 is involved.',
      source: `${DOC}, 12 Young People`,
    },
    {
      id: 'safeguarding',
      when: { anyOf: [{ field: 'safeguardingConcern', is: true }] },
      then: { flags: ['safeguarding'], routes: ['safeguarding-policy'] },
      reason: 'There is a safeguarding concern for a child or adult.',
      source: `${DOC}, 11 Safeguarding`,
    },
    {
      id: 'anonymous',
      when: { anyOf: [{ field: 'anonymous', is: true }] },
      then: {
        flags: ['anonymous'],
        prompts: ['Anonymous report: there is no one to contact, so there is no first-contact target. Our enquiries may be limited by what the report tells us (4.2).'],
      },
      reason: 'Anonymous reports are accepted, but there is no reporter to contact or update.',
      source: `${DOC}, 4.2 Other definitions: "we accept anonymous complaints but our enquiries and investigations may be limited"`,
    },
    {
      id: 'everyday-noise-at-night',
      when: {
        allOf: [
          { behaviourIn: ['noise-everyday'] },
          { frequencyIn: ['daily', 'several-times-a-week'] },
          { timeBetween: { from: '23:00', to: '07:00' } },
        ],
      },
      then: { raiseTo: 'low' },
      reason: 'Everyday noise that happens most nights between 11pm and 7am may be unreasonable noise, so it is handled under the ASB policy at Level 3.',
      source: `${DOC}, 6 Noise (a triage method decides whether a noise report is ASB) and Reporting ASB table (unreasonable noise: Level 3)`,
      decided:
        'The policy\u2019s noise triage method is not published. We treat everyday noise as unreasonable when the report says it happens daily or several times a week and gives a time between 11pm and 7am.',
      assumed: true,
    },
    {
      id: 'occasional-noise-try-first',
      when: {
        allOf: [
          { behaviourIn: ['noise-everyday', 'noise-excessive'] },
          { frequencyIn: ['once', 'monthly', 'less-often'] },
          { field: 'riskOfHarm', is: false },
        ],
      },
      then: {
        flags: ['try-first'],
        prompts: [
          'Occasional low-level noise: ask whether the reporter has tried to sort it out with their neighbour. We may expect them to try before we step in (7.1).',
        ],
      },
      reason: 'The noise is occasional, and for occasional low-level noise the reporter may be expected to try to resolve it first.',
      source: `${DOC}, 7.1 Expectations of those who report ASB`,
      decided: 'Occasional read as the report form\u2019s answers once, monthly and less often.',
    },
    {
      id: 'shared-owner-or-leaseholder',
      when: { allOf: [{ reporterIn: ['shared-owner', 'leaseholder'] }, { field: 'reportedPersonIsTenant', is: false }] },
      then: {
        flags: ['outside-policy-reporter'],
        prompts: [
          'The reporter is a shared owner or leaseholder. Unless the person reported is a Plus Dane tenant, the policy does not cover the report: advise them to get independent legal advice or contact the local authority (1).',
        ],
      },
      reason: 'The policy does not cover reports from shared owners or leaseholders, unless they complain about a Plus Dane tenant.',
      source: `${DOC}, 1 Policy Statement`,
    },
    {
      id: 'reporting-a-tenant',
      when: { allOf: [{ reporterIn: ['shared-owner', 'leaseholder', 'non-customer'] }, { field: 'reportedPersonIsTenant', is: true }] },
      then: {},
      reason: 'The report is about a Plus Dane tenant, so it is investigated under this policy whoever makes it.',
      source: `${DOC}, 1 Policy Statement`,
    },
    {
      id: 'malicious-report',
      when: { anyOf: [{ field: 'maliciousConcern', is: true }] },
      then: {
        flags: ['malicious-concern'],
        routes: ['vexatious-framework'],
        prompts: ['Check the report fairly before deciding it is malicious. Record the evidence for that view.'],
      },
      reason: 'The officer is concerned the report may be malicious or vexatious.',
      source: `${DOC}, Reporting ASB ("All reporters have a responsibility not to make malicious reports") and 20 Closing Cases`,
    },
    {
      id: 'modern-slavery',
      when: { anyOf: [{ field: 'modernSlaveryConcern', is: true }] },
      then: {
        flags: ['modern-slavery', 'safeguarding'],
        routes: ['safeguarding-policy'],
        prompts: ['Signs of modern slavery or human trafficking: raise the concern through the safeguarding approach today (27).'],
      },
      reason: 'There are signs of modern slavery or human trafficking.',
      source: `${DOC}, 27 Modern Slavery & Human Trafficking`,
    },
  ],
  riskAssessment: asbAssistRiskAssessment,
  deadlines: [
    {
      id: 'first-contact',
      type: 'first-contact',
      label: 'Contact the reporter',
      completedBy: 'complainant-contacted',
      unlessFlags: ['anonymous'],
      explanationRequired: true,
      source: `${TABLE} (if missed, "An explanation will be recorded on the housing management system"); 4.2 (anonymous complaints)`,
    },
    {
      id: 'case-review',
      type: 'recurring',
      every: { workingDays: 10 },
      label: 'Review the case',
      completedBy: 'case-reviewed',
      source: `${DOC}, 20 Closing Cases and 21.2 Performance ("regular reviews of ongoing cases")`,
      decided: 'The policy promises regular reviews without a number. 10 working days, as 002 and the model use, so no open case goes unreviewed.',
      assumed: true,
    },
    {
      id: 'complainant-update',
      type: 'recurring',
      every: { workingDays: 10 },
      label: 'Update the reporter',
      completedBy: 'complainant-updated',
      unlessFlags: ['anonymous'],
      source: `${DOC}, Reporting ASB ("keep them updated throughout the case") and Witness Support ("maintaining regular contact")`,
      decided: 'The policy promises regular updates without a number. 10 working days, as 001 and 004 ask for regular progress updates.',
      assumed: true,
    },
  ],
  checklist: [
    { id: 'record-report', stage: 'report-and-record', label: 'Record the report on the housing management system', event: 'report-logged', source: `${DOC}, Reporting ASB` },
    { id: 'early-vulnerability-check', stage: 'report-and-record', label: 'Identify any vulnerabilities in an early assessment', event: 'vulnerability-checked', source: `${DOC}, 6.1` },
    { id: 'contact-reporter', stage: 'first-contact', label: 'Contact the reporter', event: 'complainant-contacted', deadlines: ['first-contact'], unlessFlags: ['anonymous'], source: TABLE },
    { id: 'explain-category', stage: 'first-contact', label: 'Tell the reporter whether it is handled under the ASB policy or Good Neighbour Management', event: 'route-explained', source: `${DOC}, 15.1` },
    { id: 'risk-assessment', stage: 'assessment', label: 'Complete the full risk assessment of the reporter', event: 'risk-assessment-completed', source: `${DOC}, 6.1` },
    {
      id: 'modern-slavery-check',
      stage: 'assessment',
      label: 'At visits, look for signs of modern slavery or human trafficking and raise any concern through safeguarding',
      event: 'modern-slavery-considered',
      source: `${DOC}, 27 Modern Slavery & Human Trafficking`,
    },
    { id: 'perpetrator-needs', stage: 'assessment', label: 'Consider the alleged perpetrator\u2019s support needs', event: 'perpetrator-needs-considered', source: `${DOC}, 6.2 Perpetrator Support / Vulnerability` },
    { id: 'agree-action-plan', stage: 'investigation', label: 'Agree an action plan with the reporter, with a timeline for communication', event: 'action-plan-produced', source: `${DOC}, Reporting ASB` },
    { id: 'issue-diary-sheets', stage: 'investigation', label: 'Issue diary sheets or the noise app where useful', event: 'diary-sheets-sent', source: `${DOC}, 7.1 and 14` },
    { id: 'interview-perpetrator', stage: 'investigation', label: 'Interview the alleged perpetrator', event: 'perpetrator-interviewed', source: `${DOC}, 15.1 Informal action` },
    { id: 'take-action', stage: 'action', label: 'Take proportionate action (informal, formal or legal)', event: 'action-taken', source: `${DOC}, 15 Categories of Action` },
    { id: 'review-case', stage: 'review', label: 'Review the case and the risk assessment', event: 'case-reviewed', deadlines: ['case-review'], source: `${DOC}, 6.1 and 20` },
    { id: 'update-reporter', stage: 'review', label: 'Update the reporter', event: 'complainant-updated', deadlines: ['complainant-update'], unlessFlags: ['anonymous'], source: `${DOC}, Reporting ASB` },
    {
      id: 'explain-case-review',
      stage: 'review',
      label: 'Explain the ASB Case Review (Community Trigger) to the reporter',
      event: 'case-review-explained',
      unlessFlags: ['anonymous'],
      source: `${DOC}, 24 ASB Case Review; ${GUIDE}: explain the Case Review to every victim at a second report within six months`,
      decided: 'The policy leaves the Case Review to each council and predates the 2025 guidance. The step is on every case; the ASB Case Review notice says when a report makes it due (caseReview.promptAtReport).',
    },
    { id: 'consult-on-closure', stage: 'closure', label: 'Consult the reporter before closing and explain why', event: 'closure-discussed', source: `${DOC}, 20 Closing Cases` },
    { id: 'close-case', stage: 'closure', label: 'Close the case, recording which closing reason applies', event: 'case-closed', source: `${DOC}, 20 Closing Cases` },
    { id: 'satisfaction-survey', stage: 'closure', label: 'Send the customer satisfaction survey where possible', event: 'survey-sent', source: `${DOC}, 21.2 Performance` },
  ],
  caseReview: {
    threshold: 3,
    windowMonths: 6,
    promptAtReport: 2,
    qualifyingWithinMonths: 1,
    source: `${DOC}, 24 ASB Case Review (each local authority sets its own process); ASB, Crime and Policing Act 2014, s.104; ${GUIDE}`,
    decided:
      'The policy (written before the 2025 guidance) leaves the threshold to each council; we use the statutory default of three complaints in six months, and a council may set a lower one: set yours here. The 2025 guidance asks that the Case Review is explained to every victim at a second report within six months (promptAtReport 2), and counts a complaint made within one month of the incident.',
  },
  letters: {
    noMediation: {
      flags: ['hate-incident', 'domestic-abuse', 'violence'],
      behaviours: ['hate-incident', 'domestic-abuse', 'violence'],
      source: `${DOC}, 4.3 Domestic Abuse, 4.4 Hate Crime and Neighbour Disputes ("exceptions would occur where there is a clear victim"); 000 Habinteg`,
      decided:
        'The policy offers mediation for neighbour disputes (Neighbour Disputes, 15.1) and sends hate and domestic abuse to their own policies. Where there is a clear victim of hate, domestic abuse or violence, no letter offers mediation.',
    },
    confirmSafeToWrite: {
      flags: ['domestic-abuse'],
      behaviours: ['domestic-abuse'],
      source: `${DOC}, 4.3 Domestic Abuse (read with the Domestic Abuse Policy)`,
      decided:
        'The policy defers to its Domestic Abuse Policy, which is not among the seeds. A letter may be read by the person causing harm at a shared address, so the officer confirms that writing there is safe.',
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
      text: 'If you feel your reports have not been dealt with properly, you can ask the council for an ASB Case Review.',
      url: 'https://asbhelp.co.uk/community-trigger-directory',
      source: `${DOC}, 24 ASB Case Review`,
    },
    {
      id: 'mediation',
      label: 'Mediation',
      text: 'Mediation helps neighbours talk things through with someone neutral. We can refer you.',
      source: `${DOC}, Neighbour Disputes`,
    },
  ],
} satisfies PolicyInput;
