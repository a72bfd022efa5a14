import { describe, expect, it } from 'vitest';
import { readDescription } from '../read-description.ts';
import { DOMESTIC_ABUSE_WORDS } from './domestic-abuse-words.ts';

const abuse = (t: string) => readDescription(t).behaviours.includes('domestic-abuse');

describe('domestic abuse words', () => {
  it('has a note on every entry', () => {
    for (const e of DOMESTIC_ABUSE_WORDS.entries) expect(e.catches.length).toBeGreaterThan(10);
  });
  it('finds partners and family, coercive control, money, orders and police called to a domestic', () => {
    for (const t of ['my ex punched me at the school gates', 'her dad (52) slaps her about', 'he wont let me see my sister', 'my partner takes my universal credit', 'her ex keeps turning up despite the injunction', 'police attended a domestic at no 7', 'Comp has a non-mol against her ex']) expect(abuse(t), t).toBe(true);
  });
  it('is not domestic abuse when a neighbour hurts someone in the family', () => {
    for (const t of ['the woman at 12 slapped my husband', 'my dad was pushed over by the man next door', 'domestic noise from the washing machine']) expect(abuse(t), t).toBe(false);
  });
});
