// Shows the core at work on the command line: a sample tenant's report triaged under each preset,
// then the deadlines and next steps of the case. Dates are relative to today (London).
import {
  caseDeadlines,
  describeDeadline,
  nextDeadline,
  policies,
  PRESET_IDS,
  sampleReport,
  toLondonDate,
  toTriageInput,
  triage,
} from '../core/index.ts';

const today = toLondonDate(new Date().toISOString());
const receivedAt = `${today}T09:15:00`;

console.log(`ASB Assist core demo: today is ${today}.`);
console.log(`A tenant reports: "${sampleReport.description.slice(0, 110)}..."\n`);

for (const id of PRESET_IDS) {
  const policy = policies[id]!;
  for (const variant of [
    { name: 'as reported', report: sampleReport },
    { name: 'with a racial motive perceived', report: { ...sampleReport, perceivedHate: ['race' as const] } },
  ]) {
    const result = triage(toTriageInput(variant.report, receivedAt), policy);
    console.log(`${policy.landlord} (${id}), ${variant.name}:`);
    console.log(`  ${result.isAsb ? `${result.levelLabel}; first contact by ${result.firstContactDue}` : 'Handled outside the ASB policy'}`);
    if (result.flags.length) console.log(`  Flags: ${result.flags.join(', ')}`);
    for (const reason of result.reasons) console.log(`  - ${reason}`);
    if (result.level) {
      const deadlines = caseDeadlines({ reference: 'DEMO-1', receivedAt, level: result.level, flags: result.flags }, policy, { today });
      const next = nextDeadline(deadlines);
      if (next) console.log(`  Next: ${describeDeadline(next, today)}`);
    }
    console.log();
  }
}
console.log('The whole suite, with the widget, housing systems and extension: npm run demo');
