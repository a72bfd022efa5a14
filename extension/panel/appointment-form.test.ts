import { describe, expect, it } from 'vitest';
import { readAppointment } from './appointment-form.ts';

describe('readAppointment', () => {
  it('accepts a date and time on or after the day the report came in', () => {
    expect(readAppointment('2026-12-07T14:00', '2026-12-01T10:00')).toEqual({ ok: true, value: '2026-12-07T14:00' });
    expect(readAppointment('2026-12-01T09:00', '2026-12-01T10:00')).toEqual({ ok: true, value: '2026-12-01T09:00' });
  });

  it('refuses a missing value, a date without a time and a date before the report, naming the field', () => {
    expect(readAppointment('', '2026-12-01T10:00')).toEqual({ ok: false, error: 'Appointment date and time: enter the date and time of the appointment' });
    expect(readAppointment(undefined, '2026-12-01T10:00')).toEqual({ ok: false, error: 'Appointment date and time: enter the date and time of the appointment' });
    expect(readAppointment('2026-12-07', '2026-12-01T10:00')).toEqual({
      ok: false,
      error: 'Appointment date and time: enter a date and a time, like 7 December 2026 at 2:00pm',
    });
    expect(readAppointment('2026-11-30T16:00', '2026-12-01T10:00')).toEqual({
      ok: false,
      error: 'Appointment date and time: the appointment cannot be before the report was received',
    });
    expect(readAppointment('2026-02-30T16:00', '2026-01-01T10:00')).toEqual({ ok: false, error: 'Appointment date and time: enter a real date and time' });
  });
});
