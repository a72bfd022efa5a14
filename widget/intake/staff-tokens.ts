import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { StaffTokenRecord } from './intake-store.ts';

/**
 * A new staff token (shown once, to give the officer's extension) and the record the store keeps:
 * its SHA-256, never the token. 32 random bytes, so a plain hash is enough (nothing to guess).
 *
 * @example
 * const { token, record } = issueStaffToken('alex', '2026-03-10T09:00:00.000Z');
 * token //=> 'asb_staff_…' (43 characters after the prefix)
 * record.hash //=> 64 hex digits
 */
export function issueStaffToken(name: string, createdAt: string): { token: string; record: StaffTokenRecord } {
  if (!/^[A-Za-z0-9._@-]{1,64}$/.test(name)) throw new Error('NAME: use 1 to 64 letters, digits, dots, dashes, underscores or @');
  const token = `asb_staff_${randomBytes(32).toString('base64url')}`;
  return { token, record: { name, hash: hashToken(token), createdAt } };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The name of the staff token that matches `presented`, or undefined. Compares the hash against
 * every stored hash in constant time (no early exit), so timing tells nothing of which matched.
 */
export function matchStaffToken(presented: string, tokens: readonly StaffTokenRecord[]): string | undefined {
  const hash = Buffer.from(hashToken(presented), 'hex');
  let match: string | undefined;
  for (const record of tokens) {
    const stored = Buffer.from(record.hash, 'hex');
    if (stored.length === hash.length && timingSafeEqual(stored, hash) && match === undefined) match = record.name;
  }
  return match;
}
