import type { core } from 'zod/mini';
import { ValidationError, formatPath } from '../../core/index.ts';
import type { ValidationIssue } from '../../core/index.ts';

type SafeResult<T> = { success: true; data: T } | { success: false; error: { readonly issues: readonly core.$ZodIssue[] } };

/**
 * Parses `input` with a zod/mini schema, or throws the core's `ValidationError`: one
 * `path: message` line per problem, in plain English (`cases[2].key: this field is required`).
 * `prefix` goes in front of every path; the whole input being wrong is reported under `root`.
 *
 * @example
 * parseWithPaths(z.object({ version: z.literal(2) }), { version: 7 }, { root: 'file' })
 * //=> throws ValidationError 'version: must be 2'
 */
export function parseWithPaths<T>(
  schema: { safeParse(input: unknown, params?: { error?: core.$ZodErrorMap }): SafeResult<T> },
  input: unknown,
  options: { prefix?: string; root?: string } = {},
): T {
  const result = schema.safeParse(input, { error: describeIssue });
  if (result.success) return result.data;
  const issues: ValidationIssue[] = [];
  for (const issue of result.error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    for (const path of keys) {
      const written = [options.prefix, formatPath(path)].filter((p) => p).join('.');
      issues.push({
        path: written || options.root || '',
        message: issue.code === 'unrecognized_keys' ? 'is not a field we know' : issue.message,
      });
    }
  }
  throw new ValidationError(issues);
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

function describeIssue(issue: core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'this field is required' : `must be ${EXPECTED[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return issue.origin === 'string'
        ? 'must not be empty'
        : issue.origin === 'array'
          ? `must have at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`
          : `must be ${issue.minimum} or more`;
    case 'too_big':
      return `must be ${issue.maximum} or less`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return `is not in the right format (${issue.format})`;
    case 'invalid_union':
      return 'is not in any accepted form';
    default:
      return issue.message ?? 'is not valid';
  }
}
