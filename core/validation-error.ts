import type { core } from 'zod/mini';

/**
 * One problem found in some input: where it is, and what is wrong, in plain English.
 * @example
 * new ValidationError([{ path: 'homes', message: 'must be 1 or more' }]).issues[0] //=> { path: 'homes', message: 'must be 1 or more' }
 */
export interface ValidationIssue {
  /** The field, written as code would reach it (`'behaviours[0]'`, `'reporter.email'`); `''` for the whole input. */
  path: string;
  /** What is wrong, in plain English, without the path. */
  message: string;
}

/**
 * The error core throws for input it cannot use. Its `message` lists each problem as
 * `path: message`, one per line; `issues` carries the same problems for forms and APIs.
 *
 * @example
 * const error = new ValidationError([{ path: 'reporter.email', message: 'Enter an email address' }]);
 * error.message //=> 'reporter.email: Enter an email address'
 * error.issues  //=> [{ path: 'reporter.email', message: 'Enter an email address' }]
 */
export class ValidationError extends Error {
  readonly issues: ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    super(issues.map(formatIssue).join('\n') || 'Invalid input');
    this.name = 'ValidationError';
    this.issues = issues.map((issue) => ({ ...issue }));
  }
}

/**
 * Writes a path as code would reach it: keys joined with dots, array indices in brackets.
 *
 * @example
 * formatPath(['behaviours', 0])      //=> 'behaviours[0]'
 * formatPath(['reporter', 'email'])  //=> 'reporter.email'
 * formatPath([])                     //=> ''
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'symbol') out += `[${key.toString()}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/**
 * Turns a zod error (or its issues) into a {@link ValidationError}. `prefix` is put in front of
 * every path, for input that sits inside something larger (`'policy'` gives `'policy.region'`).
 * An unrecognised-keys issue becomes one issue per key. Parse with {@link plainEnglishError} as
 * the error map so issues without a schema-specific message still read as plain English.
 *
 * @example
 * const result = z.object({ region: z.string() }).safeParse({}, { error: plainEnglishError });
 * if (!result.success) throw toValidationError(result.error, 'policy');
 * //=> throws ValidationError 'policy.region: this field is required'
 */
export function toValidationError(
  source: { readonly issues: readonly core.$ZodIssue[] } | readonly core.$ZodIssue[],
  prefix?: string,
): ValidationError {
  const list: readonly core.$ZodIssue[] = isIssueList(source) ? source : source.issues;
  const issues: ValidationIssue[] = [];
  for (const issue of list) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        issues.push({
          path: joinPath(prefix, formatPath([...issue.path, key])),
          message: 'is not a field we recognise: remove it or check its spelling',
        });
      }
      continue;
    }
    const message = issue.message && issue.message !== 'Invalid input' ? issue.message : describeIssue(issue);
    issues.push({ path: joinPath(prefix, formatPath(issue.path)), message });
  }
  return new ValidationError(issues);
}

/**
 * A zod error map that says what is wrong in plain English, for schemas whose fields carry no
 * message of their own (`zod/mini` loads no locale, so its own message is only "Invalid input").
 * Pass it when parsing: `schema.safeParse(input, { error: plainEnglishError })`.
 *
 * @example
 * z.array(z.string()).check(z.minLength(1)).safeParse([], { error: plainEnglishError }).error?.issues[0]?.message
 * //=> 'must have at least 1 item'
 */
export function plainEnglishError(issue: core.$ZodRawIssue): string {
  return describeIssue(issue);
}

/**
 * Parses `input` with `schema` and returns the result, or throws a {@link ValidationError}. The
 * one-line way for core functions to validate their arguments. `prefix` goes in front of every
 * path; `root` names the input itself when the whole of it is wrong (say `'policy'`), so that
 * every message names a field.
 *
 * @example
 * parseOrThrow(z.object({ homes: z.number() }), { homes: 'many' })
 * //=> throws ValidationError 'homes: must be a number, not text'
 * parseOrThrow(z.object({ homes: z.number() }), null, { root: 'opts' })
 * //=> throws ValidationError 'opts: must be an object, not null'
 */
