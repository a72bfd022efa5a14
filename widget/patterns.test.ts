import { regexes } from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { PATTERNS } from './patterns.ts';

describe('PATTERNS', () => {
  it('checks email addresses exactly as zod (and so the report schema) does', () => {
    expect(PATTERNS.email.source).toBe(regexes.email.source);
    expect(PATTERNS.email.flags).toBe(regexes.email.flags);
  });

  it('accepts the formats the hints show and refuses others', () => {
    for (const phone of ['01632 960 001', '07700 900 982', '+44 808 157 0192', '(01632) 960-001']) expect(PATTERNS.phone.test(phone)).toBe(true);
    for (const phone of ['12345', 'call me', '0770090098212345678']) expect(PATTERNS.phone.test(phone)).toBe(false);
    for (const code of ['SW1A 1AA', 'sw1a1aa', 'AB1 2CD', 'M1 1AE']) expect(PATTERNS.postcode.test(code)).toBe(true);
    for (const code of ['nope', 'SW1A', '12345']) expect(PATTERNS.postcode.test(code)).toBe(false);
    for (const time of ['00:00', '14:30', '23:59']) expect(PATTERNS.time.test(time)).toBe(true);
    for (const time of ['24:00', '9:30', '14.30', '14:60']) expect(PATTERNS.time.test(time)).toBe(false);
  });
});
