import { describe, expect, it } from 'vitest';
import { readReportWords } from './read-report-words.ts';

const nothingStated = { behaviours: [], perceivedHate: [], riskOfHarm: false, youngPerson: false, vulnerabilities: [] };

describe('readReportWords', () => {
  it('lists each addition once, from the text that says it, with a reason', () => {
    const added = readReportWords(
      [
        { field: 'description', text: 'The woman at 5 told my daughter to go back to Romania.' },
        { field: 'impact', text: 'My daughter is 15 and now she will not walk to school alone. I am 79.' },
      ],
      nothingStated,
    );
    expect(added.map((a) => [a.adds, a.field])).toEqual([
      ['hate:race', 'description'],
      ['young-person', 'impact'],
      ['vulnerability:older-person', 'impact'],
    ]);
    expect(added[0]!.reason).toBe(
      'The description says "go back to Romania", which points to a hate incident (race); the reporter did not say so, so it is added (read from the reporter\'s own words by ASB Assist: a suggestion to confirm, not their answer)',
    );
  });

  it('adds nothing the reporter already said, and no lesser behaviour', () => {
    expect(readReportWords([{ field: 'description', text: 'he swore at me and there is cannabis smoke' }], nothingStated)).toEqual([]);
    expect(readReportWords([{ field: 'description', text: 'he punched me' }], { ...nothingStated, behaviours: ['violence'], riskOfHarm: true })).toEqual([]);
  });
});
