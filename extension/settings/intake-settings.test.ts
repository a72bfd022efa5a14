import { describe, expect, it } from 'vitest';
import { IntakeSettingsError, maskToken, parseIntakeSettings } from './intake-settings.ts';

describe('parseIntakeSettings', () => {
  it('takes an https address, drops the trailing slash, and gives the origin to ask access for', () => {
    expect(parseIntakeSettings({ intakeUrl: ' https://reports.merseyvale.example/intake/ ', staffToken: ' Zx9-tok_en ' })).toEqual({
      baseUrl: 'https://reports.merseyvale.example/intake',
      originPattern: 'https://reports.merseyvale.example/*',
      staffToken: 'Zx9-tok_en',
    });
  });

  it('allows http only on this computer (the demo)', () => {
    expect(parseIntakeSettings({ intakeUrl: 'http://127.0.0.1:4173', staffToken: 't' }).originPattern).toBe('http://127.0.0.1:4173/*');
    expect(() => parseIntakeSettings({ intakeUrl: 'http://reports.merseyvale.example', staffToken: 't' })).toThrow(/^intakeUrl: must be an https address/);
  });

  it('names each field that is wrong', () => {
    try {
      parseIntakeSettings({ intakeUrl: 'reports dot example', staffToken: 'has a space' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(IntakeSettingsError);
      expect((error as IntakeSettingsError).problems.map((p) => p.field)).toEqual(['intakeUrl', 'staffToken']);
      expect((error as Error).message).toContain('staffToken: must be the token as issued');
    }
    expect(() => parseIntakeSettings({ intakeUrl: '', staffToken: 'x' })).toThrow('intakeUrl: is required');
    expect(() => parseIntakeSettings({ intakeUrl: 'https://user:pw@r.example', staffToken: 'x' })).toThrow('intakeUrl: must not contain a user name');
    expect(() => parseIntakeSettings({ intakeUrl: 'https://r.example', staffToken: '' })).toThrow('staffToken: is required');
  });
});

describe('maskToken', () => {
  it('shows only the last four characters', () => {
    expect(maskToken('k1Lm-88Qa-Tz04')).toBe('…Tz04');
    expect(maskToken('')).toBe('');
  });
});
