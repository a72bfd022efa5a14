import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hostRuleSchema } from '../hosts/host-rule.ts';
import { fixturePages } from '../../test/fixtures/hosts/fixture-pages.ts';
import { TEAM_CASES, teamPages } from '../../test/fixtures/hosts/team/team-site.ts';
import { readTeamCases, TEAM_READ_CONCURRENCY, TEAM_READ_MAX_LIST_PAGES } from './read-team-cases.ts';
import type { TeamReadProgress } from './read-team-cases.ts';

// The fixture housing systems rendered for 18 December 2026, served from memory.
const ORIGIN = 'https://hms.example.org';
const pages: Record<string, string> = { ...fixturePages('2026-12-18', '2026-12-18T09:30', { allCaseViews: true }), ...teamPages('2026-12-18') };
const parse = (html: string) => parseHTML(html).document as unknown as Document;

function fakeHms(options: { missing?: string[]; delayMs?: number } = {}) {
  const asked: string[] = [];
  let inFlight = 0;
  let most = 0;
  return {
    asked,
    most: () => most,
    async fetchPage(url: URL, signal: AbortSignal): Promise<string> {
      asked.push(url.href);
      inFlight += 1;
      most = Math.max(most, inFlight);
      try {
        await new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 1));
        signal.throwIfAborted();
        const path = url.pathname.replace(/^\/hosts\//, '');
        // A page with a query of its own (a paged list's `?page=2`), else the page.
        const html = (url.search ? pages[path + url.search] : undefined) ?? pages[path];
        if (html === undefined || options.missing?.some((m) => url.pathname.endsWith(m))) throw new Error('The housing system answered 404.');
        return html;
      } finally {
        inFlight -= 1;
      }
    },
    parse,
  };
}

