import type { Browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { Policy } from '../../core/index.ts';
import { createGenericAdapter } from '../hosts/generic/generic-adapter.ts';
import type { HostAdapter } from '../hosts/host-adapter.ts';
import type { HostCase, HostSystem } from '../hosts/host-case.ts';
import type { HostRule } from '../hosts/host-rule.ts';
import { newCaseFill, type NewCaseFill } from '../hosts/new-case-fill.ts';
import { BUILT_IN_ADAPTERS } from '../hosts/registry.ts';
import type { MessageHandlers } from '../messaging/messaging.ts';
import { IntakeSettingsError, parseIntakeSettings, type IntakeSettings } from '../settings/intake-settings.ts';
import type { Settings } from '../settings/settings-schema.ts';
import type { BackgroundApi } from './background-api.ts';
import { createIntakeClient, IntakeError, type IntakeClient } from './intake-client.ts';

/** Where the last host page was seen (storage.local): the new-case form is opened on that system. */
export const LAST_HOST_KEY = 'asbLastHost';
/** Reports being created in a tab (storage.session): tab id → the fill, until the saved case is seen. */
export const INBOX_PENDING_KEY = 'asbInboxPending';

interface LastHost {
  system: HostSystem;
  name: string;
  url: string;
}

interface Pending {
  reference: string;
  system: HostSystem;
  fill: NewCaseFill;
  /** The tab the form was opened in; null: the next new-case form of that system (generic hosts). */
  tabId: number | null;
}

export interface InboxDeps {
  api: Pick<BackgroundApi, 'tabs' | 'permissions'>;
  local: Pick<Browser.storage.StorageArea, 'get' | 'set'>;
  session: Pick<Browser.storage.StorageArea, 'get' | 'set'>;
  settings: () => Promise<{ settings: Settings; policy: Policy }>;
  /** Another fetch for tests; default the global one. */
  client?: (settings: IntakeSettings) => IntakeClient;
  /**
   * The extension's own origin (`chrome-extension://ID/`): only its pages (the side panel) may
   * list reports or open a form; a content script in a host page may not. Unset in tests.
   */
  ownOrigin?: string;
}

/** The adapter of a system at an address: built in, or the generic rule that matches it. */
function adapterFor(host: LastHost, rules: readonly HostRule[]): HostAdapter | null {
  if (host.system !== 'generic') return BUILT_IN_ADAPTERS.find((a) => a.system === host.system) ?? null;
  for (const rule of rules) {
    if (rule.system !== 'generic' || !rule.generic) continue;
    try {
      if (new MatchPattern(rule.match).includes(host.url)) return createGenericAdapter(rule.generic);
    } catch {
      // A pattern that cannot be read matches nothing.
    }
  }
  return null;
}

/**
 * The web reports inbox, in the background: lists new reports from the intake's staff API, opens
 * the housing system's new-case form for one and hands the content script its values, and once
 * the saved case is seen in that tab, marks the report taken with the case's reference.
 * `caseSeen` is called for every case view read in a tab ('case-seen' and 'show-case', page-handlers.ts).
 *
 * @example
 * const inbox = createInboxHandlers({ api: browser, local: browser.storage.local, session: browser.storage.session, settings });
 * onMessage({ ...inbox.handlers });
 */
export function createInboxHandlers(deps: InboxDeps): { handlers: MessageHandlers; caseSeen(host: HostCase, tabId: number | undefined): Promise<boolean> } {
  const makeClient = deps.client ?? ((s: IntakeSettings) => createIntakeClient(s));
  const lastHost = async (): Promise<LastHost | null> => ((await deps.local.get(LAST_HOST_KEY))[LAST_HOST_KEY] as LastHost | undefined) ?? null;
  const pending = async (): Promise<Pending[]> => ((await deps.session.get(INBOX_PENDING_KEY))[INBOX_PENDING_KEY] as Pending[] | undefined) ?? [];
  const savePending = (list: Pending[]) => deps.session.set({ [INBOX_PENDING_KEY]: list });

  /** The intake client, or why there is none (not set up, bad settings, no access). */
  const intake = async (): Promise<{ client: IntakeClient } | { error: string | null }> => {
    const { settings } = await deps.settings();
    if (settings.intakeUrl.trim() === '' && settings.staffToken.trim() === '') return { error: null };
    let checked: IntakeSettings;
    try {
      checked = parseIntakeSettings(settings);
    } catch (error) {
      const problems = error instanceof IntakeSettingsError ? error.problems.map((p) => (p.field === 'intakeUrl' ? `the intake address ${p.problem}` : `the staff token ${p.problem}`)) : [];
      return { error: `The intake settings cannot be used: ${problems.join('; ')}. Check them in ASB Assist’s settings.` };
    }
    if (!(await deps.api.permissions.contains({ origins: [checked.originPattern] }).catch(() => false))) {
      return { error: 'ASB Assist has no access to the intake’s address. Save the intake settings again in ASB Assist’s settings and allow access.' };
    }
    return { client: makeClient(checked) };
  };

  const fromOwnPage = (sender: { url?: string }) => {
    if (deps.ownOrigin !== undefined && !(sender.url ?? '').startsWith(deps.ownOrigin)) {
      throw new Error('Only ASB Assist’s own pages may read website reports.');
    }
  };

  const handlers: MessageHandlers = {
    async 'host-seen'(message) {
      // The page is not trusted: only a web address, and only the systems the extension knows.
      let url: URL;
      try {
        url = new URL(message.url);
      } catch {
        return { saved: false };
      }
      if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !['activeh', 'omniledger', 'generic'].includes(message.system)) return { saved: false };
      await deps.local.set({ [LAST_HOST_KEY]: { system: message.system, name: String(message.name).slice(0, 100), url: url.href } satisfies LastHost });
      return { saved: true };
    },

    async 'inbox-list'(_message, sender) {
      fromOwnPage(sender);
      const host = await lastHost();
      const got = await intake();
      if (!('client' in got)) return { configured: got.error !== null, reports: [], hostName: host?.name ?? null, error: got.error };
      try {
        return { configured: true, reports: await got.client.listNew(), hostName: host?.name ?? null, error: null };
      } catch (error) {
        return { configured: true, reports: [], hostName: host?.name ?? null, error: error instanceof IntakeError ? error.message : 'The reports could not be listed.' };
      }
    },

    async 'inbox-create-case'(message, sender) {
      fromOwnPage(sender);
      const host = await lastHost();
      if (!host) return { opened: false, reason: 'Open a page of your housing system first, so ASB Assist knows where to create the case.' };
      const { settings, policy } = await deps.settings();
      const adapter = adapterFor(host, settings.hosts);
      if (!adapter) return { opened: false, reason: `ASB Assist does not know the new-case form of ${host.name}.` };
      const got = await intake();
      if (!('client' in got)) return { opened: false, reason: got.error ?? 'Set the intake address and staff token in ASB Assist’s settings first.' };
      let fill: NewCaseFill;
      try {
        fill = newCaseFill(await got.client.getReport(message.reference), adapter.vocabulary, policy);
      } catch (error) {
        return { opened: false, reason: error instanceof IntakeError ? error.message : `Report ${message.reference} could not be read.` };
      }
      let url: URL | null = null;
      try {
        url = adapter.newCaseUrl?.(new URL(host.url)) ?? null;
      } catch {
        url = null;
      }
      const others = (await pending()).filter((p) => p.reference !== message.reference);
      if (!url) {
        await savePending([...others, { reference: message.reference, system: host.system, fill, tabId: null }]);
        return { opened: false, reason: `Open the new-case form in ${host.name}: ASB Assist fills it with report ${message.reference}.` };
      }
      const tab = await deps.api.tabs.create({ url: url.href, active: true });
      await savePending([...others.filter((p) => p.tabId !== tab.id), { reference: message.reference, system: host.system, fill, tabId: tab.id ?? null }]);
      return { opened: true };
    },

    async 'get-new-case-fill'(_message, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { fill: null };
      const list = await pending();
      const mine = list.find((p) => p.tabId === tabId);
      if (mine) return { fill: mine.fill };
      // A form the officer opened themselves (a system whose new-case address is not known).
      const waiting = list.find((p) => p.tabId === null);
      if (!waiting) return { fill: null };
      waiting.tabId = tabId;
      await savePending(list);
      return { fill: waiting.fill };
    },
  };

  return {
    handlers,
    async caseSeen(host, tabId) {
      if (tabId === undefined) return false;
      const list = await pending();
      // The saved case names the website report in its description (newCaseFill), so another case
      // opened in the same tab is never taken for it.
      const match = list.find((p) => p.tabId === tabId && p.system === host.system && host.description.includes(p.fill.intakeReference));
      if (!match) return false;
      const got = await intake();
      if (!('client' in got)) return false;
      try {
        await got.client.markTaken(match.reference, host.reference);
      } catch (error) {
        // Already taken (another officer, or a reload): nothing more to do; other failures are tried on the next visit.
        if (!(error instanceof IntakeError && error.status === 409)) return false;
      }
      await savePending(list.filter((p) => p !== match));
      return true;
    },
  };
}
