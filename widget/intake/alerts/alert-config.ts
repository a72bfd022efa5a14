import * as z from 'zod';

/**
 * The intake's alert settings, read from the environment or a config file (the same names in
 * both). Every setting is optional: with none, no alerts are sent. A channel is on when its
 * address is set, and then its other settings are required.
 *
 * | Setting | What it is |
 * | --- | --- |
 * | `ALERT_SMTP_URL` | The mail server: `smtps://user:password@mail.example.org:465` or `smtp://mail.example.org:587` (STARTTLS when offered). Turns email alerts on. |
 * | `ALERT_EMAIL_TO` | The team's address; several separated by commas. |
 * | `ALERT_EMAIL_FROM` | The sender: `ASB reports <asb-alerts@example.org>`. |
 * | `ALERT_WEBHOOK_URL` | The HMS integration's endpoint, `https://` (plain `http://` only to this machine). Turns the webhook on. |
 * | `ALERT_WEBHOOK_SECRET` | The shared secret the webhook is signed with (HMAC-SHA256): 32 characters or more. |
 * | `ALERT_WEBHOOK_TIMEOUT_SECONDS` | How long to wait for the webhook's answer (default 10). |
 * | `ALERT_STAFF_LINK` | Where staff open a report: `https://hms.example.org/asb/{reference}`, or a base URL the reference is added to. Required when a channel is on. |
 * | `ALERT_INCLUDE_DETAILS` | `true` to put what the tenant wrote, names and special-category details (hate, disability, health) in alerts. Default `false`: reference, level, due date and link only. |
 * | `ALERT_MAX_ATTEMPTS` | Tries per alert before the worker stops retrying it and reports it (default 50; the 50th comes about 43 hours after the first). |
 */
export interface AlertConfig {
  /** null: no email alerts. */
  email: { smtpUrl: string; to: string[]; from: string } | null;
  /** null: no webhook. */
  webhook: { url: string; secret: string; timeoutMs: number } | null;
  /** The link to a report for staff: `{reference}` is replaced, or the reference is appended. */
  staffLink: string | null;
  includeDetails: boolean;
  maxAttempts: number;
}

/**
 * Thrown by {@link parseAlertConfig}: one line per setting at fault, each naming it.
 * @example
 * new AlertConfigError([{ setting: 'ALERT_EMAIL_TO', message: 'is required when ALERT_SMTP_URL is set' }]).message
 * //=> 'The alert settings are not right:\n- ALERT_EMAIL_TO: is required when ALERT_SMTP_URL is set'
 */
export class AlertConfigError extends Error {
  readonly issues: { setting: string; message: string }[];

  constructor(issues: { setting: string; message: string }[]) {
    super(`The alert settings are not right:\n${issues.map((i) => `- ${i.setting}: ${i.message}`).join('\n')}`);
    this.name = 'AlertConfigError';
    this.issues = issues;
  }
}

/**
 * The names of the alert settings, in the order the README lists them.
 * @example
 * ALERT_SETTINGS[0] //=> 'ALERT_SMTP_URL'
 */
export const ALERT_SETTINGS = [
  'ALERT_SMTP_URL',
  'ALERT_EMAIL_TO',
  'ALERT_EMAIL_FROM',
  'ALERT_WEBHOOK_URL',
  'ALERT_WEBHOOK_SECRET',
  'ALERT_WEBHOOK_TIMEOUT_SECONDS',
  'ALERT_STAFF_LINK',
  'ALERT_INCLUDE_DETAILS',
  'ALERT_MAX_ATTEMPTS',
] as const;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A blank string counts as not set (an empty `ALERT_SMTP_URL=` line in an env file). */
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/** Never echoes the value: an SMTP URL or a secret may hold a password. */
const smtpUrl = z.string({ error: 'must be text' }).refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
    } catch {
      return false;
    }
  },
  { error: 'must be a mail server URL starting smtp:// or smtps://, like smtps://user:password@mail.example.org:465' },
);

const mailbox = /^[^<>@\s,]+@[^<>@\s,]+\.[^<>@\s,]+$/;
const emailList = z.string({ error: 'must be text' }).transform((value, ctx) => {
  const addresses = value.split(',').map((a) => a.trim()).filter((a) => a !== '');
  const bad = addresses.filter((a) => !mailbox.test(a));
  if (addresses.length === 0 || bad.length > 0) {
    ctx.addIssue({ code: 'custom', message: `must be one or more email addresses separated by commas, like asb-team@example.org${bad.length > 0 ? ` (not an address: ${bad.map((b) => JSON.stringify(b.slice(0, 80))).join(', ')})` : ''}` });
    return z.NEVER;
  }
  return addresses;
});
const sender = z.string({ error: 'must be text' }).refine((value) => mailbox.test(value) || /^[^<>]*<[^<>@\s,]+@[^<>@\s,]+\.[^<>@\s,]+>$/.test(value), {
  error: 'must be one email address, like asb-alerts@example.org or "ASB reports <asb-alerts@example.org>"',
});

const webhookUrl = z.string({ error: 'must be text' }).refine(
  (value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
    } catch {
      return false;
    }
  },
  { error: 'must be an https:// URL (plain http:// is allowed only to localhost), like https://hms.example.org/asb-reports' },
);

