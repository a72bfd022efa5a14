import type { Report } from './report-schema.ts';

/**
 * One realistic, fictional, valid report (names, address and numbers are made up: the phone
 * number is from Ofcom's range for drama, the email uses example.com). Used by tests, docs and
 * the demo. Its latest date is 2026-03-07, so any `today` from then on accepts it.
 *
 * @example
 * parseReport(sampleReport, { today: '2026-03-10' }).behaviours //=> ['noise-excessive', 'verbal-abuse']
 */
export const sampleReport: Report = {
  schemaVersion: 1,
  policyId: 'plus-dane',
  immediateDanger: false,
  behaviours: ['noise-excessive', 'verbal-abuse'],
  perceivedHate: [],
  description:
    'Very loud music and shouting from the flat above mine, most nights from about 11pm until 3am. ' +
    'When I knocked to ask for it to be turned down, the man who lives there swore at me and told me to mind my own business.',
  started: { kind: 'approximate', text: 'about 3 weeks ago' },
  frequency: 'several-times-a-week',
  location: 'Flat 14, Elm Court (the flat above mine) and the shared stairwell',
  stillHappening: 'yes',
  impact:
    'I start work at 6am and I am getting three or four hours of sleep. My 6-year-old son wakes up frightened ' +
    'and is tired at school. I now avoid the stairwell in case I meet him.',
  riskOfHarm: false,
  affectsOthers: true,
  vulnerabilities: ['children-in-household'],
  reportedPerson: {
    known: true,
    address: 'Flat 14, Elm Court',
    description: 'A man in his 30s, short dark hair; often has friends visiting late at night.',
    ageGroup: '18-or-over',
  },
  diary: [
    { date: '2026-03-02', time: '23:40', whatHappened: 'Music so loud the light fitting rattled, until about 2:30am.', witnesses: 'My neighbour at Flat 12 heard it too.' },
    { date: '2026-03-07', time: '00:15', whatHappened: 'Shouting and banging on the stairs. I asked them to keep it down and was sworn at.' },
  ],
  reporter: {
    anonymous: false,
    name: 'Jordan Ellis',
    email: 'jordan.ellis@example.com',
    phone: '07700 900 123',
    address: 'Flat 10, Elm Court',
    postcode: 'AB1 2CD',
    contactMethods: ['email', 'text'],
    safeTimes: 'Weekdays after 4pm',
    safeToLeaveMessage: true,
  },
  consentToShare: true,
};
