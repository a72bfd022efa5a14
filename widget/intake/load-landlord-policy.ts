import { readFileSync } from 'node:fs';
import { parsePolicy, policies, type Policy } from '../../core/index.ts';
import { ConfigError, type IntakeConfig } from './intake-config.ts';

/**
 * Why a landlord name or phone number cannot be a real landlord's: the presets' and demo's
 * placeholders, Ofcom's numbers reserved for drama, and example names. Undefined when it may be.
 */
export function fictionalContact(policy: Policy): string | undefined {
  if (/\b(example|fictional|sample|test|demo)\b/i.test(policy.landlord)) return `landlord: "${policy.landlord}" is not a real landlord's name`;
  const phone = policy.contact?.phone;
  if (!phone) return 'contact.phone: the policy has no phone number for tenants (set INTAKE_CONTACT_PHONE)';
  const digits = phone.replace(/^\+44\s*(\(0\))?/, '0').replace(/[\s()-]/g, '');
  if (!/^0\d{9,10}$/.test(digits)) return `contact.phone: "${phone}" is not a UK phone number`;
  // 0300 000 0000 (the model preset and the demo), 0X0 0000 0000 patterns, Ofcom's drama ranges.
  if (/^0\d{2,4}0{6,7}$/.test(digits) || /^0(113|114|115|116|117|118|121|131|141|151|161|191)4960\d{3}$/.test(digits) || /^02079460\d{3}$/.test(digits) || /^07700900\d{3}$/.test(digits) || /^0(808157|909879)0\d{3}$/.test(digits)) {
    return `contact.phone: "${phone}" is a placeholder or drama number, not the landlord's`;
  }
  const email = policy.contact?.email;
  if (email && /@(.+\.)?example\.(org|com|net)$|@example$/i.test(email)) return `contact.email: "${email}" is a placeholder address`;
  return undefined;
}

/**
 * The landlord's policy the intake serves and triages with: their policy file (validated with
 * `parsePolicy`) or a preset, with the contact settings laid over it. Refuses, with a
 * {@link ConfigError} naming the setting, a policy that would show tenants a fictional landlord.
 *
 * @example
 * loadLandlordPolicy({ ...config, policy: { preset: 'plus-dane' }, contact: { phone: '0151 000 1234' } }).landlord //=> 'Plus Dane Housing'
 */
export function loadLandlordPolicy(config: Pick<IntakeConfig, 'policy' | 'contact'>): Policy {
  let base: unknown;
  let setting: string;
  if ('file' in config.policy) {
    setting = 'INTAKE_POLICY_FILE';
    let text: string;
    try {
      text = readFileSync(config.policy.file, 'utf8');
    } catch (error) {
      throw new ConfigError(`INTAKE_POLICY_FILE: cannot read ${config.policy.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    try {
      base = JSON.parse(text);
    } catch {
      throw new ConfigError(`INTAKE_POLICY_FILE: ${config.policy.file} is not valid JSON`);
    }
  } else {
    setting = 'INTAKE_POLICY_PRESET';
    const id = config.policy.preset;
    if (!Object.hasOwn(policies, id)) throw new ConfigError(`INTAKE_POLICY_PRESET: unknown preset "${id}": choose from ${Object.keys(policies).join(', ')}`);
    base = policies[id];
  }
  const overrides = Object.fromEntries(Object.entries(config.contact).filter(([, v]) => v !== undefined));
  const withContact =
    Object.keys(overrides).length && typeof base === 'object' && base !== null
      ? { ...base, contact: { ...((base as { contact?: object }).contact ?? {}), ...overrides } }
      : base;
  let policy: Policy;
  try {
    policy = parsePolicy(withContact);
  } catch (error) {
    throw new ConfigError(`${setting}: the policy is not valid:\n  ${(error as Error).message.split('\n').join('\n  ')}`);
  }
  const fictional = fictionalContact(policy);
  if (fictional) throw new ConfigError(`${setting}: tenants would be shown a fictional landlord: ${fictional}`);
  return policy;
}
