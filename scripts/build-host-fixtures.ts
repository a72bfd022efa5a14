// Writes the committed fixture pages of the fictional host systems (test/fixtures/hosts/) from
// their data and renderers, for FIXTURE_TODAY. `--check` writes nothing and exits 1 when a
// committed file differs from what the renderers make now.
//   node scripts/build-host-fixtures.ts [--check]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixturePages } from '../test/fixtures/hosts/fixture-pages.ts';
import { FIXTURE_TODAY } from '../test/fixtures/hosts/host-page-case.ts';

/**
 * Where the committed host pages live.
 *
 * @example
 * HOST_FIXTURES_DIR.endsWith('test/fixtures/hosts/') //=> true
 */
export const HOST_FIXTURES_DIR = fileURLToPath(new URL('../test/fixtures/hosts/', import.meta.url));

/**
 * The committed pages: every page for FIXTURE_TODAY at 09:30, case views for the detailed cases.
 *
 * @example
 * 'omniledger/asb-log/OL-104233.html' in committedHostPages() //=> true
 */
export function committedHostPages(): Record<string, string> {
  return fixturePages(FIXTURE_TODAY, `${FIXTURE_TODAY}T09:30`, { allCaseViews: false });
}

/**
 * The committed files that are missing or differ from the renderers' output, by path.
 *
 * @example
 * staleHostPages() //=> [] when the committed pages are up to date
 */
export function staleHostPages(dir = HOST_FIXTURES_DIR): string[] {
  return Object.entries(committedHostPages())
    .filter(([path, html]) => !existsSync(join(dir, path)) || readFileSync(join(dir, path), 'utf8') !== html)
    .map(([path]) => path);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const stale = staleHostPages();
    if (stale.length > 0) {
      console.error(`Out of date (run node scripts/build-host-fixtures.ts):\n  ${stale.join('\n  ')}`);
      process.exit(1);
    }
    console.log('Host fixture pages are up to date.');
  } else {
    for (const [path, html] of Object.entries(committedHostPages())) {
      mkdirSync(dirname(join(HOST_FIXTURES_DIR, path)), { recursive: true });
      writeFileSync(join(HOST_FIXTURES_DIR, path), html);
    }
    console.log(`Wrote ${Object.keys(committedHostPages()).length} pages under test/fixtures/hosts/.`);
  }
}
