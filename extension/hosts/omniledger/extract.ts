import type { CaseListEntry, HostPageKind, NewCaseForm } from '../host-adapter.ts';
import type { HostCase, HostLogEntry, HostParty } from '../host-case.ts';
import { isClosedStatus } from '../closed-status.ts';
import { noteEvent } from '../host-vocabulary.ts';
import { parseHostCase, parseHostCaseRow } from '../parse-host-case.ts';
import { parseHostDateTime } from '../parse-host-date.ts';
import { choiceText, fieldValue, paragraphsOf, requireElement, textOf } from '../read-dom.ts';
import { setFieldValue } from '../write-dom.ts';
import { OMNILEDGER } from './selectors.ts';
import { OMNILEDGER_VOCABULARY } from './vocabulary.ts';

/**
 * Which Omniledger page is showing (the single-page app swaps its view in place).
 *
 * @example
 * omniledgerPageKind(reportDocument) //=> 'case-view'
 */
export function omniledgerPageKind(doc: Document): HostPageKind | null {
  const view = doc.querySelector(OMNILEDGER.view)?.getAttribute('data-ol-view');
  if (view === OMNILEDGER.views.caseView) return 'case-view';
  if (view === OMNILEDGER.views.caseList) return 'case-list';
  if (view === OMNILEDGER.views.newCase) return 'new-case';
  return null;
}

/** The `<dd>` of the summary fact labelled `label`. */
function fact(doc: Document, label: string, field: string): Element {
  const s = OMNILEDGER.caseView;
  for (const item of doc.querySelectorAll(s.facts)) {
    if (textOf(item.querySelector(s.factLabel)).toLowerCase() === label.toLowerCase()) {
      const value = item.querySelector(s.factValue);
      if (value) return value;
    }
  }
  throw new Error(`${field}: no fact labelled "${label}" in "${s.facts}"`);
}

function optionalFact(doc: Document, label: string): string {
  try {
    return textOf(fact(doc, label, label));
  } catch {
    return '';
  }
}

/**
 * Reads an Omniledger report into a validated case: "Reported" `18 Dec 2026` with its time
 * `4:05pm` as London local time, Tenant Notes types mapped to core events. Throws an `Error`
 * naming the field that could not be read.
 *
 * @example
 * readOmniledgerCase(reportDocument, new URL('https://coop.omniledger.example/asb-log/OL-104233.html')).receivedAt
 * //=> '2026-12-17T16:05'
 */
export function readOmniledgerCase(doc: Document, url: URL): HostCase {
  const s = OMNILEDGER.caseView;
  const reported = fact(doc, OMNILEDGER.labels.receivedAt, 'receivedAt');
  const parties: HostParty[] = [];
  for (const person of doc.querySelectorAll(s.people)) {
    const name = textOf(person.querySelector(s.personName));
    if (name === '') continue;
    const role = textOf(person.querySelector(s.personRole));
    parties.push({ role: (OMNILEDGER.roles as Record<string, HostParty['role']>)[role] ?? 'other', name });
  }
  const logEntries: HostLogEntry[] = [];
  [...doc.querySelectorAll(s.notes)].forEach((note, i) => {
    const kind = textOf(note.querySelector(s.noteType));
    const event = noteEvent(OMNILEDGER_VOCABULARY, kind);
    logEntries.push({
      at: parseHostDateTime(textOf(note.querySelector(s.noteDate)), `logEntries[${i}].at`, textOf(note.querySelector(s.noteTime))),
      kind,
      text: textOf(note.querySelector(s.noteBody)),
      ...(event ? { event } : {}),
    });
  });
  logEntries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const status = optionalFact(doc, OMNILEDGER.labels.status);
  return parseHostCase({
    system: 'omniledger',
    reference: textOf(requireElement(doc, s.reference, 'reference')),
    receivedAt: parseHostDateTime(textOf(reported.querySelector(s.date) ?? reported), 'receivedAt', textOf(reported.querySelector(s.time))),
    recordedCategory: textOf(fact(doc, OMNILEDGER.labels.category, 'recordedCategory')),
    description: paragraphsOf(requireElement(doc, s.description, 'description')),
    parties,
    officer: optionalFact(doc, OMNILEDGER.labels.officer),
    address: optionalFact(doc, OMNILEDGER.labels.address),
    status,
    ...(isClosedStatus(status, OMNILEDGER.closedWords) ? { closed: true } : {}),
    logEntries,
    url: url.href,
  });
}

/**
 * Reads the cards of Omniledger's ASB log; a card that cannot be read is left out. The log shows
 * the date reported without its time.
 *
 * @example
 * readOmniledgerCaseList(listDocument)[0].row.receivedAt //=> '2026-12-17'
 */
export function readOmniledgerCaseList(doc: Document): CaseListEntry[] {
  const s = OMNILEDGER.caseList;
  const entries: CaseListEntry[] = [];
  for (const element of doc.querySelectorAll(s.rows)) {
    const slot = element.querySelector(s.badgeSlot);
    if (!slot) continue;
    try {
      const status = textOf(element.querySelector(s.status));
      const row = parseHostCaseRow({
        system: 'omniledger',
        reference: textOf(element.querySelector(s.reference)),
        receivedAt: parseHostDateTime(textOf(element.querySelector(s.receivedAt)), 'receivedAt'),
        recordedCategory: textOf(element.querySelector(s.category)),
        status,
        ...(isClosedStatus(status, OMNILEDGER.closedWords) ? { closed: true } : {}),
      });
      entries.push({ row, element, badgeSlot: slot });
    } catch {
      // Not a report card: no badge.
    }
  }
  return entries;
}

/**
 * The fields of Omniledger's "New ASB report" form; null on other pages. Its date and time
 * inputs give ISO values.
 *
 * @example
 * omniledgerNewCaseForm(newReportDocument)?.read()
 * //=> { category: '', description: '', receivedAt: '2026-12-18T09:30' }
 */
export function omniledgerNewCaseForm(doc: Document): NewCaseForm | null {
  const s = OMNILEDGER.newCase;
  const form = doc.querySelector(s.form);
  const category = doc.querySelector(s.category);
  const description = doc.querySelector(s.description);
  if (!form || !category || !description) return null;
  const date = doc.querySelector(s.date);
  const time = doc.querySelector(s.time);
  return {
    form,
    category,
    description,
    receivedAt: date,
    read() {
      let when: string | null = null;
      try {
        when = parseHostDateTime(fieldValue(date), 'receivedAt', fieldValue(time));
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
      put(category, values.category, 'category');
      put(date, values.receivedAt.slice(0, 10), 'date reported');
      put(time, values.receivedAt.slice(11, 16), 'time');
      put(doc.querySelector(s.complainant), values.complainant, 'complainant');
      put(description, values.description, 'what happened');
      return missed;
    },
  };
}

/**
 * The "Add a note" box of the Tenant Notes card.
 *
 * @example
 * omniledgerNotesField(reportDocument)?.id //=> 'ol-note-text'
 */
export function omniledgerNotesField(doc: Document): HTMLTextAreaElement | null {
  return doc.querySelector<HTMLTextAreaElement>(OMNILEDGER.caseView.notesField);
}
