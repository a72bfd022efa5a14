import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { ALERT_SETTINGS, AlertConfigError, parseAlertConfig, type AlertConfig } from './alerts/alert-config.ts';

/**
 * Every setting of the intake service, by its environment variable name. The same names may be
 * given in a JSON config file (`INTAKE_CONFIG=/etc/asb-intake.json`); the environment wins.
 */
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const csv = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

const origin = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}, 'must be origins like https://www.landlord.example (scheme, host and port only, no path or trailing slash)');

const positiveInt = (max: number) => z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be at least 1').max(max, `must be at most ${max}`);

const configSchema = z
  .object({
    INTAKE_PORT: z.coerce.number({ error: 'must be a port number' }).int('must be a port number').min(0).max(65535, 'must be a port number 0-65535').default(8080),
    INTAKE_HOST: z.string().min(1).default('127.0.0.1'),
    INTAKE_POLICY_FILE: z.string().min(1).optional(),
    INTAKE_POLICY_PRESET: z.string().min(1).optional(),
    INTAKE_CONTACT_PHONE: z.string().min(1).optional(),
    INTAKE_CONTACT_EMAIL: z.email('must be an email address').optional(),
    INTAKE_CONTACT_WEBSITE: z.url({ protocol: /^https$/, error: 'must be an https:// address' }).optional(),
    INTAKE_DATA_DIR: z.string().min(1).default('intake-data'),
    INTAKE_DB_POOL_SIZE: positiveInt(100).default(10),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection string')
      .optional(),
    INTAKE_ALLOWED_ORIGINS: csv.pipe(z.array(origin)).default([]),
    INTAKE_WIDGET_DIR: z.string().min(1).default('dist/widget'),
    INTAKE_MAX_BODY_BYTES: positiveInt(20_000_000).default(2_000_000),
    INTAKE_RATE_LIMIT_PER_MINUTE: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(0, 'must be 0 (off) or more').default(20),
    INTAKE_TRUST_PROXY: flag.default(false),
    INTAKE_RETENTION_DAYS: positiveInt(3650).default(90),
  })
  .superRefine((c, ctx) => {
    const need = (when: boolean, path: string, message: string) => {
      if (when) ctx.addIssue({ code: 'custom', path: [path], message });
    };
    need(!c.INTAKE_POLICY_FILE && !c.INTAKE_POLICY_PRESET, 'INTAKE_POLICY_FILE', 'give the landlord policy file (or INTAKE_POLICY_PRESET)');
    need(!!c.INTAKE_POLICY_FILE && !!c.INTAKE_POLICY_PRESET, 'INTAKE_POLICY_PRESET', 'give INTAKE_POLICY_FILE or INTAKE_POLICY_PRESET, not both');
  });

/** The intake's settings, validated. */
export interface IntakeConfig {
  port: number;
  host: string;
  policy: { file: string } | { preset: string };
  /** Overrides for the policy's contact (a preset has no landlord's own phone). */
  contact: { phone?: string; email?: string; website?: string };
  store: { kind: 'postgres'; connectionString: string; poolSize: number } | { kind: 'files'; dataDir: string };
  allowedOrigins: string[];
  widgetDir: string;
  maxBodyBytes: number;
  /** Reports a minute per client; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Take the client's address from X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy: boolean;
  /** Reports are deleted this many days after an officer marked them taken. */
  retentionDays: number;
  /** The alert settings (ALERT_*), read by the alerts module's `parseAlertConfig`: channels, staff link, details, attempts. */
  alerts: AlertConfig;
}

/** A wrong setting: the message names it, and is safe to print (never a secret's value). */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the settings from the environment (and the JSON file `INTAKE_CONFIG` names, if any),
 * or throws a {@link ConfigError} naming every wrong setting.
 *
 * @example
 * loadIntakeConfig({ INTAKE_POLICY_FILE: '/etc/asb/policy.json', INTAKE_PORT: '8080' }).port //=> 8080
 * loadIntakeConfig({ INTAKE_PORT: 'eighty' }) // throws ConfigError: INTAKE_PORT: must be a port number
 */
export function loadIntakeConfig(env: Record<string, string | undefined>): IntakeConfig {
  let fromFile: Record<string, unknown> = {};
  if (env.INTAKE_CONFIG) {
    let text: string;
    try {
      text = readFileSync(env.INTAKE_CONFIG, 'utf8');
    } catch (error) {
      throw new ConfigError(`INTAKE_CONFIG: cannot read ${env.INTAKE_CONFIG}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      fromFile = Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, typeof v === 'string' ? v : Array.isArray(v) ? v.join(',') : String(v)]));
    } catch {
      throw new ConfigError(`INTAKE_CONFIG: ${env.INTAKE_CONFIG} must be a JSON object of settings, like {"INTAKE_PORT": 8080}`);
    }
    const unknownKeys = Object.keys(fromFile).filter((k) => !(k in configSchema.shape) && !(ALERT_SETTINGS as readonly string[]).includes(k));
    if (unknownKeys.length) throw new ConfigError(`INTAKE_CONFIG: unknown setting ${unknownKeys.join(', ')} in ${env.INTAKE_CONFIG}`);
  }
  const merged: Record<string, unknown> = { ...fromFile };
  for (const key of Object.keys(configSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== '') merged[key] = value;
  }
  // The alert settings: the file's, then every ALERT_* in the environment (a misspelt or retired
  // name, like ALERT_TEAM_EMAIL, is named rather than ignored).
  const alertValues: Record<string, unknown> = Object.fromEntries(Object.entries(fromFile).filter(([k]) => k.startsWith('ALERT_')));
  for (const [key, value] of Object.entries(env)) if (key.startsWith('ALERT_') && value !== undefined) alertValues[key] = value;
  const result = configSchema.safeParse(merged);
  const lines = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`);
  let alerts: AlertConfig | undefined;
  try {
    alerts = parseAlertConfig(alertValues);
  } catch (error) {
    if (!(error instanceof AlertConfigError)) throw error;
    lines.push(...error.issues.map((i) => `${i.setting}: ${i.message}`));
  }
  if (!result.success || !alerts) throw new ConfigError(`The intake cannot start:\n  ${lines.join('\n  ')}`);
  const c = result.data;
  return {
    port: c.INTAKE_PORT,
    host: c.INTAKE_HOST,
    policy: c.INTAKE_POLICY_FILE ? { file: c.INTAKE_POLICY_FILE } : { preset: c.INTAKE_POLICY_PRESET! },
    contact: { phone: c.INTAKE_CONTACT_PHONE, email: c.INTAKE_CONTACT_EMAIL, website: c.INTAKE_CONTACT_WEBSITE },
    store: c.DATABASE_URL ? { kind: 'postgres', connectionString: c.DATABASE_URL, poolSize: c.INTAKE_DB_POOL_SIZE } : { kind: 'files', dataDir: c.INTAKE_DATA_DIR },
    allowedOrigins: c.INTAKE_ALLOWED_ORIGINS,
    widgetDir: c.INTAKE_WIDGET_DIR,
    maxBodyBytes: c.INTAKE_MAX_BODY_BYTES,
    rateLimitPerMinute: c.INTAKE_RATE_LIMIT_PER_MINUTE,
    trustProxy: c.INTAKE_TRUST_PROXY,
    retentionDays: c.INTAKE_RETENTION_DAYS,
    alerts,
  };
}
