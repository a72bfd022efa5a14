import * as z from 'zod/mini';
import { PRESET_IDS, REGIONS } from '../../core/index.ts';
import { hostRuleSchema } from '../hosts/host-rule.ts';
import type { HostRule } from '../hosts/host-rule.ts';

/** The policy choices: one of the core's presets, or the landlord's own policy JSON. */
export const POLICY_CHOICES = [...PRESET_IDS, 'custom'] as const;
export type PolicyChoice = (typeof POLICY_CHOICES)[number];

const text = z.string();

/** The most homes the setting accepts (no landlord in England manages ten million). */
export const MAX_HOMES = 10_000_000;

/** A host system the officer (or IT) has added: see extension/hosts/host-rule.ts. */
export type HostSetting = HostRule;

/**
 * Every setting, with its default when missing (settings saved by an older version still read).
 *
 * @example
 * settingsSchema.parse({ officerName: 'Sam' }).retentionDays //=> 365
 */
export const settingsSchema = z.object({
  policyPreset: z._default(z.enum(POLICY_CHOICES), 'model'),
  /** The landlord's policy as JSON text, used when `policyPreset` is 'custom'. */
  customPolicy: z._default(text, ''),
  /** Bank-holiday region; null: the policy's own. */
  region: z._default(z.nullable(z.enum(REGIONS)), null),
  officerName: z._default(text, ''),
  officerJobTitle: z._default(text, ''),
  officerPhone: z._default(text, ''),
  officerEmail: z._default(text, ''),
  notificationsOn: z._default(z.boolean(), true),
  /** Closed cases are deleted this many days after their closing date. */
  retentionDays: z._default(z.int().check(z.minimum(1), z.maximum(3650)), 365),
  hosts: z._default(z.array(hostRuleSchema), []),
  /** The housing system's case list the dashboard can be filled from (the whole team's open cases); '' for none. */
  caseListUrl: z._default(text, ''),
  /** The number of homes the landlord manages, for the NM01 rates per 1,000 homes; null when not set. */
  homes: z._default(z.nullable(z.int().check(z.minimum(1), z.maximum(MAX_HOMES))), null),
  /** The landlord's intake service (its origin, e.g. https://reports.example.org); '' when none. See intake-settings.ts. */
  intakeUrl: z._default(text, ''),
  /** A staff token for the intake's staff API. Kept only in the extension; never shown back in full, never logged. */
  staffToken: z._default(text, ''),
});

/** The officer's settings, as stored (defaults filled in). */
export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(settingsSchema.shape) as SettingKey[];

/**
 * The settings of a new installation.
 *
 * @example
 * DEFAULT_SETTINGS.policyPreset //=> 'model'
 * DEFAULT_SETTINGS.retentionDays //=> 365
 */
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
