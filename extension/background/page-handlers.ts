import * as z from 'zod/mini';
import { parseOrThrow, type Policy } from '../../core/index.ts';
import { assessCase } from '../cases/assess-case.ts';
import { bannerView } from '../cases/banner-view.ts';
import { newCaseView } from '../cases/new-case-view.ts';
import { rowBadge, rowCase } from '../cases/row-badge.ts';
import type { TrackedCase } from '../cases/tracked-case.ts';
import { caseKey } from '../hosts/case-key.ts';
import type { HostAdapter } from '../hosts/host-adapter.ts';
import { HOST_SYSTEMS, hostCaseRowSchema, hostCaseSchema, type HostCase, type HostSystem } from '../hosts/host-case.ts';
import type { HostRule } from '../hosts/host-rule.ts';
import type { HostVocabulary } from '../hosts/host-vocabulary.ts';
import { hostVocabularySchema } from '../hosts/host-vocabulary-schema.ts';
import { BUILT_IN_ADAPTERS, ruleAdapter } from '../hosts/registry.ts';
import type { MessageHandlers } from '../messaging/messaging.ts';
import { resolvePolicy } from '../settings/resolve-policy.ts';
import type { CaseRepository } from '../storage/case-repository.ts';
import { saveSeenCase } from '../storage/save-seen-case.ts';
import type { SettingsRepository } from '../storage/settings-repository.ts';
import type { TabCases } from '../storage/tab-cases.ts';

export interface PageHandlerDeps {
  cases: CaseRepository;
  settings: SettingsRepository;
  tabCases: TabCases;
  /** Asks for a sweep soon (badge and notifications), coalescing many requests into one. */
  requestSweep: () => void;
  /** Told of every case view read in a tab (the web reports inbox marks a report taken: inbox-handlers.ts). */
  onCaseSeen?: (host: HostCase, tabId: number | undefined) => Promise<unknown>;
  /** The clock (tests set it); default the system's. */
  now?: () => Date;
}

const rowsSchema = z.array(hostCaseRowSchema);
const formSchema = z.object({
  category: z.string(),
  description: z.string(),
  receivedAt: z.nullable(hostCaseRowSchema.shape.receivedAt),
});

/** The page's address, or an error naming the field. */
function pageUrl(url: unknown): URL {
  try {
    return new URL(String(url));
  } catch {
    throw new Error('url: must be the web address of the page');
  }
}

/**
 * The adapter a page of `system` at `url` is read with, by the officer's host rules (the first
 * rule matching the address), else the built-in adapter of that system; null when the rules give
 * the address another system (or another generic host), or no rule sets up a generic one.
 */
function pageAdapter(url: URL, system: HostSystem, rules: readonly HostRule[]): HostAdapter | null {
  const adapter = ruleAdapter(url, rules) ?? BUILT_IN_ADAPTERS.find((a) => a.system === system) ?? null;
  return adapter?.system === system ? adapter : null;
}

/**
 * The background's answers to the host pages (extension/content/): the host rules; a case view
 * read ('case-seen' stores it; 'show-case' answers its banner and then stores it); a case list's
 * rows ('show-list', one message for the whole list, answered with each row's badge); a new-case
 * form as filled so far ('show-new-case', its live triage). Every view is worked out here with the
 * one assessment (assessCase) and the policy in force, so the page reads and draws only. The page
 * is not trusted: what it sends is validated, and its vocabulary is the one the officer's host rule
 * gives its address (or the built-in system's), not one the page sends.
 *
 * A case view is drawn before it is stored (storing works out its level and dashboard row, several
 * times the banner's work): stores run one at a time after the answer, and everything here that
 * reads stored cases first waits for them (`settled`, also for the other handlers: the side panel's
 * 'get-tab-case'), so no view is drawn from a store a moment behind.
 *
 * @example
 * const page = createPageHandlers({ cases, settings, tabCases, requestSweep });
 * onMessage(page.handlers);
 * await sendMessage({ type: 'show-case', url: location.href, case: hostCase, store: true })
 * //=> { hosts: [], view: { reference: 'ASB/2026/00412', level: { kind: 'asb', level: 'high', label: 'Level 1 High Risk' }, … } }
 */
