import { describe, expect, it } from 'vitest';
import { s, SchemaError } from './small-schema.ts';

describe('small schema', () => {
  const check = s.object<{ name: string; count: number; kind: 'a' | 'b'; tags: string[]; note?: string }>(
    { name: s.text(), count: s.whole(1), kind: s.oneOf(['a', 'b'] as const), tags: s.array(s.text(/^[a-z]+$/, 'must be lower-case letters')), note: s.text() },
    ['note'],
  );

  it('answers the value, trimmed, leaving out an absent optional key', () => {
    expect(check({ name: ' Ann ', count: 2, kind: 'b', tags: ['x'] }, '')).toEqual({ name: 'Ann', count: 2, kind: 'b', tags: ['x'] });
    expect(check({ name: 'Ann', count: 1, kind: 'a', tags: [], note: ' hi ' }, '')).toEqual({ name: 'Ann', count: 1, kind: 'a', tags: [], note: 'hi' });
  });

  it.each([
    [null, 'policy: must be an object'],
    [[], 'policy: must be an object'],
    [{ count: 1, kind: 'a', tags: [] }, 'name: must be text'],
    [{ name: '   ', count: 1, kind: 'a', tags: [] }, 'name: must not be empty'],
    [{ name: 'A', count: 0, kind: 'a', tags: [] }, 'count: must be 1 or more'],
    [{ name: 'A', count: 1.5, kind: 'a', tags: [] }, 'count: must be a whole number'],
    [{ name: 'A', count: '1', kind: 'a', tags: [] }, 'count: must be a whole number'],
    [{ name: 'A', count: 1, kind: 'c', tags: [] }, 'kind: must be one of a, b'],
    [{ name: 'A', count: 1, kind: 'a', tags: 'x' }, 'tags: must be a list'],
    [{ name: 'A', count: 1, kind: 'a', tags: ['ok', 'Not OK'] }, 'tags.1: must be lower-case letters'],
    [{ name: 'A', count: 1, kind: 'a', tags: [], note: 3 }, 'note: must be text'],
    [{ name: 'A', count: 1, kind: 'a', tags: [], extra: 1, more: 2 }, 'policy: unknown extra, more'],
  ])('refuses %j: %s', (input, message) => {
    expect(() => check(input, '')).toThrow(SchemaError);
    expect(() => check(input, '')).toThrow(message);
  });

  it('names nested paths', () => {
    const outer = s.object({ inner: s.array(s.object({ n: s.whole() })) });
    expect(() => outer({ inner: [{ n: 1 }, { n: -1 }] }, '')).toThrow('inner.1.n: must be 0 or more');
  });
});
