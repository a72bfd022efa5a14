// Each built-in adapter's NewCaseForm.fill on its committed fixture form (test/fixtures/hosts/).
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { activeHNewCaseForm } from './activeh/extract.ts';
import type { NewCaseFill } from './new-case-fill.ts';
import { omniledgerAdapter } from './omniledger/adapter.ts';
import { omniledgerNewCaseForm } from './omniledger/extract.ts';
import { activeHAdapter } from './activeh/adapter.ts';

const ROOT = new URL('../../test/fixtures/hosts/', import.meta.url);
const load = (path: string) => parseHTML(readFileSync(new URL(path, ROOT), 'utf8')).document as unknown as Document;

const values = (category: string): NewCaseFill => ({
  intakeReference: 'ASB-2026-000044',
  category,
  description: 'Website report ASB-2026-000044.\n\nShouting on the stairs at night.',
  receivedAt: '2026-12-18T16:05',
  complainant: 'Maryam Ellis',
  reportedPerson: null,
});

describe('filling a new-case form from a website report', () => {
  it('Omniledger: type, date, time, complainant and what happened, read back as the officer would see them', () => {
    const doc = load('omniledger/asb-log/new.html');
    const form = omniledgerNewCaseForm(doc)!;
    expect(form.fill!(values('Verbal Abuse'))).toEqual([]);
    // Its options have no value attribute (a browser's select.value is then the text; linkedom's is ''): read the chosen option.
    expect([...doc.querySelectorAll<HTMLOptionElement>('#ol-report-type option')].filter((o) => o.hasAttribute('selected')).map((o) => o.textContent)).toEqual(['Verbal Abuse']);
    expect(form.read()).toMatchObject({ description: 'Website report ASB-2026-000044.\n\nShouting on the stairs at night.', receivedAt: '2026-12-18T16:05' });
    expect((doc.querySelector('#ol-complainant') as HTMLInputElement).value).toBe('Maryam Ellis');
  });

  it('Active H: its dd/mm/yyyy hh:mm date; a category it does not offer is left for the officer', () => {
    const doc = load('activeh/asb/new-case.html');
    const form = activeHNewCaseForm(doc)!;
    expect(form.fill!(values('Noise Nuisance'))).toEqual(['category']);
    expect(form.read()).toEqual({ category: '', description: 'Website report ASB-2026-000044.\n\nShouting on the stairs at night.', receivedAt: '2026-12-18T16:05' });
    expect((doc.querySelector('#ctl00_txtDateReceived') as HTMLInputElement).value).toBe('18/12/2026 16:05');
  });

  it('knows each system’s new-case page from any of its pages', () => {
    expect(omniledgerAdapter.newCaseUrl!(new URL('https://hms.example.org/ol/asb-log/OL-104233.html'))?.href).toBe('https://hms.example.org/ol/asb-log/new.html');
    expect(activeHAdapter.newCaseUrl!(new URL('https://ah.example.org/activeh/asb/case/ASB-2026-00341.html'))?.href).toBe('https://ah.example.org/activeh/asb/new-case.html');
    expect(omniledgerAdapter.newCaseUrl!(new URL('https://hms.example.org/other/page.html'))).toBeNull();
  });
});