export function createPageHandlers({ cases, settings, tabCases, requestSweep, onCaseSeen, now = () => new Date() }: PageHandlerDeps): {
  handlers: MessageHandlers;
  /** Resolves once every store asked for so far has finished (failed stores included). */
  settled(): Promise<void>;
} {
  /** The settings in force: the host rules and the policy. */
  const current = async (): Promise<{ hosts: HostRule[]; policy: Policy }> => {
    const { settings: s } = await settings.load();
    return { hosts: s.hosts, policy: resolvePolicy(s).policy };
  };

  /** The stores asked for, one after another. */
  let queue: Promise<void> = Promise.resolve();
  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  };
  const settled = () => queue;

  /** Stores a case view read in a tab (one way, saveSeenCase) and tells whoever needs to know. */
  async function store(host: HostCase, vocabulary: HostVocabulary | undefined, policy: Policy, tabId: number | undefined, at: string): Promise<TrackedCase> {
    const saved = await saveSeenCase(cases, host, policy, { vocabulary, now: at });
    if (tabId !== undefined) await tabCases.set(tabId, saved.key);
    if (onCaseSeen) void onCaseSeen(host, tabId).catch(() => undefined);
    requestSweep();
    return saved;
  }

  const handlers: MessageHandlers = {
    async 'get-hosts'() {
      return { hosts: (await current()).hosts };
    },

    async 'case-seen'(message, sender) {
      const host = parseOrThrow(hostCaseSchema, message.case, { prefix: 'case', root: 'case' });
      const vocabulary = message.vocabulary === undefined ? undefined : parseOrThrow(hostVocabularySchema, message.vocabulary, { prefix: 'vocabulary', root: 'vocabulary' });
      const { policy } = await current();
      const saved = await enqueue(() => store(host, vocabulary, policy, sender.tab?.id, now().toISOString()));
      return { key: saved.key, tracked: await cases.facts(saved.key) };
    },

    async 'show-case'(message, sender) {
      const url = pageUrl(message.url);
      const host = parseOrThrow(hostCaseSchema, message.case, { prefix: 'case', root: 'case' });
      const { hosts, policy } = await current();
      const adapter = pageAdapter(url, host.system, hosts);
      if (!adapter) return { hosts, view: null };
      const at = now().toISOString();
      await settled();
      // What officers recorded here is the same before and after the page's case is stored.
      const tracked = (await cases.get(caseKey(host.system, host.reference))) ?? null;
      const view = bannerView(host.reference, assessCase(host, adapter.vocabulary, policy, tracked, at, { inPage: true }), at);
      if (message.store) {
        // A generic host's mapping is stored with the case, so the side panel and dashboard read its category alike.
        const vocabulary = host.system === 'generic' ? adapter.vocabulary : undefined;
        const tabId = sender.tab?.id;
        void enqueue(() => store(host, vocabulary, policy, tabId, at)).catch((error: unknown) =>
          console.warn(`ASB Assist: a case view could not be stored (${error instanceof Error ? error.message : String(error)})`),
        );
      }
      return { hosts, view };
    },
    async 'show-list'(message) {
      const url = pageUrl(message.url);
      const system = parseOrThrow(z.enum(HOST_SYSTEMS), message.system, { root: 'system' });
      const rows = parseOrThrow(rowsSchema, message.rows, { prefix: 'rows', root: 'rows' });
      const { hosts, policy } = await current();
      const adapter = pageAdapter(url, system, hosts);
      if (!adapter) return { hosts, view: null };
      const at = now().toISOString();
      await settled();
      const seen = await cases.getMany(rows.map((row) => caseKey(row.system, row.reference)));
      const badges = rows.map((row) => {
        if (row.system !== system) return null;
        // A case this browser has seen is assessed as its page was (description, log, vocabulary)
        // with what officers recorded here; any other row from what the row says.
        const tracked = seen.get(caseKey(row.system, row.reference)) ?? null;
        try {
          const assessment = assessCase(rowCase(row, tracked?.host ?? null), tracked?.vocabulary ?? adapter.vocabulary, policy, tracked, at, { inPage: true });
          return rowBadge(row, assessment, policy, at);
        } catch (error) {
          // One row the core refuses does not cost the others their badges.
          console.warn(`ASB Assist: no badge for a row (${error instanceof Error ? error.message : String(error)})`);
          return null;
        }
      });
      return { hosts, view: badges };
    },

    async 'show-new-case'(message) {
      const url = pageUrl(message.url);
      const system = parseOrThrow(z.enum(HOST_SYSTEMS), message.system, { root: 'system' });
      const form = parseOrThrow(formSchema, message.form, { prefix: 'form', root: 'form' });
      const { hosts, policy } = await current();
      const adapter = pageAdapter(url, system, hosts);
      if (!adapter) return { hosts, view: null };
      const at = now().toISOString();
      // The form as the case it will be: no reference or log yet, received now unless the form says when.
      const formCase: HostCase = { system, reference: 'new', receivedAt: form.receivedAt ?? at, recordedCategory: form.category, description: form.description, parties: [], logEntries: [], url: '' };
      return { hosts, view: newCaseView(assessCase(formCase, adapter.vocabulary, policy, null, at, { inPage: true }), form.category) };
    },
  };
  return { handlers, settled };
}
