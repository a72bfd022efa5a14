import { expect, test, type Frame, type Page } from '@playwright/test';
import { E2E_PORTS } from '../e2e-ports.ts';
import { HARBOURLINE_PAGES, harbourlineConfig, READING_CASES, readingPath } from '../fixtures/hosts/reading/reading-cases.ts';
import { launchExtension, type LaunchedExtension } from './support/launch-extension.ts';
import { setUpOptions } from './support/set-up-options.ts';

// The reader (core's readDescription) behind every in-page view: cases recorded as noise whose
// words say more (each hate strand, a threat, domestic abuse, a young person), written for this
// test, in Active H, Omniledger and a generic host mapped by selectors. Each shows its flag and
// the mismatch prompt; an ordinary-nuisance case shows neither.

const ORIGIN = `http://127.0.0.1:${E2E_PORTS.fixtures}`;
const HOSTS = `${ORIGIN}/hosts`;

let ext: LaunchedExtension;
test.beforeAll(async () => {
  ext = await launchExtension();
  // An officer maps Harbourline in the options page, as a generic host.
  await setUpOptions(ext, { genericHost: { match: HARBOURLINE_PAGES, config: harbourlineConfig() } });
});
test.afterAll(async () => {
  await ext?.close();
});

const banner = (where: Page | Frame) => where.locator('asb-assist-banner');

const SYSTEMS = [
  { system: 'activeh', recorded: 'ASB - Noise' },
  { system: 'omniledger', recorded: 'Noise Nuisance' },
  { system: 'generic', recorded: 'Noise - domestic premises' },
] as const;

for (const { system, recorded } of SYSTEMS) {
  test.describe(`${system} banner`, () => {
    READING_CASES.forEach((c, i) => {
      test(`${c.key}: ${c.flag ? `shows "${c.flag}" and the mismatch prompt` : 'shows no flag and no prompt'}`, async () => {
        const page = await ext.context.newPage();
        await page.goto(`${HOSTS}/${readingPath[system](i)}`);
        const b = banner(page);
        await expect(b.getByText('ASB Assist', { exact: false }).first()).toBeVisible();
        const alert = b.getByRole('alert');
        const flags = b.getByRole('list', { name: 'Flags' });
        if (c.flag && c.pointsTo) {
          await expect(alert).toBeVisible();
          await expect(alert).toContainText(`Recorded as "${recorded}", but the description points to ${c.pointsTo}`);
          await expect(flags.getByText(c.flag, { exact: true })).toBeVisible();
        } else {
          await expect(b.locator('.asb-level')).toBeVisible();
          await expect(alert).toHaveCount(0);
          for (const flag of ['Hate incident', 'Domestic abuse', 'Risk of harm', 'Young person']) await expect(b.getByText(flag, { exact: true })).toHaveCount(0);
        }
        await page.close();
      });
    });
  });
}
