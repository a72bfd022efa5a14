/**
 * A checker: returns the value (trimmed text, checked numbers, objects with only the known keys)
 * or throws a {@link SchemaError} naming the path at fault.
 */
export type Check<T> = (input: unknown, path: string) => T;

/** A value the schema refuses, at `path` ("targets.0.level"). */
export class SchemaError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path || 'policy'}: ${problem}`);
  }
}

const at = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));
const fail = (path: string, problem: string): never => {
  throw new SchemaError(path, problem);
};
const isRecord = (input: unknown): input is Record<string, unknown> => typeof input === 'object' && input !== null && !Array.isArray(input);

/**
 * The few checks the widget needs to trust what a server sends it, in about a kilobyte: zod/mini
 * costs the page 5 to 7 KB gzipped, which the 20 KiB budget has no room for. Strict as zod's
 * `strictObject`: an unknown key is an error, so a policy file in the wrong place is caught.
 *
 * @example
 * const view = s.object({ landlord: s.text(), targets: s.array(s.object({ days: s.whole() })) });
 * view({ landlord: ' Mersey Vale Housing ', targets: [] }, '') //=> { landlord: 'Mersey Vale Housing', targets: [] }
 * view({ landlord: '' }, '') // throws 'landlord: must not be empty'
 */
export const s = {
  /** Text, trimmed, not empty; `pattern` when given must match. */
  text:
    (pattern?: RegExp, problem = 'is not in the right format'): Check<string> =>
    (input, path) => {
      if (typeof input !== 'string') return fail(path, 'must be text');
      const value = input.trim();
      if (!value) return fail(path, 'must not be empty');
      if (pattern && !pattern.test(value)) return fail(path, problem);
      return value;
    },
  /** A whole number, at least `min`. */
  whole:
    (min = 0): Check<number> =>
    (input, path) =>
      typeof input === 'number' && Number.isInteger(input) ? (input >= min ? input : fail(path, `must be ${min} or more`)) : fail(path, 'must be a whole number'),
  /** One of `values`. */
  oneOf:
    <const T extends string>(values: readonly T[]): Check<T> =>
    (input, path) =>
      values.includes(input as T) ? (input as T) : fail(path, `must be one of ${values.join(', ')}`),
  array:
    <T>(item: Check<T>): Check<T[]> =>
    (input, path) =>
      Array.isArray(input) ? input.map((value, index) => item(value, at(path, index))) : fail(path, 'must be a list'),
  /** An object with exactly these keys (an optional one may be absent). */
  object:
    <T extends object>(shape: { [K in keyof T]-?: Check<T[K]> }, optional: readonly (keyof T & string)[] = []): Check<T> =>
    (input, path) => {
      if (!isRecord(input)) return fail(path, 'must be an object');
      const unknown = Object.keys(input).filter((key) => !Object.hasOwn(shape, key));
      if (unknown.length) fail(path, `unknown ${unknown.join(', ')}`);
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(shape)) {
        if (input[key] === undefined && (optional as readonly string[]).includes(key)) continue;
        out[key] = (shape as Record<string, Check<unknown>>)[key]!(input[key], at(path, key));
      }
      return out as T;
    },
};
