import { describe, expect, it } from 'vitest';
import { alertChannels } from './alert-channels.ts';
import { AlertConfigError, parseAlertConfig } from './alert-config.ts';

const SECRET = 'k3J9wQ2mV8xZ4pR7tY1uN6bC5dF0gH2s';

function problems(values: Record<string, unknown>): string[] {
  try {
    parseAlertConfig(values);
  } catch (error) {
    expect(error).toBeInstanceOf(AlertConfigError);
    return (error as AlertConfigError).issues.map((i) => `${i.setting}: ${i.message}`);
  }
  throw new Error('expected the settings to be refused');
}

describe('parseAlertConfig', () => {
  it('turns nothing on when no alert setting is given, whatever else the environment holds', () => {
    const config = parseAlertConfig({ PATH: '/usr/bin', HOME: '/root', DATABASE_URL: 'postgres://x' });
    expect(config).toEqual({ email: null, webhook: null, staffLink: null, includeDetails: false, maxAttempts: 50 });
    expect(alertChannels(config)).toEqual([]);
  });

  it('reads email and webhook settings as an env file writes them (strings, spaces, several addresses)', () => {
    const config = parseAlertConfig({
      ALERT_SMTP_URL: ' smtps://alerts:pa55word@mail.riverside-homes.org.uk:465 ',
      ALERT_EMAIL_TO: 'asb-team@riverside-homes.org.uk, duty.officer@riverside-homes.org.uk',
      ALERT_EMAIL_FROM: 'ASB reports <no-reply@riverside-homes.org.uk>',
      ALERT_WEBHOOK_URL: 'https://hms.riverside-homes.org.uk/hooks/asb',
      ALERT_WEBHOOK_SECRET: SECRET,
      ALERT_WEBHOOK_TIMEOUT_SECONDS: '5',
      ALERT_STAFF_LINK: 'https://hms.riverside-homes.org.uk/asb/{reference}/view',
      ALERT_INCLUDE_DETAILS: 'yes',
      ALERT_MAX_ATTEMPTS: '12',
    });
    expect(config).toEqual({
      email: {
        smtpUrl: 'smtps://alerts:pa55word@mail.riverside-homes.org.uk:465',
        to: ['asb-team@riverside-homes.org.uk', 'duty.officer@riverside-homes.org.uk'],
        from: 'ASB reports <no-reply@riverside-homes.org.uk>',
      },
      webhook: { url: 'https://hms.riverside-homes.org.uk/hooks/asb', secret: SECRET, timeoutMs: 5000 },
      staffLink: 'https://hms.riverside-homes.org.uk/asb/{reference}/view',
      includeDetails: true,
      maxAttempts: 12,
    });
    expect(alertChannels(config)).toEqual(['email', 'webhook']);
  });

  it('takes typed values from a JSON config file too, and blank env lines count as not set', () => {
    const config = parseAlertConfig({
      ALERT_SMTP_URL: '',
      ALERT_WEBHOOK_URL: 'http://127.0.0.1:8080/asb',
      ALERT_WEBHOOK_SECRET: SECRET,
      ALERT_STAFF_LINK: 'https://intake.example.org/staff/reports/',
      ALERT_INCLUDE_DETAILS: false,
      ALERT_MAX_ATTEMPTS: 3,
    });
    expect(config.email).toBeNull();
    expect(config.webhook).toEqual({ url: 'http://127.0.0.1:8080/asb', secret: SECRET, timeoutMs: 10_000 });
    expect(config.includeDetails).toBe(false);
    expect(config.maxAttempts).toBe(3);
    expect(alertChannels(config)).toEqual(['webhook']);
  });

  it('names each missing companion setting', () => {
    expect(problems({ ALERT_SMTP_URL: 'smtp://mail.example.org' })).toEqual([
      'ALERT_EMAIL_TO: is required when ALERT_SMTP_URL is set',
      'ALERT_EMAIL_FROM: is required when ALERT_SMTP_URL is set',
      'ALERT_STAFF_LINK: is required when alerts are on (ALERT_SMTP_URL or ALERT_WEBHOOK_URL): the web address where staff open a report, like https://hms.example.org/asb/{reference}',
    ]);
    expect(problems({ ALERT_EMAIL_TO: 'asb@example.org' })).toEqual(['ALERT_SMTP_URL: is required when ALERT_EMAIL_TO is set']);
    expect(problems({ ALERT_WEBHOOK_URL: 'https://hms.example.org/x', ALERT_STAFF_LINK: 'https://hms.example.org/' })).toEqual([
      'ALERT_WEBHOOK_SECRET: is required when ALERT_WEBHOOK_URL is set',
    ]);
  });

  it('refuses wrong values with a message naming the setting, and never echoes a password or secret', () => {
    const found = problems({
      ALERT_SMTP_URL: 'mail.example.org:25?password=hunter2',
      ALERT_EMAIL_TO: 'the asb team',
      ALERT_EMAIL_FROM: 'a@example.org, b@example.org',
      ALERT_WEBHOOK_URL: 'http://hms.example.org/asb',
      ALERT_WEBHOOK_SECRET: 'short-secret-hunter2',
      ALERT_STAFF_LINK: 'hms/asb',
      ALERT_INCLUDE_DETAILS: 'sometimes',
      ALERT_MAX_ATTEMPTS: '2.5',
      ALERT_WEBHOOK_TIMEOUT_SECONDS: 'ten',
    });
    expect(found).toEqual([
      'ALERT_SMTP_URL: must be a mail server URL starting smtp:// or smtps://, like smtps://user:password@mail.example.org:465',
      'ALERT_EMAIL_TO: must be one or more email addresses separated by commas, like asb-team@example.org (not an address: "the asb team")',
      'ALERT_EMAIL_FROM: must be one email address, like asb-alerts@example.org or "ASB reports <asb-alerts@example.org>"',
      'ALERT_WEBHOOK_URL: must be an https:// URL (plain http:// is allowed only to localhost), like https://hms.example.org/asb-reports',
      'ALERT_WEBHOOK_SECRET: must be 32 characters or more (make one with: openssl rand -hex 32)',
      'ALERT_WEBHOOK_TIMEOUT_SECONDS: must be a whole number from 1 to 120',
      'ALERT_STAFF_LINK: must be a web address for staff, like https://hms.example.org/asb/{reference}',
      'ALERT_INCLUDE_DETAILS: must be true or false',
      'ALERT_MAX_ATTEMPTS: must be a whole number from 1 to 10000',
    ]);
    expect(found.join('\n')).not.toContain('hunter2');
  });

  it('catches a misspelt setting rather than silently sending nothing', () => {
    expect(problems({ ALERT_SMTP_ULR: 'smtp://mail.example.org' })[0]).toMatch(/^ALERT_SMTP_ULR: is not an alert setting; the settings are ALERT_SMTP_URL, /);
  });

  it('says every fault in one message, one line per setting', () => {
    expect(() => parseAlertConfig({ ALERT_WEBHOOK_SECRET: SECRET })).toThrow(
      'The alert settings are not right:\n- ALERT_WEBHOOK_URL: is required when ALERT_WEBHOOK_SECRET is set',
    );
  });
});