describe('readTeamCases', () => {
  it('reads every open Active H case of the list, two pages at a time, with officers', async () => {
    const hms = fakeHms();
    const progress: TeamReadProgress[] = [];
    const result = await readTeamCases(new URL(`${ORIGIN}/hosts/activeh/asb/case-list.html`), [], hms, {
      signal: new AbortController().signal,
      onProgress: (p) => progress.push(p),
    });
    // 40 rows: the 6 detailed cases and 28 of the 34 older ones are open (every fifth older one is closed).
    expect(result.systemName).toBe('Active H');
    expect(result.closed).toBe(6);
    expect(result.cases).toHaveLength(34);
    expect(result.failed).toEqual([]);
    expect(result.cases[0]).toMatchObject({
      system: 'activeh',
      reference: 'ASB/2026/00412',
      receivedAt: '2026-12-18T09:12',
      officer: 'J. Okafor',
      url: `${ORIGIN}/hosts/activeh/asb/case/ASB-2026-00412.html`,
    });
    expect(result.cases.map((c) => c.reference)).not.toContain('ASB/2026/00252'); // the fifth older case, closed
    expect(new Set(result.cases.map((c) => c.officer))).toEqual(new Set(['J. Okafor', 'R. Whitlock', 'S. Haddad', 'M. Lindqvist']));
    expect(hms.most()).toBe(TEAM_READ_CONCURRENCY);
    expect(hms.asked).toHaveLength(35);
    expect(hms.asked.every((u) => u.startsWith(`${ORIGIN}/`))).toBe(true);
    expect(progress[0]).toEqual({ done: 0, total: 0, listPages: 1 });
    expect(progress[1]).toEqual({ done: 0, total: 34, listPages: 1 });
    expect(progress.at(-1)).toEqual({ done: 34, total: 34, listPages: 1 });
    expect(result.listPages).toBe(1);
    expect(result.stopped).toBeNull();
  });

  it('follows a paged list to its last page (Active H’s grid pager): every open case of every page, the last page’s link to itself not followed', async () => {
    const hms = fakeHms();
    const progress: TeamReadProgress[] = [];
    const result = await readTeamCases(new URL(`${ORIGIN}/hosts/activeh-team/asb/case-list.html`), [], hms, {
      signal: new AbortController().signal,
      onProgress: (p) => progress.push(p),
    });
    // 62 cases on 3 pages (25, 25, 12): 41 "Open" and 5 "Under Review" are open; 7 "Closed", 5 "Closed - NFA", 4 "Withdrawn" are not.
    expect(result.listPages).toBe(3);
    expect(result.stopped).toBeNull();
    expect(result.closed).toBe(16);
    expect(result.cases).toHaveLength(46);
    const open = TEAM_CASES.filter((c) => c.status === 'Open' || c.status === 'Under Review').map((c) => c.reference);
    expect(result.cases.map((c) => c.reference)).toEqual(open);
    // The first row of page 2 and the last open row of page 3.
    expect(result.cases.map((c) => c.reference)).toContain('ASB/2026/19985');
    expect(result.cases.at(-1)).toMatchObject({ reference: 'ASB/2026/19950', receivedAt: '2026-08-19T13:00', officer: 'J. Okafor' });
    expect(result.cases.map((c) => c.reference)).not.toContain('ASB/2026/19949'); // Withdrawn, page 3
    // Each list page once, in order, then the 46 case pages.
    const listAsked = hms.asked.filter((u) => u.includes('case-list'));
    expect(listAsked).toEqual([
      `${ORIGIN}/hosts/activeh-team/asb/case-list.html`,
      `${ORIGIN}/hosts/activeh-team/asb/case-list.html?page=2`,
      `${ORIGIN}/hosts/activeh-team/asb/case-list.html?page=3`,
    ]);
    expect(hms.asked).toHaveLength(3 + 46);
    expect(hms.most()).toBe(TEAM_READ_CONCURRENCY);
    expect(progress.slice(0, 4)).toEqual([
      { done: 0, total: 0, listPages: 1 },
      { done: 0, total: 0, listPages: 2 },
      { done: 0, total: 0, listPages: 3 },
      { done: 0, total: 46, listPages: 3 },
    ]);
  });

  it('reads a closed row’s case only when asked to (a case open here, to close it here too)', async () => {
    const result = await readTeamCases(new URL(`${ORIGIN}/hosts/activeh-team/asb/case-list.html`), [], fakeHms(), {
      signal: new AbortController().signal,
      readClosed: (row) => row.reference === 'ASB/2026/20006' || row.reference === 'ASB/2026/19949',
    });
    expect(result.cases).toHaveLength(48);
    // Open cases first, in the list's order, then the closed ones asked for.
    expect(result.cases.slice(-2).map((c) => [c.reference, c.status, c.closed])).toEqual([
      ['ASB/2026/20006', 'Closed', true],
      ['ASB/2026/19949', 'Withdrawn', true],
    ]);
    expect(result.closed).toBe(16);
  });

  it('stops paging at a next page on another origin, at a page that cannot be read, and at the page limit, saying so', async () => {
    const signal = new AbortController().signal;
    const rule = (nextPage: string) =>
      hostRuleSchema.parse({
        match: 'https://housing.example.org/*',
        system: 'generic',
        generic: {
          name: 'Housing Cloud',
          match: 'https://housing.example.org/*',
          caseView: { reference: '#ref', receivedAt: '#recd', category: '#cat', description: '#desc' },
          caseList: { row: '.queue .item', reference: '.ref', receivedAt: '.when', category: '.type', nextPage },
        },
      });
    const view = (ref: string) => `<!doctype html><html><body><h1 id="ref">${ref}</h1><p id="recd">14/12/2026 11:00</p><p id="cat">Noise</p><div id="desc">Noise.</div></body></html>`;
    // Page n links to page n+1 ("More ›"), for ever.
    const listPage = (n: number, next: string) => `<!doctype html><html><body><div class="queue">
      <div class="item"><a class="ref" href="/cases/HC-${n}">HC-${n}</a> <i class="when">14/12/2026</i> <i class="type">Noise</i></div>
      </div><nav class="pager"><a class="more" href="${next}">More ›</a></nav></body></html>`;
    const site = (next: (n: number) => string, missing: number[] = []) => {
      const asked: string[] = [];
      return {
        asked,
        deps: {
          async fetchPage(url: URL) {
            asked.push(url.href);
            const n = Number(url.searchParams.get('p') ?? '1');
            if (url.pathname === '/queue' && !missing.includes(n)) return listPage(n, next(n));
            if (url.pathname.startsWith('/cases/')) return view(url.pathname.slice('/cases/'.length));
            throw new Error('The housing system answered 500 Internal Server Error.');
          },
          parse,
        },
      };
    };
    const start = new URL('https://housing.example.org/queue');

    const elsewhere = site((n) => (n === 2 ? 'https://archive.example.net/queue?p=3' : `/queue?p=${n + 1}`));
    const a = await readTeamCases(start, [rule('.pager a.more')], elsewhere.deps, { signal });
    expect(a.listPages).toBe(2);
    expect(a.stopped).toBe('The case list’s next page is on another site (https://archive.example.net), so it was not followed: only the cases on the first 2 pages were read.');
    expect(a.cases.map((c) => c.reference)).toEqual(['HC-1', 'HC-2']);
    expect(elsewhere.asked.some((u) => u.startsWith('https://archive.example.net'))).toBe(false);

    const broken = site((n) => `/queue?p=${n + 1}`, [3]);
    const b = await readTeamCases(start, [rule('.pager a.more')], broken.deps, { signal });
    expect(b.stopped).toBe('Page 3 of the case list could not be read (The housing system answered 500 Internal Server Error): only the cases on the first 2 pages were read.');
    expect(b.cases.map((c) => c.reference)).toEqual(['HC-1', 'HC-2']);

    const endless = site((n) => `/queue?p=${n + 1}`);
    const c = await readTeamCases(start, [rule('.pager a.more')], endless.deps, { signal });
    expect(c.listPages).toBe(TEAM_READ_MAX_LIST_PAGES);
    expect(c.stopped).toBe('The case list has more than 50 pages. Only the cases on the first 50 were read: filter the list in Housing Cloud (by officer or area, say) and read each part.');
    expect(c.cases).toHaveLength(50);
    expect(endless.asked.filter((u) => u.includes('/queue'))).toHaveLength(50);

    // A list whose pages link back (page 2's "More" is page 1, with a fragment): read once each, no loop.
    const circle = site((n) => (n === 1 ? '/queue?p=2' : '/queue#top'));
    const d = await readTeamCases(start, [rule('.pager a.more')], circle.deps, { signal });
    expect(d.listPages).toBe(2);
    expect(d.stopped).toBeNull();
    expect(circle.asked.filter((u) => u.includes('/queue'))).toEqual(['https://housing.example.org/queue', 'https://housing.example.org/queue?p=2']);

    // Without a next-page selector, one page is the whole list.
    const single = site((n) => `/queue?p=${n + 1}`);
    const mapped = rule('.pager a.more');
    const { nextPage: _unused, ...caseList } = mapped.generic!.caseList!;
    const e = await readTeamCases(start, [{ ...mapped, generic: { ...mapped.generic!, caseList } }], single.deps, { signal });
    expect(e.listPages).toBe(1);
    expect(e.cases.map((x) => x.reference)).toEqual(['HC-1']);
  });

  it('cancelling while the list’s pages are read asks for no more pages', async () => {
    const hms = fakeHms({ delayMs: 5 });
    const controller = new AbortController();
    const reading = readTeamCases(new URL(`${ORIGIN}/hosts/activeh-team/asb/case-list.html`), [], hms, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.listPages === 2) controller.abort(new Error('Cancelled.'));
      },
    });
    await expect(reading).rejects.toThrow('Cancelled.');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(hms.asked).toEqual([`${ORIGIN}/hosts/activeh-team/asb/case-list.html`, `${ORIGIN}/hosts/activeh-team/asb/case-list.html?page=2`]);
  });

  it('reads Omniledger cards too', async () => {
    const result = await readTeamCases(new URL(`${ORIGIN}/hosts/omniledger/asb-log/index.html`), [], fakeHms(), {
      signal: new AbortController().signal,
    });
    expect(result.systemName).toBe('Omniledger');
    expect(result.closed).toBe(5);
    expect(result.cases).toHaveLength(35);
    expect(result.cases[0]).toMatchObject({ system: 'omniledger', reference: 'OL-104233' });
    expect(result.cases.every((c) => typeof c.officer === 'string' && c.officer !== '')).toBe(true);
  });

  it('lists a case page it could not read, and goes on with the others', async () => {
    const result = await readTeamCases(new URL(`${ORIGIN}/hosts/activeh/asb/case-list.html`), [], fakeHms({ missing: ['ASB-2026-00398.html'] }), {
      signal: new AbortController().signal,
    });
    expect(result.cases).toHaveLength(33);
    expect(result.failed).toEqual([{ reference: 'ASB/2026/00398', reason: 'The housing system answered 404.' }]);
  });

  it('stops when cancelled, asking for no more pages', async () => {
    const hms = fakeHms({ delayMs: 5 });
    const controller = new AbortController();
    const reading = readTeamCases(new URL(`${ORIGIN}/hosts/activeh/asb/case-list.html`), [], hms, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 3) controller.abort(new Error('Cancelled.'));
      },
    });
    await expect(reading).rejects.toThrow('Cancelled.');
    const asked = hms.asked.length;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(hms.asked.length).toBe(asked);
    expect(asked).toBeLessThanOrEqual(1 + 3 + TEAM_READ_CONCURRENCY);
  });

  it('refuses a page that is not a case list, and an address that is not the web', async () => {
    const signal = new AbortController().signal;
    await expect(readTeamCases(new URL(`${ORIGIN}/hosts/activeh/asb/case/ASB-2026-00412.html`), [], fakeHms(), { signal })).rejects.toThrow(
      'This Active H page is not a case list.',
    );
    await expect(readTeamCases(new URL('file:///tmp/list.html'), [], fakeHms(), { signal })).rejects.toThrow('must start with https://');
  });

  it('reads a system mapped by a generic rule, by its selectors: officer too; never follows a link to elsewhere', async () => {
    // "Housing Cloud": a system of another shape and other words (a landlord's own mapping).
    const list = `<!doctype html><html><body><div class="queue">
      <div class="item"><a class="ref" href="/cases/HC-7">HC-7</a> <i class="when">14/12/2026</i> <i class="type">Nuisance - Noise</i> <i class="state">Live</i></div>
      <div class="item"><a class="ref" href="/cases/HC-8">HC-8</a> <i class="when">15/12/2026</i> <i class="type">Nuisance - Noise</i> <i class="state">Closed (resolved)</i></div>
      <div class="item"><a class="ref" href="https://tracker.example.net/cases/HC-9">HC-9</a> <i class="when">16/12/2026</i> <i class="type">Nuisance - Noise</i> <i class="state">Live</i></div>
    </div></body></html>`;
    const view = (ref: string, who: string) => `<!doctype html><html><body>
      <h1 id="ref">${ref}</h1><p id="recd">14/12/2026 11:00</p><p id="cat">Nuisance - Noise</p><div id="desc"><p>Drilling at night.</p></div>
      <p>Handled by <span id="who">${who}</span></p></body></html>`;
    const site: Record<string, string> = { '/queue': list, '/cases/HC-7': view('HC-7', 'Priya Nair') };
    const asked: string[] = [];
    const rules = [
      hostRuleSchema.parse({
        match: 'https://housing.example.org/*',
        system: 'generic',
        generic: {
          name: 'Housing Cloud',
          match: 'https://housing.example.org/*',
          caseView: { reference: '#ref', receivedAt: '#recd', category: '#cat', description: '#desc', officer: '#who' },
          caseList: { row: '.queue .item', reference: '.ref', receivedAt: '.when', category: '.type', status: '.state' },
        },
      }),
    ];
    const result = await readTeamCases(
      new URL('https://housing.example.org/queue'),
      rules,
      {
        async fetchPage(url) {
          asked.push(url.href);
          const html = site[url.pathname];
          if (url.origin !== 'https://housing.example.org' || html === undefined) throw new Error('not found');
          return html;
        },
        parse,
      },
      { signal: new AbortController().signal },
    );
    expect(result.systemName).toBe('Housing Cloud');
    expect(result.closed).toBe(1);
    expect(result.cases).toEqual([
      expect.objectContaining({ system: 'generic', reference: 'HC-7', receivedAt: '2026-12-14T11:00', officer: 'Priya Nair', url: 'https://housing.example.org/cases/HC-7' }),
    ]);
    expect(result.failed).toEqual([{ reference: 'HC-9', reason: 'The link leads outside the housing system; it was not followed.' }]);
    expect(asked).toEqual(['https://housing.example.org/queue', 'https://housing.example.org/cases/HC-7']);
  });

  it('resolves the list’s links against its <base href>, as the browser does', async () => {
    const list = `<!doctype html><html><head><base href="/app/v2/"></head><body><div class="queue">
      <div class="item"><a class="ref" href="cases/HC-7">HC-7</a> <i class="when">14/12/2026</i> <i class="type">Noise</i></div>
    </div></body></html>`;
    const asked: string[] = [];
    const rule = hostRuleSchema.parse({
      match: 'https://housing.example.org/*',
      system: 'generic',
      generic: {
        name: 'Housing Cloud',
        match: 'https://housing.example.org/*',
        caseView: { reference: '#ref', receivedAt: '#recd', category: '#cat', description: '#desc' },
        caseList: { row: '.queue .item', reference: '.ref', receivedAt: '.when', category: '.type' },
      },
    });
    await readTeamCases(
      new URL('https://housing.example.org/queue'),
      [rule],
      {
        async fetchPage(url) {
          asked.push(url.href);
          if (url.pathname === '/queue') return list;
          throw new Error('not found');
        },
        parse,
      },
      { signal: new AbortController().signal },
    );
    expect(asked).toEqual(['https://housing.example.org/queue', 'https://housing.example.org/app/v2/cases/HC-7']);
  });
});
