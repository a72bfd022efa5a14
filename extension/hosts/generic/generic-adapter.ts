import { MatchPattern } from 'wxt/utils/match-patterns';
import type { CaseListEntry, HostAdapter, HostPageKind, NewCaseForm } from '../host-adapter.ts';
import type { HostCase, HostLogEntry, HostParty } from '../host-case.ts';
import { noteEvent, type HostVocabulary } from '../host-vocabulary.ts';
import { DEFAULT_CLOSED_WORDS, isClosedStatus } from '../closed-status.ts';
import { pageLink } from '../page-link.ts';
import { parseHostCase, parseHostCaseRow } from '../parse-host-case.ts';
import { parseHostDateTime } from '../parse-host-date.ts';
import { choiceText, fieldValue, paragraphsOf, requireElement, textOf } from '../read-dom.ts';
import type { GenericHostConfig } from './generic-config.ts';

/** A role as the host words it, matched by its usual words when the config does not say. */
function roleOf(label: string, roles: Record<string, HostParty['role']> | undefined): HostParty['role'] {
  const exact = Object.entries(roles ?? {}).find(([k]) => k.toLowerCase() === label.toLowerCase());
  if (exact) return exact[1];
  const l = label.toLowerCase();
  if (/complain|report(ing|er)\b|victim/.test(l)) return 'complainant';
  if (/perpetrator|reported|alleged|subject/.test(l)) return 'reported';
  if (/witness/.test(l)) return 'witness';
  return 'other';
}

const matches = (pattern: string | undefined, url: URL) => pattern !== undefined && new MatchPattern(pattern).includes(url.href);

/**
 * An adapter for a host system described by data ({@link GenericHostConfig}), for landlords whose
 * system has no adapter of its own. A page is a case view, case list or new-case form when its URL
 * matches that section's `match` (or, without one, when the section's first selector matches).
 * Reading a field whose selector matches nothing throws an `Error` naming the field and the
 * selector (`caseView.receivedAt: selector "#recd" matched nothing`), so a landlord can fix the
 * mapping.
 *
 * @example
 * const adapter = createGenericAdapter(parseGenericHostConfig(config));
 * adapter.readCase(document, new URL(location.href)).reference //=> 'HX-2231'
 */
