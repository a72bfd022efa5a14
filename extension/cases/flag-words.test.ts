import { describe, expect, it } from 'vitest';
import { flagWords } from './flag-words.ts';

describe('flagWords', () => {
  it('names the flags the presets raise in plain English', () => {
    expect(['hate-incident', 'domestic-abuse', 'risk-of-harm', 'vulnerable-reporter', 'safeguarding', 'young-person', 'crime'].map(flagWords)).toEqual([
      'Hate incident',
      'Domestic abuse',
      'Risk of harm',
      'Vulnerable reporter',
      'Safeguarding',
      'Young person',
      'Possible crime',
    ]);
  });

  it("shows a landlord's own flag as its id in words", () => {
    expect(flagWords('support-needed')).toBe('Support needed');
    expect(flagWords('asb-panel')).toBe('Asb panel');
  });
});
