import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
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
});
