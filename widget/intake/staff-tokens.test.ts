import { describe, expect, it } from 'vitest';
import { hashToken, issueStaffToken, matchStaffToken } from './staff-tokens.ts';

describe('staff tokens', () => {
  it('issues a random token and keeps only its SHA-256', () => {
    const one = issueStaffToken('alex.smith', '2026-03-10T09:00:00.000Z');
    const two = issueStaffToken('alex.smith', '2026-03-10T09:00:00.000Z');
    expect(one.token).toMatch(/^asb_staff_[A-Za-z0-9_-]{43}$/);
    expect(one.token).not.toBe(two.token);
    expect(one.record).toEqual({ name: 'alex.smith', hash: hashToken(one.token), createdAt: '2026-03-10T09:00:00.000Z' });
    expect(one.record.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(one.record)).not.toContain(one.token.slice(10));
  });

  it('knows SHA-256: the hash of "abc"', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('matches a presented token to its name, and nothing else', () => {
    const alex = issueStaffToken('alex', '2026-03-10T09:00:00.000Z');
    const sam = issueStaffToken('sam', '2026-03-10T09:00:00.000Z');
    const records = [alex.record, sam.record];
    expect(matchStaffToken(sam.token, records)).toBe('sam');
    expect(matchStaffToken(alex.token, records)).toBe('alex');
    expect(matchStaffToken(alex.record.hash, records)).toBeUndefined();
    expect(matchStaffToken(`${alex.token}x`, records)).toBeUndefined();
    expect(matchStaffToken('', records)).toBeUndefined();
    expect(matchStaffToken(alex.token, [{ ...alex.record, hash: 'not hex' }])).toBeUndefined();
  });

  it('refuses names that would not read well in the access log', () => {
    expect(() => issueStaffToken('alex smith', '2026-03-10T09:00:00.000Z')).toThrow('NAME: use 1 to 64 letters, digits, dots, dashes, underscores or @');
    expect(() => issueStaffToken('', '2026-03-10T09:00:00.000Z')).toThrow(/NAME/);
  });
});
