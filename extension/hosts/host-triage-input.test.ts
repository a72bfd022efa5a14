import { describe, expect, it } from 'vitest';
import { readDescription } from '../../core/index.ts';
import { hostTriageInput } from './host-triage-input.ts';

const base = { receivedAt: '2026-12-18T09:12', description: '' };

describe('hostTriageInput', () => {
  it('reads a built-in system\'s category through its vocabulary', () => {
    expect(hostTriageInput({ ...base, system: 'omniledger', recordedCategory: 'Vehicle Nuisance' }).behaviours).toEqual(['vehicle-nuisance']);
    expect(hostTriageInput({ ...base, system: 'activeh', recordedCategory: 'ASB - Racial Harassment' })).toMatchObject({
      behaviours: ['harassment', 'hate-incident'],
      perceivedHate: ['race'],
    });
  });

  it('adds what the description points to', () => {
    const input = hostTriageInput({ system: 'activeh', recordedCategory: 'ASB - Noise', description: 'He shouted racist abuse. I am afraid to leave my flat.', receivedAt: '2026-12-18T09:12' });
    expect(input).toEqual({
      behaviours: ['noise-excessive', 'hate-incident'],
      perceivedHate: ['race'],
      receivedAt: '2026-12-18T09:12',
      riskOfHarm: true,
    });
  });

  it('adds a young person and vulnerabilities the description mentions', () => {
    const input = hostTriageInput({ system: 'activeh', recordedCategory: 'ASB - Noise', description: 'Two lads, maybe 13, keep kicking a ball at the window of my disabled mum.', receivedAt: '2026-12-18T09:12' });
    expect(input.youngPersonInvolved).toBe(true);
    expect(input.vulnerabilities).toEqual(['disability']);
  });

  it('falls back to "other" when neither category nor description says anything', () => {
    expect(hostTriageInput({ ...base, system: 'generic', recordedCategory: 'Misc' }).behaviours).toEqual(['other']);
  });

  it('takes the reading it is given instead of reading the description again', () => {
    const description = 'He shouted racist abuse.';
    const reading = readDescription(description);
    expect(hostTriageInput({ ...base, system: 'activeh', recordedCategory: 'ASB - Noise', description }, undefined, reading)).toEqual(
      hostTriageInput({ ...base, system: 'activeh', recordedCategory: 'ASB - Noise', description }),
    );
    // The reading stands for the description: nothing reads it again.
    expect(hostTriageInput({ ...base, system: 'activeh', recordedCategory: 'ASB - Noise', description: '' }, undefined, reading).perceivedHate).toEqual(['race']);
  });

  it('uses the vocabulary it is given (a generic host\'s)', () => {
    const vocabulary = { categories: { Loud: { behaviours: ['noise-excessive' as const] } }, noteTypes: {} };
    expect(hostTriageInput({ ...base, system: 'generic', recordedCategory: 'loud' }, vocabulary).behaviours).toEqual(['noise-excessive']);
  });
});
