import type { HostCase, HostCaseRow, HostSystem } from './host-case.ts';
import type { HostVocabulary } from './host-vocabulary.ts';
import type { NewCaseFill } from './new-case-fill.ts';

/** The pages of a host system the extension helps on. */
export type HostPageKind = 'case-view' | 'case-list' | 'new-case';

/** One row of a host's case list, with where its badge goes. */
export interface CaseListEntry {
  row: HostCaseRow;
  /** The row element (a `<tr>`, a card). */
  element: Element;
  /** The badge is placed right after this element's content (the reference link's cell, ...). */
  badgeSlot: Element;
}

/** The fields of a host's new-case form that triage reads as the officer fills it in. */
export interface NewCaseForm {
  form: Element;
  category: Element;
  description: Element;
  /** The date received field, when the form has one. */
  receivedAt: Element | null;
  /** Current values; `receivedAt` is a London local date-time, or null when empty or unreadable. */
  read(): { category: string; description: string; receivedAt: string | null };
  /**
   * Fills the form from a website report (values set, input and change dispatched: write-dom.ts);
   * answers the fields it could not fill, in words ("category"). Absent: only category and
   * description are filled, through the fields above.
   */
  fill?(values: NewCaseFill): string[];
}

/**
 * Everything the extension knows of one host system's pages. All of that system's DOM knowledge
 * lives behind this interface (in its `selectors.ts`).
 */
export interface HostAdapter {
  system: HostSystem;
  /** Display name: "Active H". */
  name: string;
  vocabulary: HostVocabulary;
  /** True when the page belongs to this system. */
  detect(url: URL, doc: Document): boolean;
  /** Which of the system's pages this is; null for pages the extension does not help on. */
  pageKind(url: URL, doc: Document): HostPageKind | null;
  /** The case on a case view, validated; throws naming the field that could not be read. */
  readCase(doc: Document, url: URL): HostCase;
  /** The rows of a case list (rows that cannot be read are left out). */
  readCaseList(doc: Document, url: URL): CaseListEntry[];
  /**
   * A paged case list's link to its next page (resolved, see pageLink); null on the last page, on
   * a list that is not paged, or where the next page is not a link that can be fetched.
   */
  nextListPage(doc: Document, url: URL): URL | null;
  /** The new-case form's fields; null when the page has none. */
  newCaseForm(doc: Document): NewCaseForm | null;
  /** The new-case form's address, from any page of the system the officer has open; absent or null when unknown. */
  newCaseUrl?(seen: URL): URL | null;
  /** Where a note (a letter's text) can be typed on a case view; null when the page has none. */
  notesField(doc: Document): HTMLTextAreaElement | HTMLInputElement | null;
  /** The log form's entry type (a select) on a case view, where the system has one; null otherwise. */
  noteTypeField(doc: Document): HTMLSelectElement | null;
}
