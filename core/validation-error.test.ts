import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { formatPath, parseOrThrow, plainEnglishError, toValidationError, ValidationError } from './validation-error.ts';

describe('formatPath', () => {
  it('joins keys with dots and puts indices in brackets', () => {
    expect(formatPath(['behaviours', 0])).toBe('behaviours[0]');
    expect(formatPath(['reporter', 'email'])).toBe('reporter.email');
    expect(formatPath(['diary', 2, 'date'])).toBe('diary[2].date');
    expect(formatPath([])).toBe('');
  });

  it('quotes keys that are not identifiers', () => {
    expect(formatPath(['labels', 'Level 1'])).toBe('labels["Level 1"]');
  });
});

describe('ValidationError', () => {
  it('lists each issue as path: message, one per line, and keeps them in issues', () => {
    const error = new ValidationError([
      { path: 'reporter.email', message: 'Enter an email address' },
      { path: 'behaviours', message: 'Select at least one type of behaviour' },
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('reporter.email: Enter an email address\nbehaviours: Select at least one type of behaviour');
    expect(error.issues).toHaveLength(2);
  });
});

describe('toValidationError', () => {
  const schema = z.strictObject({ region: z.enum(['scotland', 'england-and-wales']), levels: z.array(z.string()) });

  it('names each field, under an optional prefix, in plain English', () => {
    const result = schema.safeParse({ region: 'wales', levels: ['high', 3], extra: true }, { error: plainEnglishError });
    expect(result.success).toBe(false);
    if (result.success) return;
    const error = toValidationError(result.error, 'policy');
    expect(error.issues).toEqual([
      { path: 'policy.region', message: 'must be one of: "scotland", "england-and-wales", not "wales"' },
      { path: 'policy.levels[1]', message: 'must be text, not a number' },
      { path: 'policy.extra', message: 'is not a field we recognise: remove it or check its spelling' },
    ]);
  });

  it('accepts a bare list of issues and keeps custom messages', () => {
    const error = toValidationError([{ code: 'custom', path: ['homes'], message: 'must be a positive whole number' }]);
    expect(error.message).toBe('homes: must be a positive whole number');
  });

  it('never passes on zod/mini\'s bare "Invalid input"', () => {
    const result = z.object({ name: z.string() }).safeParse({});
    if (result.success) throw new Error('expected failure');
    expect(toValidationError(result.error).message).toBe('name: must be text');
  });
});

describe('parseOrThrow', () => {
  const schema = z.object({ homes: z.number(), tags: z.array(z.string()).check(z.minLength(1)) });

  it('returns the parsed value', () => {
    expect(parseOrThrow(schema, { homes: 3, tags: ['a'], other: 1 })).toEqual({ homes: 3, tags: ['a'] });
  });

  it('throws a ValidationError naming the fields', () => {
    expect(() => parseOrThrow(schema, { homes: 'many', tags: [] })).toThrow(
      'homes: must be a number, not text\ntags: must have at least 1 item',
    );
    expect(() => parseOrThrow(schema, { tags: ['a'] })).toThrow('homes: this field is required');
  });

  it('names the whole input by root when it is not an object', () => {
    expect(() => parseOrThrow(schema, null, { root: 'opts' })).toThrow('opts: must be an object, not null');
  });
});
