import type { HostPageKind, CaseListEntry, NewCaseForm } from '../host-adapter.ts';
import type { HostCase, HostLogEntry, HostParty } from '../host-case.ts';
import { isClosedStatus } from '../closed-status.ts';
import { noteEvent } from '../host-vocabulary.ts';
import { parseHostCase, parseHostCaseRow } from '../parse-host-case.ts';
import { parseHostDateTime } from '../parse-host-date.ts';
import { choiceText, fieldValue, paragraphsOf, requireElement, textOf } from '../read-dom.ts';
import { setFieldValue } from '../write-dom.ts';
import { ACTIVEH } from './selectors.ts';
import { ACTIVEH_VOCABULARY } from './vocabulary.ts';

/**
 * Which Active H page this is.
 *
 * @example
 * activeHPageKind(caseViewDocument) //=> 'case-view'
 */
export function activeHPageKind(doc: Document): HostPageKind | null {
  if (doc.querySelector(ACTIVEH.caseView.page)) return 'case-view';
  if (doc.querySelector(ACTIVEH.caseList.page)) return 'case-list';
  if (doc.querySelector(ACTIVEH.newCase.page)) return 'new-case';
  return null;
}

const cells = (row: Element) => [...row.querySelectorAll('td')];

/**
 * Reads an Active H case view into a validated case: dates `18/12/2026 16:05` as London local
 * time, case-log action types mapped to core events. Throws an `Error` naming the field that could
 * not be read.
 *
 * @example
 * readActiveHCase(caseViewDocument, new URL('https://hms.example.org/asb/case/ASB-2026-00412.html')).receivedAt
 * //=> '2026-12-18T09:12'
 */
export function readActiveHCase(doc: Document, url: URL): HostCase {
  const s = ACTIVEH.caseView;
  const text = (selector: string, field: string) => textOf(requireElement(doc, selector, field));
  const parties: HostParty[] = [];
  for (const row of doc.querySelectorAll(s.partyRows)) {
    const c = cells(row);
    const role = textOf(c[ACTIVEH.partyColumns.role]);
    const name = textOf(c[ACTIVEH.partyColumns.name]);
    if (name === '') continue;
    parties.push({ role: (ACTIVEH.roles as Record<string, HostParty['role']>)[role] ?? 'other', name });
  }
  const logEntries: HostLogEntry[] = [];
  [...doc.querySelectorAll(s.logRows)].forEach((row, i) => {
    const c = cells(row);
    if (c.length < 4) return; // "No log entries."
    const kind = textOf(c[ACTIVEH.logColumns.kind]);
    const event = noteEvent(ACTIVEH_VOCABULARY, kind);
    logEntries.push({
      at: parseHostDateTime(textOf(c[ACTIVEH.logColumns.at]), `logEntries[${i}].at`),
      kind,
      text: textOf(c[ACTIVEH.logColumns.text]),
      ...(event ? { event } : {}),
    });
  });
  logEntries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const status = textOf(doc.querySelector(s.status));
  const closed = isClosedStatus(status, ACTIVEH.closedWords);
  const closedText = closed ? textOf(doc.querySelector(s.closedAt)) : '';
  return parseHostCase({
    system: 'activeh',
    reference: text(s.reference, 'reference'),
    receivedAt: parseHostDateTime(text(s.receivedAt, 'receivedAt'), 'receivedAt'),
    recordedCategory: text(s.category, 'recordedCategory'),
    description: paragraphsOf(requireElement(doc, s.description, 'description')),
    parties,
    officer: textOf(doc.querySelector(s.officer)),
    address: textOf(doc.querySelector(s.address)),
    status,
    ...(closed ? { closed: true } : {}),
    ...(closedText !== '' ? { closedAt: parseHostDateTime(closedText, 'closedAt') } : {}),
    logEntries,
    url: url.href,
  });
}

/**
 * Reads the rows of Active H's case list; a row that cannot be read is left out.
 *
 * @example
 * readActiveHCaseList(caseListDocument)[0].row
 * //=> { system: 'activeh', reference: 'ASB/2026/00412', receivedAt: '2026-12-18T09:12', recordedCategory: 'ASB - Noise', status: 'Open' }
 */
export function readActiveHCaseList(doc: Document): CaseListEntry[] {
  const entries: CaseListEntry[] = [];
  for (const element of doc.querySelectorAll(ACTIVEH.caseList.rows)) {
    const c = cells(element);
    const slot = element.querySelector(ACTIVEH.caseList.badgeSlot);
    if (!slot || c.length < 6) continue;
    try {
      const status = textOf(c[ACTIVEH.listColumns.status]);
      const row = parseHostCaseRow({
        system: 'activeh',
        reference: textOf(element.querySelector(ACTIVEH.caseList.reference) ?? c[ACTIVEH.listColumns.reference]),
        receivedAt: parseHostDateTime(textOf(c[ACTIVEH.listColumns.receivedAt]), 'receivedAt'),
        recordedCategory: textOf(c[ACTIVEH.listColumns.category]),
        status,
        ...(isClosedStatus(status, ACTIVEH.closedWords) ? { closed: true } : {}),
      });
      entries.push({ row, element, badgeSlot: slot });
    } catch {
      // A row the list shows differently (a group header, a blank row): no badge.
    }
  }
  return entries;
}

/**
 * The fields of Active H's "Log New ASB Case" form; null on other pages.
 *
 * @example
 * activeHNewCaseForm(newCaseDocument)?.read()
 * //=> { category: '', description: '', receivedAt: '2026-12-18T09:30' }
 */
export function activeHNewCaseForm(doc: Document): NewCaseForm | null {
  const s = ACTIVEH.newCase;
  const category = doc.querySelector(s.category);
  const description = doc.querySelector(s.description);
  if (!doc.querySelector(s.page) || !category || !description) return null;
  const receivedAt = doc.querySelector(s.receivedAt);
  return {
    form: doc.querySelector(s.form) ?? doc.querySelector(s.page)!,
    category,
    description,
    receivedAt,
    read() {
      let when: string | null = null;
      try {
        when = parseHostDateTime(fieldValue(receivedAt), 'receivedAt');
      } catch {
        when = null;
      }
      return { category: choiceText(category), description: fieldValue(description), receivedAt: when };
    },
    fill(values) {
      const missed: string[] = [];
      const put = (el: Element | null, value: string, what: string) => {
        if (!el || !setFieldValue(el, value)) missed.push(what);
      };
      const [y, m, d] = values.receivedAt.slice(0, 10).split('-');
      put(doc.querySelector(s.complainant), values.complainant, 'complainant');
      put(receivedAt, `${d}/${m}/${y} ${values.receivedAt.slice(11, 16)}`, 'date received');
      put(category, values.category, 'category');
      put(description, values.description, 'description');
      return missed;
    },
  };
}

/**
 * The "Add Log Entry" box of a case view, where a letter's text can be put.
 *
 * @example
 * activeHNotesField(caseViewDocument)?.id //=> 'ctl00_txtNewLogEntry'
 */
export function activeHNotesField(doc: Document): HTMLTextAreaElement | null {
  return doc.querySelector<HTMLTextAreaElement>(ACTIVEH.caseView.notesField);
}
