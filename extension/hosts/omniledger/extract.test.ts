import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { FIXTURE_TODAY, resolveCase } from '../../../test/fixtures/hosts/host-page-case.ts';
import { OMNILEDGER_CASES, OMNILEDGER_CATEGORIES, OMNILEDGER_DETAILED_CASES, OMNILEDGER_NOTE_TYPES } from '../../../test/fixtures/hosts/omniledger/data.ts';
import { omniledgerCasePath } from '../../../test/fixtures/hosts/omniledger/render.ts';
import { categoryMeaning, noteEvent } from '../host-vocabulary.ts';
import { omniledgerNewCaseForm, omniledgerNotesField, omniledgerPageKind, readOmniledgerCase, readOmniledgerCaseList } from './extract.ts';
import { OMNILEDGER_VOCABULARY } from './vocabulary.ts';

const ROOT = new URL('../../../test/fixtures/hosts/omniledger/', import.meta.url);
const load = (path: string) => parseHTML(readFileSync(new URL(path, ROOT), 'utf8')).document as unknown as Document;
const url = new URL('http://127.0.0.1:4310/hosts/omniledger/asb-log/x.html');

describe('readOmniledgerCase', () => {
  it.each(OMNILEDGER_DETAILED_CASES.map((c) => [c.reference, c] as const))('reads every field of %s', (_ref, relative) => {
    const c = resolveCase(relative, FIXTURE_TODAY);
    const read = readOmniledgerCase(load(omniledgerCasePath(c.reference)), url);
    expect(read).toEqual({
      system: 'omniledger',
      reference: c.reference,
      receivedAt: c.receivedAt,
      recordedCategory: c.category,
      description: c.description,
      parties: c.parties.map(({ role, name }) => ({ role, name })),
      officer: c.officer,
      address: c.address,
      status: c.status,
      logEntries: [...c.notes]
        .sort((a, b) => (a.at < b.at ? -1 : 1))
        .map((n) => {
          const event = noteEvent(OMNILEDGER_VOCABULARY, n.kind);
          return { at: n.at, kind: n.kind, text: n.text, ...(event ? { event } : {}) };
        }),
      url: url.href,
    });
  });

  it('joins the date and the separate 12-hour time as London local time', () => {
    // "17 Dec 2026" and "4:05pm"
    expect(readOmniledgerCase(load('asb-log/OL-104233.html'), url).receivedAt).toBe('2026-12-17T16:05');
  });

  it('maps Tenant Notes types to core events', () => {
    const read = readOmniledgerCase(load('asb-log/OL-104150.html'), url);
    expect(read.logEntries.map((e) => e.event)).toEqual(['complainant-contacted', 'appointment-offered', 'action-plan-produced', 'case-reviewed']);
  });

  it('leaves a note type that stands for no event without one', () => {
    const read = readOmniledgerCase(load('asb-log/OL-104233.html'), url);
    expect(read.logEntries).toEqual([{ at: '2026-12-17T16:10', kind: 'Incoming call', text: 'Report taken by phone.' }]);
  });

  it('names the field when a labelled fact is missing', () => {
    const doc = load('asb-log/OL-104233.html');
    for (const dt of doc.querySelectorAll('.ol-fact dt')) if (dt.textContent === 'Type') dt.textContent = 'Kind';
    expect(() => readOmniledgerCase(doc, url)).toThrow('recordedCategory: no fact labelled "Type"');
  });

  it('names the field when the reference is missing', () => {
    const doc = load('asb-log/OL-104233.html');
    doc.querySelector('.ol-ref')!.remove();
    expect(() => readOmniledgerCase(doc, url)).toThrow('reference: selector ".ol-summary .ol-ref" matched nothing');
  });
});

describe('readOmniledgerCaseList', () => {
  const entries = readOmniledgerCaseList(load('asb-log/index.html'));

  it('reads every card of the log (dates without time)', () => {
    const expected = OMNILEDGER_CASES.map((c) => resolveCase(c, FIXTURE_TODAY));
    expect(entries.map((e) => e.row)).toEqual(
      expected.map((c) => ({ system: 'omniledger', reference: c.reference, receivedAt: c.receivedAt.slice(0, 10), recordedCategory: c.category, status: c.status, ...(c.status === 'Closed' ? { closed: true } : {}) })),
    );
  });

  it('gives the box around the reference as the place for the badge', () => {
    expect(entries[0]!.badgeSlot.className).toBe('ol-report-card__id');
  });
});

describe('omniledgerNewCaseForm', () => {
  it('reads the date and time inputs together', () => {
    const form = omniledgerNewCaseForm(load('asb-log/new.html'))!;
    expect(form.category.id).toBe('ol-report-type');
    expect(form.description.id).toBe('ol-what-happened');
    expect(form.read()).toEqual({ category: '', description: '', receivedAt: `${FIXTURE_TODAY}T09:30` });
  });

  it('is null on other pages', () => {
    expect(omniledgerNewCaseForm(load('asb-log/index.html'))).toBeNull();
  });
});

describe('omniledgerPageKind and omniledgerNotesField', () => {
  it('tells the views apart', () => {
    expect(omniledgerPageKind(load('asb-log/OL-104233.html'))).toBe('case-view');
    expect(omniledgerPageKind(load('asb-log/index.html'))).toBe('case-list');
    expect(omniledgerPageKind(load('asb-log/new.html'))).toBe('new-case');
  });

  it('finds the "Add a note" box', () => {
    expect(omniledgerNotesField(load('asb-log/OL-104233.html'))?.id).toBe('ol-note-text');
  });
});

describe('OMNILEDGER_VOCABULARY', () => {
  it('knows every report type Omniledger offers', () => {
    expect(OMNILEDGER_CATEGORIES.filter((c) => categoryMeaning(OMNILEDGER_VOCABULARY, c) === null)).toEqual([]);
  });

  it('maps the note types that record work on a case, and only those', () => {
    const unmapped = OMNILEDGER_NOTE_TYPES.filter((t) => noteEvent(OMNILEDGER_VOCABULARY, t) === undefined);
    expect(unmapped).toEqual(['General note', 'Incoming call']);
  });
});
