import { ValidationError, formatPath } from '../../core/index.ts';
import { hostCaseRowSchema, hostCaseSchema, type HostCase, type HostCaseRow } from './host-case.ts';

function parseWith<T>(schema: { safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } } }, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })));
}

/**
 * Validates a case read from a host page (hostCaseSchema); throws a `ValidationError` naming each
 * offending field (`reference: must not be empty`).
 *
 * @example
 * parseHostCase({ ...readCase, reference: ' ' })
 * //=> throws 'reference: must not be empty'
 */
export function parseHostCase(input: unknown): HostCase {
  return parseWith(hostCaseSchema, input);
}

/**
 * Validates one case-list row (hostCaseRowSchema); throws naming the offending field.
 *
 * @example
 * parseHostCaseRow({ system: 'activeh', reference: 'ASB/2026/00412', receivedAt: '2026-12-18T09:12', recordedCategory: 'ASB - Noise' }).reference
 * //=> 'ASB/2026/00412'
 */
export function parseHostCaseRow(input: unknown): HostCaseRow {
  return parseWith(hostCaseRowSchema, input);
}
