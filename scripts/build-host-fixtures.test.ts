import { describe, expect, it } from 'vitest';
import { committedHostPages, staleHostPages } from './build-host-fixtures.ts';

describe('committed host fixture pages', () => {
  it('are what the renderers make from the fixture data (run node scripts/build-host-fixtures.ts)', () => {
    expect(staleHostPages()).toEqual([]);
  });

  it('include a list, a form and case views for both systems', () => {
    const paths = Object.keys(committedHostPages());
    expect(paths).toContain('activeh/asb/case-list.html');
    expect(paths).toContain('activeh/asb/new-case.html');
    expect(paths).toContain('activeh/asb/case/ASB-2026-00412.html');
    expect(paths).toContain('omniledger/asb-log/index.html');
    expect(paths).toContain('omniledger/asb-log/new.html');
    expect(paths).toContain('omniledger/asb-log/OL-104233.html');
  });

  it('are escaped: no fixture value can open a tag', () => {
    for (const html of Object.values(committedHostPages())) expect(html).not.toMatch(/<script>|javascript:/i);
  });
});
