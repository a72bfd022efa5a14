import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ACTIVEH_CASES, ACTIVEH_CATEGORIES, ACTIVEH_DETAILED_CASES } from '../../../test/fixtures/hosts/activeh/data.ts';
import { activeHCasePath } from '../../../test/fixtures/hosts/activeh/render.ts';
import { FIXTURE_TODAY, resolveCase } from '../../../test/fixtures/hosts/host-page-case.ts';
import { categoryMeaning, noteEvent } from '../host-vocabulary.ts';
import { activeHNewCaseForm, activeHNotesField, activeHPageKind, readActiveHCase, readActiveHCaseList } from './extract.ts';
import { ACTIVEH_VOCABULARY } from './vocabulary.ts';

const ROOT = new URL('../../../test/fixtures/hosts/activeh/', import.meta.url);
const load = (path: string) => parseHTML(readFileSync(new URL(path, ROOT), 'utf8')).document as unknown as Document;
const url = new URL('http://127.0.0.1:4310/hosts/activeh/asb/case/x.html');

describe('readActiveHCase', () => {
  it.each(ACTIVEH_DETAILED_CASES.map((c) => [c.reference, c] as const))('reads every field of %s', (_ref, relative) => {
    const c = resolveCase(relative, FIXTURE_TODAY);
    const read = readActiveHCase(load(activeHCasePath(c.reference)), url);
    expect(read).toEqual({
      system: 'activeh',
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
          const event = noteEvent(ACTIVEH_VOCABULARY, n.kind);
          return { at: n.at, kind: n.kind, text: n.text, ...(event ? { event } : {}) };
        }),
      url: url.href,
    });
  });

  it('reads the date received as London local time, day first', () => {
    const read = readActiveHCase(load('asb/case/ASB-2026-00412.html'), url);
    expect(read.receivedAt).toBe('2026-12-18T09:12');
  });

  it('maps case-log action types to core events', () => {
    const read = readActiveHCase(load('asb/case/ASB-2026-00350.html'), url);
    expect(read.logEntries.map((e) => e.event)).toEqual(['complainant-contacted', 'appointment-offered', 'action-plan-produced', 'diary-sheets-sent']);
  });

  it('keeps the description paragraphs apart', () => {
    const read = readActiveHCase(load('asb/case/ASB-2026-00412.html'), url);
    expect(read.description.split('\n\n')).toHaveLength(2);
  });

  it('names the field when the page has changed shape', () => {
    const doc = load('asb/case/ASB-2026-00412.html');
    doc.querySelector('#ctl00_lblDateReceived')!.remove();
    expect(() => readActiveHCase(doc, url)).toThrow('receivedAt: selector "#ctl00_lblDateReceived" matched nothing');
  });

  it('names the field when a date cannot be read', () => {
    const doc = load('asb/case/ASB-2026-00412.html');
    doc.querySelector('#ctl00_lblDateReceived')!.textContent = '31/02/2026 10:00';
    expect(() => readActiveHCase(doc, url)).toThrow('receivedAt: "31/02/2026 10:00" is not a real date');
  });
});

describe('readActiveHCaseList', () => {
  const doc = load('asb/case-list.html');
  const entries = readActiveHCaseList(doc);

  it('reads every row of the list', () => {
    const expected = ACTIVEH_CASES.map((c) => resolveCase(c, FIXTURE_TODAY));
    expect(entries).toHaveLength(expected.length);
    expect(entries.map((e) => e.row)).toEqual(
      expected.map((c) => ({ system: 'activeh', reference: c.reference, receivedAt: c.receivedAt, recordedCategory: c.category, status: c.status, ...(c.status === 'Closed' ? { closed: true } : {}) })),
    );
  });

  it('gives the reference cell as the place for the badge', () => {
    expect(entries[0]!.badgeSlot.tagName).toBe('TD');
    expect(entries[0]!.badgeSlot.textContent).toBe('ASB/2026/00412');
  });
});

describe('activeHNewCaseForm', () => {
  it('finds the category, description and date received fields', () => {
    const doc = load('asb/new-case.html');
    const form = activeHNewCaseForm(doc)!;
    expect(form.category.id).toBe('ctl00_ddlCategory');
    expect(form.description.id).toBe('ctl00_txtDescription');
    expect(form.read()).toEqual({ category: '', description: '', receivedAt: `${FIXTURE_TODAY}T09:30` });
  });

  it('reads the chosen category and the typed description', () => {
    const doc = load('asb/new-case.html');
    doc.querySelector('#ctl00_ddlCategory option[value="ASB - Drugs"]')!.setAttribute('selected', '');
    doc.querySelector('#ctl00_txtDescription')!.textContent = 'Dealing from the flat';
    const read = activeHNewCaseForm(doc)!.read();
    expect(read.category).toBe('ASB - Drugs');
    expect(read.description).toBe('Dealing from the flat');
  });

  it('is null on other pages', () => {
    expect(activeHNewCaseForm(load('asb/case-list.html'))).toBeNull();
  });
});

describe('activeHPageKind and activeHNotesField', () => {
  it('tells the pages apart', () => {
    expect(activeHPageKind(load('asb/case/ASB-2026-00412.html'))).toBe('case-view');
    expect(activeHPageKind(load('asb/case-list.html'))).toBe('case-list');
    expect(activeHPageKind(load('asb/new-case.html'))).toBe('new-case');
    expect(activeHPageKind(load('nav.html'))).toBeNull();
  });

  it('finds the log entry box of a case view', () => {
    expect(activeHNotesField(load('asb/case/ASB-2026-00412.html'))?.id).toBe('ctl00_txtNewLogEntry');
    expect(activeHNotesField(load('asb/case-list.html'))).toBeNull();
  });
});

describe('ACTIVEH_VOCABULARY', () => {
  it('knows every category Active H offers', () => {
    expect(ACTIVEH_CATEGORIES.filter((c) => categoryMeaning(ACTIVEH_VOCABULARY, c) === null)).toEqual([]);
  });

  it('records racial harassment as a race-hate incident', () => {
    expect(categoryMeaning(ACTIVEH_VOCABULARY, 'ASB - Racial Harassment')).toEqual({ behaviours: ['harassment', 'hate-incident'], perceivedHate: ['race'] });
  });
});
