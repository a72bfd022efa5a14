import { describe, expect, it } from 'vitest';
import { policies, type Report } from '../../core/index.ts';
import { ACTIVEH_VOCABULARY } from './activeh/vocabulary.ts';
import { newCaseFill } from './new-case-fill.ts';
import { OMNILEDGER_VOCABULARY } from './omniledger/vocabulary.ts';

const report: Report = {
  schemaVersion: 1,
  policyId: 'model',
  immediateDanger: false,
  behaviours: ['garden-nuisance', 'violence'],
  perceivedHate: [],
  description: 'The man at number 9 pushed my son over the fence and there is rubbish piled against it.',
  started: { kind: 'approximate', text: 'since the spring' },
  frequency: 'weekly',
  location: 'Back gardens of 7 and 9 Alder Road',
  stillHappening: 'yes',
  impact: 'My son will not play outside.',
  riskOfHarm: true,
  vulnerabilities: ['children-in-household'],
  reportedPerson: { known: true, name: 'Dev Okafor', address: '9 Alder Road' },
  reporter: { anonymous: false, name: 'Maryam Ellis', phone: '07700 900123', contactMethods: ['phone'] },
  consentToShare: true,
} as Report;

describe('newCaseFill', () => {
  it('picks the host category of the most serious behaviour, and writes the answers as plain text', () => {
    const fill = newCaseFill({ reference: 'ASB-2026-000031', receivedAt: '2026-06-15T23:30:00.000Z', report }, OMNILEDGER_VOCABULARY, policies.model!);
    // Violence is Level 1 in the model policy, garden nuisance low.
    expect(fill.category).toBe('Violence or Threats');
    // 23:30 UTC in June is 00:30 the next day in London (BST).
    expect(fill.receivedAt).toBe('2026-06-16T00:30');
    expect(fill.complainant).toBe('Maryam Ellis');
    expect(fill.reportedPerson).toBe('Dev Okafor');
    expect(fill.intakeReference).toBe('ASB-2026-000031');
    expect(fill.description.split('\n\n')).toEqual([
      'Website report ASB-2026-000031.',
      'The man at number 9 pushed my son over the fence and there is rubbish piled against it.',
      'What is happening: ' + expect.any(String),
      'The reporter says someone is at risk of harm.',
      'Circumstances that may make them more vulnerable: children in household.',
      'Started: since the spring. How often: weekly. Still happening: yes.',
      'Where: Back gardens of 7 and 9 Alder Road',
      'How it affects them: My son will not play outside.',
      'The person reported: Dev Okafor; 9 Alder Road',
      'Reporter: Maryam Ellis (phone 07700 900123). Contact by: phone.',
    ].map((line) => (line.startsWith('What is happening') ? expect.stringMatching(/^What is happening: .+; .+\.$/) : line)));
  });

  it('uses the host category that names the hate motive, and says nothing of an anonymous reporter but that', () => {
    const hate = { ...report, behaviours: ['verbal-abuse'], perceivedHate: ['race'], reportedPerson: { known: false }, reporter: { anonymous: true } } as Report;
    const fill = newCaseFill({ reference: 'ASB-2026-000032', receivedAt: '2026-12-18T16:05:00Z', report: hate }, ACTIVEH_VOCABULARY, policies.model!);
    expect(fill.category).toBe('ASB - Racial Harassment');
    expect(fill.receivedAt).toBe('2026-12-18T16:05');
    expect(fill.complainant).toBe('Anonymous reporter');
    expect(fill.reportedPerson).toBeNull();
    expect(fill.description).toContain('The reporter chose to stay anonymous.');
    expect(fill.description).not.toContain('The person reported');
    // Omniledger has no category for race: its hate category.
    expect(newCaseFill({ reference: 'ASB-2026-000032', receivedAt: '2026-12-18T16:05:00Z', report: hate }, OMNILEDGER_VOCABULARY, policies.model!).category).toBe('Hate Incident');
  });
});