export function parseOrThrow<T>(
  schema: { safeParse(input: unknown, params?: { error?: core.$ZodErrorMap }): SafeResult<T> },
  input: unknown,
  options: { prefix?: string; root?: string } = {},
): T {
  const result = schema.safeParse(input, { error: plainEnglishError });
  if (result.success) return result.data;
  const error = toValidationError(result.error, options.prefix);
  const root = options.root;
  if (root === undefined || !error.issues.some((issue) => issue.path === '')) throw error;
  throw new ValidationError(error.issues.map((issue) => (issue.path === '' ? { ...issue, path: root } : issue)));
}

type SafeResult<T> =
  | { success: true; data: T }
  | { success: false; error: { readonly issues: readonly core.$ZodIssue[] } };

function formatIssue(issue: ValidationIssue): string {
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
}

function joinPath(prefix: string | undefined, path: string): string {
  if (!prefix) return path;
  if (path === '') return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

function isIssueList(
  source: { readonly issues: readonly core.$ZodIssue[] } | readonly core.$ZodIssue[],
): source is readonly core.$ZodIssue[] {
  return Array.isArray(source);
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  date: 'a date',
  null: 'null',
  undefined: 'left out',
};

function describeInput(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  switch (typeof input) {
    case 'string':
      return 'text';
    case 'number':
      return Number.isNaN(input) ? 'NaN' : 'a number';
    case 'boolean':
      return input ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return typeof input;
  }
}

function showValue(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function plural(n: number | bigint, word: string): string {
  return `${n} ${word}${n === 1 || n === 1n ? '' : 's'}`;
}

/** The plain-English message for one issue, raw (from an error map) or final. */
function describeIssue(issue: core.$ZodRawIssue | core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? `a ${issue.expected}`;
      // Issues keep their input only while raw (in an error map) or when parsed with reportInput.
      if (!('input' in issue)) return `must be ${expected}`;
      if (issue.input === undefined) return 'this field is required';
      if (issue.expected === 'int' && typeof issue.input === 'number') return 'must be a whole number';
      return `must be ${expected}, not ${describeInput(issue.input)}`;
    }
    case 'too_small': {
      const min = issue.minimum;
      if (issue.origin === 'string') {
        return min === 1 ? 'must not be empty' : `must be at least ${plural(min, 'character')} long`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') return `must have at least ${plural(min, 'item')}`;
      return issue.inclusive === false ? `must be more than ${min}` : `must be ${min} or more`;
    }
    case 'too_big': {
      const max = issue.maximum;
      if (issue.origin === 'string') return `must be ${plural(max, 'character')} or fewer`;
      if (issue.origin === 'array' || issue.origin === 'set') return `must have no more than ${plural(max, 'item')}`;
      return issue.inclusive === false ? `must be less than ${max}` : `must be ${max} or less`;
    }
    case 'invalid_format':
      switch (issue.format) {
        case 'email':
          return 'must be an email address, like name@example.com';
        case 'url':
          return 'must be a web address, like https://example.com';
        case 'date':
          return 'must be a date written YYYY-MM-DD, like 2026-03-27';
        case 'datetime':
          return 'must be an ISO 8601 date-time, like 2026-03-27T14:30:00Z';
        default:
          return 'is not in the expected format';
      }
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} we do not recognise: ${issue.keys.join(', ')}`;
    case 'invalid_union': {
      const options = (issue as { options?: unknown }).options;
      if (issue.discriminator !== undefined && Array.isArray(options)) {
        return `must be one of: ${options.map(showValue).join(', ')}`;
      }
      return 'does not match any of the allowed forms';
    }
    case 'invalid_key':
      return 'has a key that is not allowed';
    case 'invalid_element':
      return 'has an entry that is not allowed';
    case 'invalid_value': {
      const known = 'input' in issue;
      if (known && issue.input === undefined) return 'this field is required';
      const got = known ? `, not ${showValue(issue.input)}` : '';
      return issue.values.length === 1
        ? `must be ${showValue(issue.values[0])}${got}`
        : `must be one of: ${issue.values.map(showValue).join(', ')}${got}`;
    }
    case 'custom':
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid';
    default:
      return 'is not valid';
  }
}
