import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fixtureCases } from '../../test/fixtures/hosts/fixture-pages.ts';
import { renderOmniledgerCaseList } from '../../test/fixtures/hosts/omniledger/render.ts';
import { teamPages } from '../../test/fixtures/hosts/team/team-site.ts';
import { activeHAdapter } from './activeh/adapter.ts';
import { createGenericAdapter } from './generic/generic-adapter.ts';
import { parseGenericHostConfig } from './generic/generic-config.ts';
import { omniledgerAdapter } from './omniledger/adapter.ts';

// Each adapter's "next page" of a paged case list (the team fill follows it).
const parse = (html: string) => parseHTML(html).document as unknown as Document;
const team = teamPages('2026-12-18');
const LIST = 'https://hms.northfield.example/asb/case-list.html';

describe('nextListPage', () => {
  it('Active H: the grid pager’s ">" (Next page), not the page numbers or ">>"; the last page’s greyed-out ">" is the page itself', () => {
    const first = parse(team['activeh-team/asb/case-list.html']!);
    expect(activeHAdapter.nextListPage(first, new URL(LIST))?.href).toBe(`${LIST}?page=2`);
    // The pager row is not a case row.
    expect(activeHAdapter.readCaseList(first, new URL(LIST))).toHaveLength(25);
    const second = parse(team['activeh-team/asb/case-list.html?page=2']!);
    expect(activeHAdapter.nextListPage(second, new URL(`${LIST}?page=2`))?.href).toBe(`${LIST}?page=3`);
    const last = parse(team['activeh-team/asb/case-list.html?page=3']!);
    expect(activeHAdapter.nextListPage(last, new URL(`${LIST}?page=3`))?.href).toBe(`${LIST}?page=3`);
    expect(activeHAdapter.readCaseList(last, new URL(`${LIST}?page=3`))).toHaveLength(12);
  });

  it('Active H: a list with no pager has no next page', () => {
    const doc = parse(readFileSync(new URL('../../test/fixtures/hosts/activeh/asb/case-list.html', import.meta.url), 'utf8'));
    expect(activeHAdapter.nextListPage(doc, new URL(LIST))).toBeNull();
  });

  it('Omniledger: "Older reports" (rel="next nofollow") below the cards, resolved against the page; none on the oldest page', () => {
    const cases = fixtureCases('omniledger', '2026-12-18');
    const here = new URL('https://coop.omniledger.example/asb-log/index.html');
    const first = parse(renderOmniledgerCaseList(cases.slice(0, 20), { olderBefore: cases[19]!.reference }));
    expect(omniledgerAdapter.nextListPage(first, here)?.href).toBe(`https://coop.omniledger.example/asb-log/index.html?before=${cases[19]!.reference}`);
    expect(omniledgerAdapter.readCaseList(first, here)).toHaveLength(20);
    const last = parse(renderOmniledgerCaseList(cases.slice(20), { newerAfter: cases[20]!.reference }));
    expect(omniledgerAdapter.nextListPage(last, here)).toBeNull();
    const doc = parse(readFileSync(new URL('../../test/fixtures/hosts/omniledger/asb-log/index.html', import.meta.url), 'utf8'));
    expect(omniledgerAdapter.nextListPage(doc, here)).toBeNull();
  });

  it('a generic mapping: its caseList.nextPage selector; a javascript: link (a form posted back) is not a page to fetch', () => {
    const config = parseGenericHostConfig({
      name: 'Housing Cloud',
      match: 'https://housing.example.org/*',
      caseList: { row: '.item', reference: '.ref', receivedAt: '.when', category: '.type', nextPage: 'nav.pager a.next' },
    });
    const adapter = createGenericAdapter(config);
    const here = new URL('https://housing.example.org/queue?page=1');
    const withBase = parse('<html><head><base href="/app/"></head><body><nav class="pager"><a class="next" href="queue?page=2">Next</a></nav></body></html>');
    expect(adapter.nextListPage(withBase, here)?.href).toBe('https://housing.example.org/app/queue?page=2');
    const postBack = parse(`<html><body><nav class="pager"><a class="next" href="javascript:__doPostBack('grid','Page$2')">Next</a></nav></body></html>`);
    expect(adapter.nextListPage(postBack, here)).toBeNull();
    expect(adapter.nextListPage(parse('<html><body></body></html>'), here)).toBeNull();
    const unmapped = createGenericAdapter(parseGenericHostConfig({ ...config, caseList: { row: '.item', reference: '.ref', receivedAt: '.when', category: '.type' } }));
    expect(unmapped.nextListPage(withBase, here)).toBeNull();
  });

  it('a generic mapping refuses a next-page selector that is not text, naming the field', () => {
    expect(() =>
      parseGenericHostConfig(
        { name: 'X', match: 'https://x.example.org/*', caseList: { row: '.r', reference: '.a', receivedAt: '.b', category: '.c', nextPage: 7 } },
        'hosts[0].generic',
      ),
    ).toThrow('hosts[0].generic.caseList.nextPage: must be a CSS selector');
  });
});
