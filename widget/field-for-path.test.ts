import { describe, expect, it } from 'vitest';
import { fieldForPath } from './field-for-path.ts';

describe('fieldForPath', () => {
  it.each([
    ['description', 'description'],
    ['behaviours[0]', 'behaviours'],
    ['started', 'startedKind'],
    ['started.date', 'startedDate'],
    ['started.text', 'startedText'],
    ['reportedPerson.known', 'knowsPerson'],
    ['reportedPerson.ageGroup', 'personAgeGroup'],
    ['diary[1].whatHappened', 'd7-whatHappened'],
    ['diary[0]', 'd4-date'],
    ['diary', 'diary'],
    ['reporter', 'giveDetails'],
    ['reporter.contactMethods[1]', 'contactMethods'],
    ['reporter.email', 'email'],
  ])('%s is the field %s', (path, field) => {
    expect(fieldForPath(path, ['4', '7'])).toBe(field);
  });

  it('reads paths as arrays too', () => {
    expect(fieldForPath(['diary', 0, 'time'], ['9'])).toBe('d9-time');
  });
});
