import { describe, expect, it } from 'vitest';
import { isChosen, visibleFields, type Field } from './field.ts';

const fields: Field[] = [
  {
    kind: 'checkboxes',
    name: 'ways',
    options: ['email', 'letter'],
    reveal: { email: [{ kind: 'text', name: 'email' }], letter: [{ kind: 'textarea', name: 'address' }] },
  },
  { kind: 'radios', name: 'share', options: ['yes', 'no'] },
];

describe('visibleFields', () => {
  it('lists revealed questions after the option that reveals them, and hides the rest', () => {
    expect(visibleFields(fields, {}).map((f) => f.name)).toEqual(['ways', 'share']);
    expect(visibleFields(fields, { ways: ['letter', 'email'] }).map((f) => f.name)).toEqual(['ways', 'email', 'address', 'share']);
  });

  it('knows what is chosen in radios and checkboxes', () => {
    expect(isChosen({ share: 'no' }, 'share', 'no')).toBe(true);
    expect(isChosen({ ways: ['email'] }, 'ways', 'letter')).toBe(false);
  });
});
