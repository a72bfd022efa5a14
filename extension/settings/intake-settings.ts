import * as z from 'zod/mini';

/** The intake settings checked: where the staff API is, and the origin to ask access for. */
export interface IntakeSettings {
  /** The intake's base address, without a trailing slash: `https://reports.example.org`. */
  baseUrl: string;
  /** The permission pattern of its origin: `https://reports.example.org/*`. */
  originPattern: string;
  staffToken: string;
}

const LOCAL = new Set(['localhost', '127.0.0.1', '[::1]']);

const intakeUrlSchema = z.string().check(
  z.refine((value) => value.trim() !== '', 'is required: the address of your intake service, like https://reports.example.org'),
  z.refine((value) => {
    try {
      const url = new URL(value.trim());
      return url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL.has(url.hostname));
    } catch {
      return false;
    }
  }, 'must be an https address like https://reports.example.org (http only on this computer)'),
  z.refine((value) => {
    try {
      const url = new URL(value.trim());
      return url.username === '' && url.password === '' && url.search === '' && url.hash === '';
    } catch {
      return true;
    }
  }, 'must not contain a user name, password, ? or #'),
);

const staffTokenSchema = z.string().check(
  z.refine((value) => value.trim() !== '', 'is required: the staff token your intake’s administrator gave you'),
  z.refine((value) => /^[\x21-\x7e]{1,200}$/.test(value.trim()), 'must be the token as issued: up to 200 letters, digits and symbols, no spaces'),
);

const intakeSettingsSchema = z.object({ intakeUrl: intakeUrlSchema, staffToken: staffTokenSchema });

/** Thrown when the intake settings cannot be used; `problems` name each field. */
export class IntakeSettingsError extends Error {
  constructor(readonly problems: { field: 'intakeUrl' | 'staffToken'; problem: string }[]) {
    super(problems.map((p) => `${p.field}: ${p.problem}`).join('\n'));
    this.name = 'IntakeSettingsError';
  }
}

/**
 * Checks the intake address and staff token (typed in options or set by the organisation).
 * Throws {@link IntakeSettingsError} naming each bad field.
 *
 * @example
 * parseIntakeSettings({ intakeUrl: 'https://reports.example.org/', staffToken: 'abc123' })
 * //=> { baseUrl: 'https://reports.example.org', originPattern: 'https://reports.example.org/*', staffToken: 'abc123' }
 * parseIntakeSettings({ intakeUrl: 'ftp://x', staffToken: '' }) // throws 'intakeUrl: must be an https address …\nstaffToken: is required: …'
 */
export function parseIntakeSettings(input: { intakeUrl: string; staffToken: string }): IntakeSettings {
  const result = intakeSettingsSchema.safeParse(input);
  if (!result.success) {
    const problems: { field: 'intakeUrl' | 'staffToken'; problem: string }[] = [];
    for (const issue of result.error.issues) {
      const field = issue.path[0] === 'staffToken' ? 'staffToken' : 'intakeUrl';
      if (!problems.some((p) => p.field === field)) problems.push({ field, problem: issue.message });
    }
    throw new IntakeSettingsError(problems);
  }
  const url = new URL(result.data.intakeUrl.trim());
  const baseUrl = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  return { baseUrl, originPattern: `${url.origin}/*`, staffToken: result.data.staffToken.trim() };
}

/**
 * A token as it may be shown: only its last 4 characters.
 *
 * @example
 * maskToken('s3cr3t-token-9f2a') //=> '…9f2a'
 * maskToken('') //=> ''
 */
export function maskToken(token: string): string {
  if (token === '') return '';
  return `…${token.slice(-4)}`;
}
