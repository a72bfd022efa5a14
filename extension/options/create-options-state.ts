import { computed, signal } from '@preact/signals';
import type { ReadonlySignal, Signal } from '@preact/signals';
import { parseGenericHostConfig } from '../hosts/generic/generic-config.ts';
import type { HostSystem } from '../hosts/host-case.ts';
import { checkPolicyJson } from '../settings/check-policy-json.ts';
import { IntakeSettingsError, parseIntakeSettings, type IntakeSettings } from '../settings/intake-settings.ts';
import { parseHostPattern } from '../settings/host-pattern.ts';
import type { EffectiveSettings } from '../settings/managed-settings.ts';
import type { OptionsService } from './options-service.ts';
import { problemInWords } from '../settings/problem-in-words.ts';
import { MAX_HOMES } from '../settings/settings-schema.ts';
import type { HostSetting, SettingKey, Settings } from '../settings/settings-schema.ts';

/** A problem with one field of the options page: the input's id, and the problem in words. */
export interface FieldError {
  /** The id of the input to link to and focus. */
  field: string;
  /** Where the problem is, in words ('' when the field itself). */
  where: string;
  problem: string;
}

/** The options page's state. */
export interface OptionsState {
  effective: Signal<EffectiveSettings | null>;
  /** The settings as edited, not yet saved. */
  draft: Signal<Settings | null>;
  locked: ReadonlySignal<ReadonlySet<SettingKey>>;
  errors: Signal<FieldError[]>;
  /** What the last action did, for the live region. */
  message: Signal<string>;
  host: { system: Signal<HostSystem>; match: Signal<string>; generic: Signal<string>; errors: Signal<FieldError[]> };
  /** Host match pattern → whether its origin's access is granted. */
  access: Signal<Record<string, boolean>>;
  data: { errors: Signal<FieldError[]>; counts: Signal<{ total: number; closed: number } | null> };
  /** The intake form's problems (fields 'intake-url', 'staff-token'). */
  intake: { errors: Signal<FieldError[]> };
  start(): Promise<void>;
  set<K extends SettingKey>(key: K, value: Settings[K]): void;
  save(): Promise<boolean>;
  /** Adds the host in the form: asks for its origin's access (call from the click), saves, registers the content script. */
  addHost(): Promise<void>;
  removeHost(index: number): Promise<void>;
  grantHost(index: number): Promise<void>;
  /**
   * Saves the intake address and staff token (an empty token keeps the saved one), asking for
   * access to the intake's origin first (call from the click). Answers whether it was saved.
   */
  saveIntake(input: { intakeUrl: string; staffToken: string }): Promise<boolean>;
  exportData(): Promise<{ name: string; text: string } | null>;
  importText(text: string): Promise<void>;
  purgeNow(): Promise<void>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The options page's state over its service.
 *
 * @example
 * const state = createOptionsState(createOptionsService({ db: openDb(), api: browser }));
 * await state.start();
 * state.set('officerName', 'Sam Patel');
 * await state.save() //=> true
 */
export function createOptionsState(service: OptionsService): OptionsState {
  const effective = signal<EffectiveSettings | null>(null);
  const draft = signal<Settings | null>(null);
  const locked = computed(() => new Set(effective.value?.locked ?? []));
  const errors = signal<FieldError[]>([]);
  const message = signal('');
  const host = { system: signal<HostSystem>('activeh'), match: signal(''), generic: signal(''), errors: signal<FieldError[]>([]) };
  const access = signal<Record<string, boolean>>({});
  const data = { errors: signal<FieldError[]>([]), counts: signal<{ total: number; closed: number } | null>(null) };
  const intake = { errors: signal<FieldError[]>([]) };

  const refreshAccess = async (hosts: readonly HostSetting[]) => {
    const next: Record<string, boolean> = {};
    for (const h of hosts) {
      try {
        next[h.match] = await service.hasOrigin(parseHostPattern(h.match).origin);
      } catch {
        next[h.match] = false;
      }
    }
    access.value = next;
  };
  const loaded = async (result: EffectiveSettings) => {
    effective.value = result;
    draft.value = { ...result.settings };
    await refreshAccess(result.settings.hosts);
  };
  const saveHosts = async (hosts: HostSetting[]) => {
    const result = await service.save({ hosts });
    effective.value = result;
    draft.value = { ...draft.value!, hosts: result.settings.hosts };
    const sync = await service.syncHosts(result.settings.hosts);
    await refreshAccess(result.settings.hosts);
    return sync;
  };

  return {
    effective,
    draft,
    locked,
    errors,
    message,
    host,
    access,
    data,
    intake,
    async saveIntake(input) {
      const saved = effective.value?.settings;
      if (!saved) return false;
      const intakeUrl = locked.value.has('intakeUrl') ? saved.intakeUrl : input.intakeUrl.trim();
      const staffToken = locked.value.has('staffToken') || input.staffToken.trim() === '' ? saved.staffToken : input.staffToken.trim();
      let checked: IntakeSettings;
      try {
        checked = parseIntakeSettings({ intakeUrl, staffToken });
      } catch (error) {
        const problems = error instanceof IntakeSettingsError ? error.problems : [{ field: 'intakeUrl' as const, problem: (error as Error).message }];
        intake.errors.value = problems.map((p) =>
          p.field === 'intakeUrl'
            ? { field: 'intake-url', where: '', problem: `The intake address ${p.problem}.` }
            : { field: 'staff-token', where: '', problem: `The staff token ${p.problem}.` },
        );
        message.value = '';
        return false;
      }
      intake.errors.value = [];
      // Ask first, while the click still counts as the officer's own action.
      const granted = await service.requestOrigin(checked.originPattern).catch(() => false);
      const changes: Partial<Settings> = {};
      if (!locked.value.has('intakeUrl')) changes.intakeUrl = intakeUrl;
      if (!locked.value.has('staffToken')) changes.staffToken = staffToken;
      await loaded(await service.save(changes));
      message.value = granted
        ? 'Intake settings saved. New website reports are listed in the side panel.'
        : 'Intake settings saved, but access to the intake’s address was not given. Save again and allow access to see website reports.';
      return true;
    },
    async start() {
      await loaded(await service.load());
      data.counts.value = await service.counts();
    },
    set(key, value) {
      if (!draft.value || locked.value.has(key)) return;
      draft.value = { ...draft.value, [key]: value };
    },
    async save() {
      const current = draft.value;
      if (!current || !effective.value) return false;
      const found: FieldError[] = [];
      if (current.policyPreset === 'custom' && !locked.value.has('customPolicy')) {
        for (const line of checkPolicyJson(current.customPolicy).problems) {
          const { where, problem } = problemInWords(line);
          found.push({ field: 'custom-policy', where, problem });
        }
      }
      if (!Number.isInteger(current.retentionDays) || current.retentionDays < 1 || current.retentionDays > 3650) {
        found.push({ field: 'retention-days', where: '', problem: 'Enter a whole number of days from 1 to 3650.' });
      }
      if (current.homes !== null && !locked.value.has('homes') && (!Number.isInteger(current.homes) || current.homes < 1 || current.homes > MAX_HOMES)) {
        found.push({ field: 'homes', where: '', problem: 'Enter the number of homes as a whole number of at least 1, or leave it empty.' });
      }
      if (current.officerEmail.trim() !== '' && !EMAIL.test(current.officerEmail.trim())) {
        found.push({ field: 'officer-email', where: '', problem: 'Enter an email address like name@example.org, or leave it empty.' });
      }
      errors.value = found;
      if (found.length > 0) {
        message.value = '';
        return false;
      }
      const changes: Partial<Settings> = {};
      for (const key of Object.keys(current) as SettingKey[]) {
        if (key === 'hosts' || locked.value.has(key)) continue;
        if (JSON.stringify(current[key]) !== JSON.stringify(effective.value.settings[key])) {
          (changes as Record<string, unknown>)[key] = typeof current[key] === 'string' ? (current[key] as string).trim() : current[key];
        }
      }
      try {
        await loaded(await service.save(changes));
        message.value = 'Settings saved.';
        return true;
      } catch (error) {
        errors.value = [{ field: 'policy-model', where: '', problem: (error as Error).message }];
        return false;
      }
    },
    async addHost() {
      const found: FieldError[] = [];
      let origin = '';
      let matches = '';
      try {
        ({ origin, matches } = parseHostPattern(host.match.value, 'Address'));
      } catch (error) {
        found.push({ field: 'host-match', where: '', problem: `${(error as Error).message.replace(/^Address: /, 'The address ')}.` });
      }
      let generic: HostSetting['generic'];
      if (host.system.value === 'generic') {
        try {
          const raw = JSON.parse(host.generic.value || 'null') as unknown;
          const withMatch = raw && typeof raw === 'object' && !('match' in raw) ? { ...raw, match: matches } : raw;
          generic = parseGenericHostConfig(withMatch);
        } catch (error) {
          const lines = error instanceof SyntaxError ? [`The selectors are not valid JSON: ${error.message}.`] : (error as Error).message.split('\n');
          for (const line of lines) {
            const { where, problem } = problemInWords(line);
            found.push({ field: 'host-generic', where, problem });
          }
        }
      }
      const hosts = effective.value?.settings.hosts ?? [];
      if (found.length === 0 && hosts.some((h) => h.match === matches)) {
        found.push({ field: 'host-match', where: '', problem: 'This address is already set up.' });
      }
      host.errors.value = found;
      if (found.length > 0) return;

      // Ask first, while the click still counts as the officer's own action.
      const granting = service.requestOrigin(origin).catch(() => false);
      const granted = await granting;
      const rule: HostSetting = { match: matches, system: host.system.value, ...(generic ? { generic } : {}) };
      try {
        await saveHosts([...hosts, rule]);
      } catch (error) {
        host.errors.value = [{ field: 'host-match', where: '', problem: (error as Error).message }];
        return;
      }
      host.match.value = '';
      host.generic.value = '';
      message.value = granted
        ? `Added ${matches}. ASB Assist now works on its pages: reload any that are open.`
        : `Added ${matches}, but access to it was not given. Choose “Give access” to use ASB Assist there.`;
    },
    async removeHost(index) {
      const hosts = [...(effective.value?.settings.hosts ?? [])];
      const [removed] = hosts.splice(index, 1);
      await saveHosts(hosts);
      message.value = removed ? `Removed ${removed.match}.` : '';
    },
    async grantHost(index) {
      const rule = effective.value?.settings.hosts[index];
      if (!rule) return;
      const granted = await service.requestOrigin(parseHostPattern(rule.match).origin).catch(() => false);
      await service.syncHosts(effective.value!.settings.hosts);
      await refreshAccess(effective.value!.settings.hosts);
      message.value = granted ? `Access given to ${rule.match}.` : `Access to ${rule.match} was not given.`;
    },
    async exportData() {
      try {
        const file = await service.exportFile();
        message.value = `Exported ${data.counts.value?.total ?? 'all'} cases to ${file.name}. Keep the file safe: it holds personal data.`;
        return file;
      } catch (error) {
        data.errors.value = [{ field: 'import-file', where: '', problem: `The export failed: ${(error as Error).message}` }];
        return null;
      }
    },
    async importText(text) {
      try {
        const summary = await service.importText(text);
        data.errors.value = [];
        data.counts.value = await service.counts();
        message.value =
          `Imported: ${summary.added} new case${summary.added === 1 ? '' : 's'}, ${summary.merged} merged with cases already here, ` +
          `${summary.eventsAdded} recorded step${summary.eventsAdded === 1 ? '' : 's'} added.` +
          (summary.settingsApplied ? ' Settings were taken from the file.' : '');
        if (summary.settingsApplied) await loaded(await service.load());
      } catch (error) {
        message.value = '';
        data.errors.value = (error as Error).message.split('\n').map((line) => ({ field: 'import-file', ...problemInWords(line) }));
      }
    },
    async purgeNow() {
      const n = await service.purgeNow();
      data.counts.value = await service.counts();
      const days = effective.value?.settings.retentionDays ?? 0;
      message.value = `Deleted ${n} closed case${n === 1 ? '' : 's'} closed more than ${days} days ago.`;
    },
  };
}
