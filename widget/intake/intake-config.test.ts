import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alertChannels } from './alerts/alert-channels.ts';
import { ConfigError, loadIntakeConfig } from './intake-config.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'asb-config-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const failure = (env: Record<string, string>): string => {
  try {
    loadIntakeConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('loadIntakeConfig', () => {
  it('has defaults for everything but the policy', () => {
    const config = loadIntakeConfig({ INTAKE_POLICY_PRESET: 'plus-dane' });
    expect(config).toEqual({
      port: 8080,
      host: '127.0.0.1',
      policy: { preset: 'plus-dane' },
      contact: { phone: undefined, email: undefined, website: undefined },
      store: { kind: 'files', dataDir: 'intake-data' },
      allowedOrigins: [],
      widgetDir: 'dist/widget',
      maxBodyBytes: 2_000_000,
      rateLimitPerMinute: 20,
      trustProxy: false,
      retentionDays: 90,
      alerts: { email: null, webhook: null, staffLink: null, includeDetails: false, maxAttempts: 50 },
    });
    expect(alertChannels(config.alerts)).toEqual([]);
  });

  it('names each wrong setting', () => {
    const message = failure({
      INTAKE_POLICY_PRESET: 'plus-dane',
      INTAKE_PORT: '80800',
      INTAKE_ALLOWED_ORIGINS: 'https://www.landlord.example/, landlord.example',
      INTAKE_TRUST_PROXY: 'maybe',
      INTAKE_RETENTION_DAYS: '0',
      DATABASE_URL: 'mysql://db/asb',
    });
    expect(message.split('\n')).toEqual([
      'The intake cannot start:',
      '  INTAKE_PORT: must be a port number 0-65535',
      '  DATABASE_URL: must be a postgres:// connection string',
      '  INTAKE_ALLOWED_ORIGINS.0: must be origins like https://www.landlord.example (scheme, host and port only, no path or trailing slash)',
      '  INTAKE_ALLOWED_ORIGINS.1: must be origins like https://www.landlord.example (scheme, host and port only, no path or trailing slash)',
      '  INTAKE_TRUST_PROXY: must be true or false',
      '  INTAKE_RETENTION_DAYS: must be at least 1',
    ]);
  });

  it('needs a policy, and the whole of an alert channel', () => {
    expect(failure({})).toMatch(/INTAKE_POLICY_FILE: give the landlord policy file \(or INTAKE_POLICY_PRESET\)/);
    const message = failure({ INTAKE_POLICY_PRESET: 'plus-dane', ALERT_SMTP_URL: 'smtp://mail.landlord.example', ALERT_WEBHOOK_URL: 'https://hms.landlord.example/hook' });
    expect(message).toMatch(/ALERT_EMAIL_TO: is required when ALERT_SMTP_URL is set/);
    expect(message).toMatch(/ALERT_EMAIL_FROM: is required when ALERT_SMTP_URL is set/);
    expect(message).toMatch(/ALERT_WEBHOOK_SECRET: is required when ALERT_WEBHOOK_URL is set/);
    expect(message).toMatch(/ALERT_STAFF_LINK: is required when alerts are on/);
    expect(failure({ INTAKE_POLICY_PRESET: 'plus-dane', ALERT_WEBHOOK_URL: 'https://hms.example/h', ALERT_WEBHOOK_SECRET: 'short' })).toMatch(
      /ALERT_WEBHOOK_SECRET: must be 32 characters or more/,
    );
  });

  it('names an alert setting under an old or misspelt name, with the intake settings at fault', () => {
    const message = failure({ INTAKE_POLICY_PRESET: 'plus-dane', INTAKE_PORT: 'eighty', ALERT_TEAM_EMAIL: 'asb-team@landlord.example' });
    expect(message.split('\n').slice(0, 3)).toEqual([
      'The intake cannot start:',
      '  INTAKE_PORT: must be a port number',
      expect.stringMatching(/^  ALERT_TEAM_EMAIL: is not an alert setting; the settings are ALERT_SMTP_URL, ALERT_EMAIL_TO/),
    ]);
  });

  it('reads alerts, PostgreSQL and origins', () => {
    const config = loadIntakeConfig({
      INTAKE_POLICY_FILE: '/etc/asb/policy.json',
      DATABASE_URL: 'postgres://asb:secret@db.internal:5432/asb',
      INTAKE_ALLOWED_ORIGINS: 'https://www.landlord.example, https://landlord.example:8443',
      ALERT_SMTP_URL: 'smtps://alerts:pw@mail.landlord.example',
      ALERT_EMAIL_TO: 'asb-team@landlord.example, asb-lead@landlord.example',
      ALERT_EMAIL_FROM: 'no-reply@landlord.example',
      ALERT_WEBHOOK_URL: 'https://hms.landlord.example/asb',
      ALERT_WEBHOOK_SECRET: 'k'.repeat(40),
      ALERT_STAFF_LINK: 'https://hms.landlord.example/asb/{reference}',
      ALERT_INCLUDE_DETAILS: 'true',
    });
    expect(config.store).toEqual({ kind: 'postgres', connectionString: 'postgres://asb:secret@db.internal:5432/asb', poolSize: 10 });
    expect(config.allowedOrigins).toEqual(['https://www.landlord.example', 'https://landlord.example:8443']);
    expect(config.alerts.includeDetails).toBe(true);
    expect(config.alerts.email).toEqual({ smtpUrl: 'smtps://alerts:pw@mail.landlord.example', to: ['asb-team@landlord.example', 'asb-lead@landlord.example'], from: 'no-reply@landlord.example' });
    expect(alertChannels(config.alerts)).toEqual(['email', 'webhook']);
  });

  it('never prints a secret it refuses', () => {
    const message = failure({ INTAKE_POLICY_PRESET: 'plus-dane', ALERT_WEBHOOK_URL: 'https://hms.example/h', ALERT_WEBHOOK_SECRET: 'hunter2-secret' });
    expect(message).not.toContain('hunter2');
  });

  it('reads a JSON config file, the environment winning, and names unknown settings in it', async () => {
    const file = join(dir, 'intake.json');
    await writeFile(file, JSON.stringify({ INTAKE_POLICY_PRESET: 'plus-dane', INTAKE_PORT: 9000, INTAKE_RATE_LIMIT_PER_MINUTE: 5 }));
    const config = loadIntakeConfig({ INTAKE_CONFIG: file, INTAKE_PORT: '9100' });
    expect([config.port, config.rateLimitPerMinute]).toEqual([9100, 5]);
    await writeFile(file, JSON.stringify({ INTAKE_POLICY_PRESET: 'plus-dane', INTAKE_PROT: 9000 }));
    expect(failure({ INTAKE_CONFIG: file })).toBe(`INTAKE_CONFIG: unknown setting INTAKE_PROT in ${file}`);
    await writeFile(file, JSON.stringify({ INTAKE_POLICY_PRESET: 'plus-dane', ALERT_WEBHOOK_URL: 'https://hms.landlord.example/asb', ALERT_WEBHOOK_SECRET: 's'.repeat(32), ALERT_STAFF_LINK: 'https://hms.landlord.example/asb/' }));
    expect(loadIntakeConfig({ INTAKE_CONFIG: file, ALERT_WEBHOOK_TIMEOUT_SECONDS: '5' }).alerts.webhook).toEqual({ url: 'https://hms.landlord.example/asb', secret: 's'.repeat(32), timeoutMs: 5000 });
    await writeFile(file, '{"INTAKE_PORT": 90');
    expect(failure({ INTAKE_CONFIG: file })).toBe(`INTAKE_CONFIG: ${file} must be a JSON object of settings, like {"INTAKE_PORT": 8080}`);
    expect(failure({ INTAKE_CONFIG: join(dir, 'missing.json') })).toBe(`INTAKE_CONFIG: cannot read ${join(dir, 'missing.json')}: ENOENT`);
  });
});
