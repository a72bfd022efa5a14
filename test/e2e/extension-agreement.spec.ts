import { expect, test, type Page } from '@playwright/test';
import { E2E_PORTS } from '../e2e-ports.ts';
import { AGREEMENT_CASES, AGREEMENT_LIST_PATH, AGREEMENT_PAGES, agreementCasePath, agreementConfig } from '../fixtures/hosts/agreement/agreement-pages.ts';
import { launchExtension, type LaunchedExtension } from './support/launch-extension.ts';
import { setUpOptions } from './support/set-up-options.ts';

// One assessment (issue 13 part 1): a case on a generic host whose mapping says "Racial
// Harassment", and a race-hate case recorded as noise, both received on Monday 2 November 2026 at
// 10:30. The banner, the list badge, the side panel and the dashboard give each the same level,
// flags and next deadline. Worked out by hand from the model policy: a hate incident is Level 1
// High Risk, first contact within 1 working day, so due Tuesday 3 November 2026 (long overdue).

const HOSTS = `http://127.0.0.1:${E2E_PORTS.fixtures}/hosts`;
const EXPECTED = { level: 'Level 1 High Risk', flag: 'Hate incident', firstContactDue: '2026-11-03' };

let ext: LaunchedExtension;
test.beforeAll(async () => {
  ext = await launchExtension();
  await setUpOptions(ext, { genericHost: { match: AGREEMENT_PAGES, config: agreementConfig() } });
});
test.afterAll(async () => {
  await ext?.close();
});

async function bannerOf(page: Page, reference: string) {
  await page.goto(`${HOSTS}/${agreementCasePath(reference)}`);
  const b = page.locator('asb-assist-banner');
  await expect(b.locator('.asb-level')).toBeVisible();
  await expect(b.locator('.asb-deadline')).toBeVisible();
  return {
    level: (await b.locator('.asb-level').innerText()).trim(),
    flags: await b.getByRole('list', { name: 'Flags' }).locator('li').allInnerTexts(),
    next: (await b.locator('.asb-deadline').innerText()).trim(),
  };
}

test('banner, list badge, side panel and dashboard agree on level, flags and next deadline', async () => {
  const page = await ext.context.newPage();
  const banners: Record<string, Awaited<ReturnType<typeof bannerOf>>> = {};
  for (const c of AGREEMENT_CASES) {
    banners[c.reference] = await bannerOf(page, c.reference);
    expect(banners[c.reference]!.level).toBe(EXPECTED.level);
    expect(banners[c.reference]!.flags).toContain(EXPECTED.flag);
    expect(banners[c.reference]!.next).toMatch(/^Contact the complainant: overdue by \d+ working days\. An explanation is owed: record why it was missed\.$/);
  }
  // The case recorded as noise shows the prompt: its words say more than its category.
  await expect(page.locator('asb-assist-banner').getByRole('alert')).toContainText('Recorded as "Noise - domestic premises", but the description points to a hate incident (race)');

  // The list: each seen case's badge is worked out from the case as its page showed it.
  await page.goto(`${HOSTS}/${AGREEMENT_LIST_PATH}`);
  for (const c of AGREEMENT_CASES) {
    const badge = page.locator('tr.hl-row').filter({ hasText: c.reference }).locator('asb-assist-badge');
    await expect(badge).toContainText(`${c.reference}, ${EXPECTED.level}. ${banners[c.reference]!.next}`);
    await expect(badge).not.toContainText('Medium');
  }
  await page.close();

  // The side panel of each case.
  const panel = await ext.context.newPage();
  for (const c of AGREEMENT_CASES) {
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?case=generic:${c.reference}`);
    await expect(panel.getByRole('heading', { level: 1, name: `Case ${c.reference}` })).toBeVisible();
    await expect(panel.locator('.level strong')).toHaveText(EXPECTED.level);
    await expect(panel.getByRole('list', { name: 'Flags' }).getByText(EXPECTED.flag, { exact: true })).toBeVisible();
    await expect(panel.getByTestId('next-deadline')).toHaveText(`Next: ${banners[c.reference]!.next}`);
    await expect(panel.locator('[data-deadline="first-contact"]')).toHaveAttribute('data-due', EXPECTED.firstContactDue);
  }

  // The dashboard.
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?view=dashboard`);
  for (const c of AGREEMENT_CASES) {
    const row = panel.locator(`[data-key="generic:${c.reference}"]`);
    await expect(row).toContainText(EXPECTED.level);
    await expect(row.locator('.case-row-next')).toHaveText(banners[c.reference]!.next);
  }
  await panel.close();
});
