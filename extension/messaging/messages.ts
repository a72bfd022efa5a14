import type { Policy } from '../../core/index.ts';
import type { HostCase, HostSystem } from '../hosts/host-case.ts';
import type { NewCaseFill } from '../hosts/new-case-fill.ts';
import type { HostRule } from '../hosts/host-rule.ts';
import type { HostVocabulary } from '../hosts/host-vocabulary.ts';
import type { TrackedFacts } from '../hosts/tracked-facts.ts';

/**
 * The messages between the content script (in the host page), the background service worker and
 * the extension's own pages. Dexie lives only in the extension's origin, so content scripts ask
 * the background for everything stored.
 *
 * Each request has a `type`; `MessageResponse<T>` gives its reply. Send with `sendMessage`
 * (messaging.ts beside this file), never `browser.runtime.sendMessage` directly, so both sides stay typed.
 */
export type Message =
  /** Content → background: what the content script needs to compute triage and deadlines. */
  | { type: 'get-context' }
  /**
   * Content → background: a case view was read; store or refresh the tracked case. `vocabulary`:
   * a generic host's mapping, stored with the case so the side panel and dashboard read it alike.
   */
  | { type: 'case-seen'; case: HostCase; vocabulary?: HostVocabulary }
  /** Content → background: the tracked facts for list rows (events recorded in the side panel, and the case as last read: see SeenCase). */
  | { type: 'get-tracked'; keys: string[] }
  /** Content → background: open the side panel on this tab, on this case (a user gesture). */
  | { type: 'open-side-panel'; key: string | null }
  /** Side panel → background: the case shown in this tab, if any. */
  | { type: 'get-tab-case'; tabId: number }
  /** Side panel → background → content: put letter text into the host's notes field. */
  | { type: 'insert-note'; tabId: number; text: string; event?: string }
  /** Background → content: the same, delivered to the page. */
  | { type: 'insert-note-in-page'; text: string; event?: string }
  /**
   * Any → background: something changed; recompute badge and alarms. With `key`, that case's
   * tracked facts changed: the background tells the tabs showing it ('tracked-changed').
   */
  | { type: 'recompute'; key?: string }
  /** Background → content: the tracked facts of this case changed (a step ticked in the side panel); ask again. */
  | { type: 'tracked-changed'; key: string }
  /** Content → background: a page of this host system is open (where its new-case form is found). */
  | { type: 'host-seen'; system: HostSystem; name: string; url: string }
  /** Side panel → background: the new website reports in the intake (inbox-handlers.ts). */
  | { type: 'inbox-list' }
  /** Side panel → background: open the host's new-case form for this report and fill it. */
  | { type: 'inbox-create-case'; reference: string }
  /** Content → background: on a new-case form, what to fill it with (a report this tab was opened for). */
  | { type: 'get-new-case-fill' };

/** The side panel's inbox: new website reports, or why they cannot be listed. */
export interface InboxListing {
  /** False when no intake address or staff token is set. */
  configured: boolean;
  reports: { reference: string; receivedAt: string; levelLabel: string | null; firstContactDue: string | null }[];
  /** The housing system new cases are created in ("Omniledger"), or null when none seen yet. */
  hostName: string | null;
  /** What went wrong, in plain English. */
  error: string | null;
}

/** What the content script needs: the resolved policy and the officer's settings. */
export interface ExtensionContext {
  policy: Policy;
  officerName: string;
  notificationsOn: boolean;
  /** The host systems set up in options (or by the organisation), for picking the page's adapter. */
  hosts: HostRule[];
}

/** A case this browser has seen: what officers recorded here, the case as last read and its vocabulary (null: the built-in one). */
export interface SeenCase extends TrackedFacts {
  host: HostCase;
  vocabulary: HostVocabulary | null;
}

export interface MessageResponses {
  'get-context': ExtensionContext;
  'case-seen': { key: string; tracked: TrackedFacts };
  'get-tracked': Record<string, SeenCase>;
  'open-side-panel': { opened: boolean };
  'get-tab-case': { key: string | null };
  'insert-note': { inserted: boolean; reason?: string };
  'insert-note-in-page': { inserted: boolean; reason?: string };
  recompute: { overdue: number };
  'tracked-changed': { refreshed: boolean };
  'host-seen': { saved: boolean };
  'inbox-list': InboxListing;
  'inbox-create-case': { opened: boolean; reason?: string };
  'get-new-case-fill': { fill: NewCaseFill | null };
}

export type MessageResponse<T extends Message['type']> = MessageResponses[T];

