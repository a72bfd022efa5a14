import type { BannerView } from '../cases/banner-view.ts';
import type { NewCaseView } from '../cases/new-case-view.ts';
import type { RowBadge } from '../cases/row-badge.ts';
import type { HostCase, HostCaseRow, HostSystem } from '../hosts/host-case.ts';
import type { NewCaseFill } from '../hosts/new-case-fill.ts';
import type { HostRule } from '../hosts/host-rule.ts';
import type { HostVocabulary } from '../hosts/host-vocabulary.ts';
import type { TrackedFacts } from '../hosts/tracked-facts.ts';

/** A new-case form's fields as the officer has filled them so far (see NewCaseForm.read). */
export interface NewCaseFormValues {
  category: string;
  description: string;
  /** A London local date-time, or null when the form has none (received now). */
  receivedAt: string | null;
}

/**
 * The messages between the content script (in the host page), the background service worker and
 * the extension's own pages. Dexie lives only in the extension's origin, so content scripts ask
 * the background for everything stored; the background also works out everything a host page
 * shows (policy, triage, deadlines: one assessCase) and answers exactly what the page draws.
 *
 * Each request has a `type`; `MessageResponse<T>` gives its reply. Send with `sendMessage`
 * (messaging.ts beside this file), never `browser.runtime.sendMessage` directly, so both sides stay typed.
 */
export type Message =
  /** Content → background: the host systems set up in options (or by the organisation), for picking a page's adapter. */
  | { type: 'get-hosts' }
  /**
   * Content → background: a case view was read (`url`: the page's address); with `store`, store or
   * refresh the tracked case (as 'case-seen'); answers the banner, worked out from the case and
   * what officers recorded (one assessCase), so the page only draws it.
   */
  | { type: 'show-case'; url: string; case: HostCase; store: boolean }
  /** Content → background: a case list's rows, in one message; answers each row's badge, in the same order. */
  | { type: 'show-list'; url: string; system: HostSystem; rows: HostCaseRow[] }
  /** Content → background: a new-case form as filled so far; answers its live triage. */
  | { type: 'show-new-case'; url: string; system: HostSystem; form: NewCaseFormValues }
  /**
   * Any → background: a case view was read; store or refresh the tracked case. `vocabulary`:
   * a generic host's mapping, stored with the case so the side panel and dashboard read it alike.
   */
  | { type: 'case-seen'; case: HostCase; vocabulary?: HostVocabulary }
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

/**
 * The background's answer to a page's 'show-…' message: the host rules in force (the page picks
 * its adapter with them from then on), and what the page draws; `view` is null when the rules
 * give this page another adapter than the one it was read with (the page reads it again).
 */
export interface PageAnswer<View> {
  hosts: HostRule[];
  view: View | null;
}

export interface MessageResponses {
  'get-hosts': { hosts: HostRule[] };
  'show-case': PageAnswer<BannerView>;
  'show-list': PageAnswer<(RowBadge | null)[]>;
  'show-new-case': PageAnswer<NewCaseView>;
  'case-seen': { key: string; tracked: TrackedFacts };
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

