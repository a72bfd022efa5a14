import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { teamPages } from '../../test/fixtures/hosts/team/team-site.ts';
import { activeHAdapter } from './activeh/adapter.ts';
import { createGenericAdapter } from './generic/generic-adapter.ts';
import { parseGenericHostConfig } from './generic/generic-config.ts';

// Each adapter reads whether a case is over, in its system's words, and since when where the page says.
const parse = (html: string) => parseHTML(html).document as unknown as Document;
const VIEW = 'activeh-team/asb/case/ASB-2026-20007.html';

describe('reading a closed case', () => {
  it('Active H: "Closed" with its Date Closed; the same case open the working day before', () => {
    const url = new URL('https://hms.northfield.example/asb/case/ASB-2026-20007.html');
    const before = activeHAdapter.readCase(parse(teamPages('2026-12-18')[VIEW]!), url);
    expect(before.status).toBe('Open');
    expect(before.closed).toBeUndefined();
    expect(before.closedAt).toBeUndefined();
    const after = activeHAdapter.readCase(parse(teamPages('2026-12-21')[VIEW]!), url);
    expect(after).toMatchObject({ status: 'Closed', closed: true, closedAt: '2026-12-21' });
  });

  it('Active H list rows: "Closed - NFA" and "Withdrawn" are closed, "Under Review" is open', () => {
    const list = new URL('https://hms.northfield.example/asb/case-list.html');
    const rows = activeHAdapter.readCaseList(parse(teamPages('2026-12-18')['activeh-team/asb/case-list.html']!), list).map((e) => e.row);
    const byRef = (ref: string) => rows.find((r) => r.reference === ref)!;
    expect(byRef('ASB/2026/20003')).toMatchObject({ status: 'Closed - NFA', closed: true });
    expect(byRef('ASB/2026/20000')).toMatchObject({ status: 'Withdrawn', closed: true });
    expect(byRef('ASB/2026/20004').status).toBe('Under Review');
    expect(byRef('ASB/2026/20004').closed).toBeUndefined();
  });

  it('a generic mapping: its own closed words and the page’s closing date', () => {
    const config = parseGenericHostConfig({
      name: 'Harbourline Housing',
      match: 'https://hms.harbourline.example/*',
      caseView: { reference: '#ref', receivedAt: '#recd', category: '#cat', description: '#desc', status: '#state', closedAt: '#shut' },
      caseList: { row: '.item', reference: '.ref', receivedAt: '.when', category: '.type', status: '.state' },
      closedStatuses: ['Finalised', 'No further action'],
    });
    const adapter = createGenericAdapter(config);
    const page = (state: string, shut = '') =>
      parse(`<html><body><h1 id="ref">HL-7</h1><p id="recd">02.11.2026 10:30</p><p id="cat">Noise</p><div id="desc">Music.</div><p id="state">${state}</p><p id="shut">${shut}</p></body></html>`);
    const url = new URL('https://hms.harbourline.example/enquiry/HL-7');
    expect(adapter.readCase(page('Finalised', '21.12.2026'), url)).toMatchObject({ status: 'Finalised', closed: true, closedAt: '2026-12-21' });
    expect(adapter.readCase(page('No further action'), url)).toMatchObject({ closed: true });
    expect(adapter.readCase(page('No further action'), url).closedAt).toBeUndefined();
    // "Closed" is not one of this system's words for a case that is over.
    expect(adapter.readCase(page('Closed to new evidence'), url).closed).toBeUndefined();
    // A closing date that cannot be read names its field.
    expect(() => adapter.readCase(page('Finalised', '31.02.2026'), url)).toThrow('closedAt');
    const list = parse(
      '<html><body><div class="item"><a class="ref" href="/e/1">HL-1</a><i class="when">02.11.2026</i><i class="type">Noise</i><i class="state">Finalised</i></div><div class="item"><a class="ref" href="/e/2">HL-2</a><i class="when">03.11.2026</i><i class="type">Noise</i><i class="state">Open</i></div></body></html>',
    );
    expect(adapter.readCaseList(list, url).map((e) => [e.row.reference, e.row.closed ?? false])).toEqual([
      ['HL-1', true],
      ['HL-2', false],
    ]);
  });

  it('a generic mapping refuses an empty list of closed words, naming the field', () => {
    expect(() => parseGenericHostConfig({ name: 'X', match: 'https://x.example.org/*', closedStatuses: [] }, 'hosts[0].generic')).toThrow(
      'hosts[0].generic.closedStatuses: at least one word is required',
    );
  });
});
