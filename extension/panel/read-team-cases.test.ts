import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hostRuleSchema } from '../hosts/host-rule.ts';
import { fixturePages } from '../../test/fixtures/hosts/fixture-pages.ts';
import { readTeamCases, TEAM_READ_CONCURRENCY } from './read-team-cases.ts';
import type { TeamReadProgress } from './read-team-cases.ts';

// The fixture housing systems rendered for 18 December 2026, served from memory.
const ORIGIN = 'https://hms.example.org';
const pages = fixturePages('2026-12-18', '2026-12-18T09:30', { allCaseViews: true });
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
        const html = pages[path];
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
    expect(progress[0]).toEqual({ done: 0, total: 34 });
    expect(progress.at(-1)).toEqual({ done: 34, total: 34 });
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
