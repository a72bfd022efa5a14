import { describe, expect, it } from 'vitest';
import { policies } from '../../core/index.ts';
import { appointmentEvents } from './appointment-events.ts';

describe('appointmentEvents', () => {
  it('asks for the date where a rule is judged by the appointment itself (Co-op Homes 2.3, the model policy)', () => {
    expect([...appointmentEvents(policies['co-op-homes']!)]).toEqual(['appointment-offered']);
    expect([...appointmentEvents(policies.model!)]).toEqual(['appointment-offered']);
  });

  it('asks for nothing where no rule is (Plus Dane has no appointment target)', () => {
    expect([...appointmentEvents(policies['plus-dane']!)]).toEqual([]);
  });
});