const staffLink = z.string({ error: 'must be text' }).refine(
  (value) => {
    try {
      const url = new URL(value.replaceAll('{reference}', 'ASB-2026-000001'));
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  },
  { error: 'must be a web address for staff, like https://hms.example.org/asb/{reference}' },
);

const flag = z.union([z.boolean(), z.enum(['true', 'false', 'yes', 'no', '1', '0'])], { error: 'must be true or false' }).transform((v) => v === true || v === 'true' || v === 'yes' || v === '1');
const wholeNumber = (min: number, max: number) =>
  z.coerce.number({ error: `must be a whole number from ${min} to ${max}` }).int(`must be a whole number from ${min} to ${max}`).min(min, `must be ${min} or more`).max(max, `must be ${max} or fewer`);

const settingsSchema = z.object({
  ALERT_SMTP_URL: optional(smtpUrl),
  ALERT_EMAIL_TO: optional(emailList),
  ALERT_EMAIL_FROM: optional(sender),
  ALERT_WEBHOOK_URL: optional(webhookUrl),
  ALERT_WEBHOOK_SECRET: optional(z.string({ error: 'must be text' }).min(32, 'must be 32 characters or more (make one with: openssl rand -hex 32)')),
  ALERT_WEBHOOK_TIMEOUT_SECONDS: optional(wholeNumber(1, 120)),
  ALERT_STAFF_LINK: optional(staffLink),
  ALERT_INCLUDE_DETAILS: optional(flag),
  ALERT_MAX_ATTEMPTS: optional(wholeNumber(1, 10_000)),
});

/**
 * Reads the alert settings from the environment or a config file's values (other keys are
 * ignored, except a misspelt `ALERT_...` one), and says which channels are on. Throws an
 * {@link AlertConfigError} naming every setting at fault; a value that may hold a password is
 * never echoed.
 *
 * @example
 * parseAlertConfig({ ALERT_SMTP_URL: 'smtp://mail.example.org:587', ALERT_EMAIL_TO: 'asb@example.org',
 *   ALERT_EMAIL_FROM: 'alerts@example.org', ALERT_STAFF_LINK: 'https://hms.example.org/asb/{reference}' })
 * //=> { email: { smtpUrl: 'smtp://mail.example.org:587', to: ['asb@example.org'], from: 'alerts@example.org' },
 * //     webhook: null, staffLink: 'https://hms.example.org/asb/{reference}', includeDetails: false, maxAttempts: 50 }
 * parseAlertConfig(process.env) // throws when ALERT_EMAIL_TO is missing beside ALERT_SMTP_URL
 */
export function parseAlertConfig(values: Record<string, unknown>): AlertConfig {
  const issues: { setting: string; message: string }[] = [];
  const known = new Set<string>(ALERT_SETTINGS);
  for (const key of Object.keys(values)) {
    if (key.startsWith('ALERT_') && !known.has(key)) {
      issues.push({ setting: key, message: `is not an alert setting; the settings are ${ALERT_SETTINGS.join(', ')}` });
    }
  }
  const picked = Object.fromEntries(ALERT_SETTINGS.map((key) => [key, values[key]]));
  const parsed = settingsSchema.safeParse(picked);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) issues.push({ setting: String(issue.path[0] ?? 'alert settings'), message: issue.message });
    throw new AlertConfigError(issues);
  }
  const s = parsed.data;
  const need = (setting: string, when: string) => issues.push({ setting, message: `is required when ${when} is set` });

  if (s.ALERT_SMTP_URL !== undefined) {
    if (s.ALERT_EMAIL_TO === undefined) need('ALERT_EMAIL_TO', 'ALERT_SMTP_URL');
    if (s.ALERT_EMAIL_FROM === undefined) need('ALERT_EMAIL_FROM', 'ALERT_SMTP_URL');
  } else {
    if (s.ALERT_EMAIL_TO !== undefined) need('ALERT_SMTP_URL', 'ALERT_EMAIL_TO');
    else if (s.ALERT_EMAIL_FROM !== undefined) need('ALERT_SMTP_URL', 'ALERT_EMAIL_FROM');
  }
  if (s.ALERT_WEBHOOK_URL !== undefined) {
    if (s.ALERT_WEBHOOK_SECRET === undefined) need('ALERT_WEBHOOK_SECRET', 'ALERT_WEBHOOK_URL');
  } else if (s.ALERT_WEBHOOK_SECRET !== undefined) {
    need('ALERT_WEBHOOK_URL', 'ALERT_WEBHOOK_SECRET');
  }
  const anyChannel = s.ALERT_SMTP_URL !== undefined || s.ALERT_WEBHOOK_URL !== undefined;
  if (anyChannel && s.ALERT_STAFF_LINK === undefined) {
    issues.push({ setting: 'ALERT_STAFF_LINK', message: 'is required when alerts are on (ALERT_SMTP_URL or ALERT_WEBHOOK_URL): the web address where staff open a report, like https://hms.example.org/asb/{reference}' });
  }
  if (issues.length > 0) throw new AlertConfigError(issues);

  return {
    email: s.ALERT_SMTP_URL !== undefined ? { smtpUrl: s.ALERT_SMTP_URL, to: s.ALERT_EMAIL_TO!, from: s.ALERT_EMAIL_FROM! } : null,
    webhook: s.ALERT_WEBHOOK_URL !== undefined ? { url: s.ALERT_WEBHOOK_URL, secret: s.ALERT_WEBHOOK_SECRET!, timeoutMs: (s.ALERT_WEBHOOK_TIMEOUT_SECONDS ?? 10) * 1000 } : null,
    staffLink: s.ALERT_STAFF_LINK ?? null,
    includeDetails: s.ALERT_INCLUDE_DETAILS ?? false,
    maxAttempts: s.ALERT_MAX_ATTEMPTS ?? 50,
  };
}