export function createGenericAdapter(config: GenericHostConfig): HostAdapter {
  const vocabulary: HostVocabulary = { categories: config.categories ?? {}, noteTypes: config.noteTypes ?? {} };
  const closedWords = config.closedStatuses ?? DEFAULT_CLOSED_WORDS;

  function pageKind(url: URL, doc: Document): HostPageKind | null {
    const { caseView, caseList, newCase } = config;
    if (caseView && (caseView.match ? matches(caseView.match, url) : doc.querySelector(caseView.reference) !== null)) return 'case-view';
    if (caseList && (caseList.match ? matches(caseList.match, url) : doc.querySelector(caseList.row) !== null)) return 'case-list';
    if (newCase && (newCase.match ? matches(newCase.match, url) : doc.querySelector(newCase.description) !== null)) return 'new-case';
    return null;
  }

  function readCase(doc: Document, url: URL): HostCase {
    const s = config.caseView;
    if (!s) throw new Error('caseView: this system has no case view selectors');
    const one = (field: keyof typeof s & string, selector: string) => requireElement(doc, selector, `caseView.${field}`);
    const optional = (selector: string | undefined) => (selector ? textOf(doc.querySelector(selector)) : undefined);

    const parties: HostParty[] = [];
    if (s.parties) {
      const items = [...doc.querySelectorAll(s.parties.item)];
      if (items.length === 0) throw new Error(`caseView.parties.item: selector "${s.parties.item}" matched nothing`);
      for (const item of items) {
        const name = textOf(item.querySelector(s.parties.name));
        if (name === '') continue;
        parties.push({ role: roleOf(s.parties.role ? textOf(item.querySelector(s.parties.role)) : '', config.roles), name });
      }
    }
    const logEntries: HostLogEntry[] = [];
    if (s.log) {
      const log = s.log;
      [...doc.querySelectorAll(log.item)].forEach((item, i) => {
        const at = item.querySelector(log.at);
        if (!at) throw new Error(`caseView.log.at: selector "${log.at}" matched nothing in entry ${i + 1}`);
        const kind = log.kind ? textOf(item.querySelector(log.kind)) : '';
        const event = noteEvent(vocabulary, kind);
        logEntries.push({
          at: parseHostDateTime(textOf(at), `logEntries[${i}].at`, log.time ? textOf(item.querySelector(log.time)) : undefined),
          kind,
          text: textOf(item.querySelector(log.text)),
          ...(event ? { event } : {}),
        });
      });
      logEntries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    }
    const officer = optional(s.officer);
    const address = optional(s.address);
    const status = optional(s.status);
    const closed = isClosedStatus(status, closedWords);
    const closedText = closed ? (optional(s.closedAt) ?? '') : '';
    return parseHostCase({
      system: 'generic',
      reference: textOf(one('reference', s.reference)),
      receivedAt: parseHostDateTime(
        textOf(one('receivedAt', s.receivedAt)),
        'receivedAt',
        s.receivedTime ? textOf(one('receivedTime', s.receivedTime)) : undefined,
      ),
      recordedCategory: textOf(one('category', s.category)),
      description: paragraphsOf(one('description', s.description)),
      parties,
      ...(officer !== undefined ? { officer } : {}),
      ...(address !== undefined ? { address } : {}),
      ...(status !== undefined ? { status } : {}),
      ...(closed ? { closed: true } : {}),
      ...(closedText !== '' ? { closedAt: parseHostDateTime(closedText, 'closedAt') } : {}),
      logEntries,
      url: url.href,
    });
  }

  function readCaseList(doc: Document): CaseListEntry[] {
    const s = config.caseList;
    if (!s) return [];
    const entries: CaseListEntry[] = [];
    for (const element of doc.querySelectorAll(s.row)) {
      const reference = element.querySelector(s.reference);
      const slot = s.badgeSlot ? element.querySelector(s.badgeSlot) : reference;
      if (!reference || !slot) continue;
      try {
        const status = s.status ? textOf(element.querySelector(s.status)) : undefined;
        const row = parseHostCaseRow({
          system: 'generic',
          reference: textOf(reference),
          receivedAt: parseHostDateTime(textOf(element.querySelector(s.receivedAt)), 'receivedAt'),
          recordedCategory: textOf(element.querySelector(s.category)),
          ...(status !== undefined ? { status } : {}),
          ...(isClosedStatus(status, closedWords) ? { closed: true } : {}),
        });
        entries.push({ row, element, badgeSlot: slot });
      } catch {
        // A header or blank row: no badge.
      }
    }
    return entries;
  }

  function newCaseForm(doc: Document): NewCaseForm | null {
    const s = config.newCase;
    if (!s) return null;
    const category = doc.querySelector(s.category);
    const description = doc.querySelector(s.description);
    if (!category || !description) return null;
    const date = s.receivedAt ? doc.querySelector(s.receivedAt) : null;
    const time = s.receivedTime ? doc.querySelector(s.receivedTime) : null;
    return {
      form: description.closest('form') ?? description.parentElement ?? description,
      category,
      description,
      receivedAt: date,
      read() {
        let when: string | null = null;
        try {
          when = date ? parseHostDateTime(fieldValue(date), 'receivedAt', time ? fieldValue(time) : undefined) : null;
        } catch {
          when = null;
        }
        return { category: choiceText(category), description: fieldValue(description), receivedAt: when };
      },
    };
  }

  return {
    system: 'generic',
    name: config.name,
    vocabulary,
    detect: (url) => matches(config.match, url),
    pageKind,
    readCase,
    readCaseList: (doc) => readCaseList(doc),
    nextListPage: (doc, url) => (config.caseList?.nextPage ? pageLink(doc, config.caseList.nextPage, url) : null),
    newCaseForm,
    notesField: (doc) => (config.caseView?.notesField ? doc.querySelector<HTMLTextAreaElement>(config.caseView.notesField) : null),
    noteTypeField: (doc) => (config.caseView?.noteTypeField ? doc.querySelector<HTMLSelectElement>(config.caseView.noteTypeField) : null),
  };
}
