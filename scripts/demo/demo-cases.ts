import { addWorkingDays, isWorkingDay, policies, type Policy } from '../../core/index.ts';
import { daysBefore, type HostPageCase, type HostPageNote } from '../../test/fixtures/hosts/host-page-case.ts';

/**
 * The demo's housing systems: a dozen fictional cases, six in each, with dates worked out from
 * today so that the same things are always true when someone runs the demo: a first contact due
 * today, one overdue, a review overdue, a race-hate report logged as "Noise" (the Habinteg
 * failure), a neighbour dispute, everyday noise, a closed case.
 */

/**
 * A received date such that `n` working days later is today, so a deadline of n working days is
 * due today: the latest such date that is itself a working day. On a weekend or bank holiday,
 * when nothing can fall due, the date n + 2 calendar days ago (so that deadline is just overdue).
 */
export function receivedDueToday(today: string, n: number, policy: Policy): string {
  for (let back = 1; back <= 30; back++) {
    const date = daysBefore(today, back);
    if (isWorkingDay(date, policy.region) && addWorkingDays(date, n, policy.region) === today) return date;
  }
  return daysBefore(today, n + 2);
}

const note = (at: string, kind: string, text: string, by: string): HostPageNote => ({ at, kind, text, by });

/** The demo cases for `today` ('YYYY-MM-DD', London), by system. */
export function demoCases(today: string, policy: Policy = policies.model!): { activeh: HostPageCase[]; omniledger: HostPageCase[] } {
  const day = (n: number) => daysBefore(today, n);
  const dueToday1 = receivedDueToday(today, 1, policy);
  const dueToday2 = receivedDueToday(today, 2, policy);
  const activeh: HostPageCase[] = [
    {
      reference: 'ASB/2026/10412',
      receivedAt: `${dueToday1}T16:05`,
      category: 'ASB - Noise',
      description:
        'Mrs Adeyemi reports loud music from Flat 14 most nights until 2am.\n\n' +
        'When she asked him to turn it down, the tenant of Flat 14 shouted racist abuse at her and told her to go back to her own country. ' +
        'She is now frightened to use the stairwell.',
      status: 'Open',
      officer: 'J. Okafor',
      address: 'Flat 9, Larch House, Wren Street, Exampleton EX1 4QT',
      parties: [
        { role: 'complainant', name: 'Grace Adeyemi', detail: 'T-004417' },
        { role: 'reported', name: 'Darren Pilling', detail: 'T-004422' },
      ],
      notes: [note(`${dueToday1}T16:20`, 'NOTE - General', 'Logged from a phone call to the contact centre.', 'Contact Centre')],
    },
    {
      reference: 'ASB/2026/10398',
      receivedAt: `${day(6)}T10:15`,
      category: 'ASB - Violence/Threats',
      description: 'Mr Ferris says the man opposite threatened to "sort him out" and kicked his door on Sunday night.',
      status: 'Open',
      officer: 'R. Whitlock',
      address: '22 Beacon Walk, Exampleton EX2 7LP',
      parties: [
        { role: 'complainant', name: 'Owen Ferris', detail: 'T-003190' },
        { role: 'reported', name: 'Lee Garvey', detail: 'T-003188' },
      ],
      notes: [],
    },
    {
      reference: 'ASB/2026/10350',
      receivedAt: `${day(30)}T14:47`,
      category: 'ASB - Drugs',
      description: 'Residents report people calling at Flat 2 at all hours and a strong smell of cannabis in the hallway.',
      status: 'Open',
      officer: 'J. Okafor',
      address: 'Flat 1, Cedar Court, Exampleton EX1 9DD',
      parties: [{ role: 'complainant', name: 'Tomasz Nowak', detail: 'T-001774' }],
      notes: [
        note(`${day(29)}T09:30`, 'CONTACT - Complainant (Phone)', 'Called Mr Nowak and agreed a home visit.', 'J. Okafor'),
        note(`${day(27)}T11:00`, 'ASB - Action Plan', 'Action plan agreed with Mr Nowak.', 'J. Okafor'),
        note(`${day(27)}T11:30`, 'ASB - Case Review', 'First review: police informed, diary sheets issued.', 'J. Okafor'),
      ],
    },
    {
      reference: 'ASB/2026/10431',
      receivedAt: `${today}T08:40`,
      category: 'ASB - Vehicles',
      description: 'A van has been parked across the shared driveway at 3 Mill Lane every evening this week.',
      status: 'New',
      officer: 'S. Haddad',
      address: '3 Mill Lane, Exampleton EX3 1AB',
      parties: [{ role: 'complainant', name: 'Hannah Price', detail: 'T-002001' }],
      notes: [],
    },
    {
      reference: 'ASB/2026/10377',
      receivedAt: `${day(4)}T13:10`,
      category: 'ASB - Neighbour Dispute',
      description: 'Two neighbours disagree about where the garden fence should go. Both have complained about each other.',
      status: 'Open',
      officer: 'S. Haddad',
      address: '8 and 10 Orchard Rise, Exampleton EX4 2PL',
      parties: [
        { role: 'complainant', name: 'Paul Dempsey', detail: 'T-005120' },
        { role: 'reported', name: 'Maria Costa', detail: 'T-005121' },
      ],
      notes: [],
    },
    {
      reference: 'ASB/2026/10288',
      receivedAt: `${day(60)}T15:00`,
      category: 'ASB - Garden/Rubbish',
      description: 'Bags of rubbish left in the front garden of number 12 for several weeks.',
      status: 'Closed',
      officer: 'R. Whitlock',
      address: '12 Kiln Road, Exampleton EX2 3RT',
      parties: [{ role: 'complainant', name: 'Joan Baird', detail: 'T-000871' }],
      notes: [
        note(`${day(59)}T10:00`, 'CONTACT - Complainant (Phone)', 'Spoke to Mrs Baird.', 'R. Whitlock'),
        note(`${day(40)}T10:00`, 'ASB - Case Closed', 'Rubbish cleared; Mrs Baird agrees the case can close.', 'R. Whitlock'),
      ],
    },
  ];
  const omniledger: HostPageCase[] = [
    {
      reference: 'OL-204233',
      receivedAt: `${dueToday2}T11:20`,
      category: 'Noise Nuisance',
      description: 'Loud parties at Flat 3 every weekend, with music until 4am and people shouting on the landing.',
      status: 'Open',
      officer: 'Priya Shah',
      address: 'Flat 5, Holly Court, Exampleton EX5 1HC',
      parties: [
        { role: 'complainant', name: 'Chris Walker' },
        { role: 'reported', name: 'Occupier of Flat 3' },
      ],
      notes: [],
    },
    {
      reference: 'OL-204198',
      receivedAt: `${day(9)}T09:05`,
      category: 'Hate Incident',
      description: 'Homophobic graffiti sprayed on the door of Flat 7. Mr Evans thinks it is aimed at him and his partner.',
      status: 'Open',
      officer: 'Priya Shah',
      address: 'Flat 7, Rowan House, Exampleton EX5 3RH',
      parties: [{ role: 'complainant', name: 'Gareth Evans' }],
      notes: [note(`${day(9)}T15:30`, 'Phone call to complainant', 'Called Mr Evans. Police informed; crime reference noted.', 'Priya Shah')],
    },
    {
      reference: 'OL-204240',
      receivedAt: `${day(1)}T19:45`,
      category: 'Household Noise',
      description: 'Footsteps and children running upstairs during the day and early evening.',
      status: 'New',
      officer: 'Unassigned',
      address: 'Flat 2, Birch Court, Exampleton EX5 2BC',
      parties: [{ role: 'complainant', name: 'Alan Morris' }],
      notes: [],
    },
    {
      reference: 'OL-204150',
      receivedAt: `${day(25)}T10:30`,
      category: 'Verbal Abuse',
      description: 'A neighbour swears at Ms Khan whenever they meet in the car park.',
      status: 'Open',
      officer: 'Dan Reilly',
      address: '14 Station Road, Exampleton EX6 4SR',
      parties: [
        { role: 'complainant', name: 'Aisha Khan' },
        { role: 'reported', name: 'Neil Turner' },
      ],
      notes: [
        note(`${day(24)}T09:00`, 'Phone call to complainant', 'Spoke to Ms Khan.', 'Dan Reilly'),
        note(`${day(22)}T14:00`, 'Action plan agreed', 'Agreed to interview Mr Turner and issue diary sheets.', 'Dan Reilly'),
        note(`${day(5)}T10:00`, 'Case review', 'Reviewed: Mr Turner interviewed; no new incidents.', 'Dan Reilly'),
        note(`${day(5)}T10:30`, 'Progress update to complainant', 'Told Ms Khan the review outcome.', 'Dan Reilly'),
      ],
    },
    {
      reference: 'OL-204221',
      receivedAt: `${day(3)}T12:00`,
      category: 'Harassment / Intimidation',
      description: 'Mr Adams says a group of young people wait outside his flat and follow him to the shop. He has a learning disability.',
      status: 'Open',
      officer: 'Dan Reilly',
      address: 'Flat 1, Elm Court, Exampleton EX6 1EC',
      parties: [{ role: 'complainant', name: 'Peter Adams' }],
      notes: [],
    },
    {
      reference: 'OL-204180',
      receivedAt: `${day(14)}T16:00`,
      category: 'Domestic Abuse',
      description: 'A neighbour reports hearing a man shouting and a woman crying at Flat 4 late at night, several times.',
      status: 'Open',
      officer: 'Priya Shah',
      address: 'Flat 6, Ash House, Exampleton EX5 4AH',
      parties: [{ role: 'complainant', name: 'Name withheld' }],
      notes: [note(`${day(14)}T17:10`, 'Phone call to complainant', 'Safeguarding concern raised with the manager.', 'Priya Shah')],
    },
  ];
  return { activeh, omniledger };
}
