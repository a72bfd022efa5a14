import { describe, expect, it } from 'vitest';
import { policies } from '../../core/index.ts';
import { ACTIVEH_VOCABULARY } from './activeh/vocabulary.ts';
import { categoryMeaning, noteEvent, type HostVocabulary } from './host-vocabulary.ts';
import { OMNILEDGER_VOCABULARY } from './omniledger/vocabulary.ts';

/** Every event type the model policy's deadlines and checklist name. */
function knownEvents(): Set<string> {
  const events = new Set<string>();
  for (const policy of Object.values(policies)) {
    for (const d of policy.deadlines) {
      events.add(d.completedBy);
      if ('after' in d && Array.isArray(d.after)) d.after.forEach((e: string) => events.add(e));
    }
    for (const step of policy.checklist) events.add(step.event);
  }
  return events;
}

describe('host vocabularies', () => {
  it.each([
    ['Active H', ACTIVEH_VOCABULARY],
    ['Omniledger', OMNILEDGER_VOCABULARY],
  ] as const)('%s maps note types only to events the policies know', (_name, vocabulary) => {
    const known = knownEvents();
    expect(Object.values(vocabulary.noteTypes).filter((e) => !known.has(e))).toEqual([]);
  });
});

describe('categoryMeaning', () => {
  const vocabulary: HostVocabulary = { categories: { 'ASB - Noise': { behaviours: ['noise-excessive'] } }, noteTypes: { 'Phone call': 'complainant-contacted' } };

  it('matches whatever the case, spacing or dash', () => {
    expect(categoryMeaning(vocabulary, '  asb –  NOISE ')).toEqual({ behaviours: ['noise-excessive'] });
    expect(categoryMeaning(vocabulary, 'ASB-Noise')).toEqual({ behaviours: ['noise-excessive'] });
  });

  it('takes the first of two categories written alike, whichever is looked up first', () => {
    const twice: HostVocabulary = { categories: { 'ASB - Drugs': { behaviours: ['drugs'] }, 'asb – drugs': { behaviours: ['other'] } }, noteTypes: {} };
    expect(categoryMeaning(twice, 'ASB-DRUGS')).toEqual({ behaviours: ['drugs'] });
    expect(categoryMeaning(twice, 'asb – drugs')).toEqual({ behaviours: ['drugs'] });
  });

  it('is null for a category it does not know, or none', () => {
    expect(categoryMeaning(vocabulary, 'ASB - Karaoke')).toBeNull();
    expect(categoryMeaning(vocabulary, '')).toBeNull();
  });

  it('finds note events the same way', () => {
    expect(noteEvent(vocabulary, 'PHONE CALL')).toBe('complainant-contacted');
    expect(noteEvent(vocabulary, 'Letter')).toBeUndefined();
  });
});
