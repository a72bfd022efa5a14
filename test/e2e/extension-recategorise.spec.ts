import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { E2E_PORTS } from '../e2e-ports.ts';
import { AGREEMENT_PAGES, RECATEGORISE_CASE, agreementCasePath, agreementConfig } from '../fixtures/hosts/agreement/agreement-pages.ts';
import { launchExtension, type LaunchedExtension } from './support/launch-extension.ts';
import { setUpOptions } from './support/set-up-options.ts';
import { AXE_TAGS } from './support/axe.ts';

// Issue 11, re-categorisation in the housing system: an officer re-records a case's category on
// the host (what the mismatch prompt asks). The level at receipt stays the first category's; the
// new category's level applies from the day ASB Assist first saw it. Harbourline (a generic host
// whose "Change type" form really saves: the fixture server keeps the type) under Plus Dane's
// policy. The enquiry was received Monday 14 December 2026 at 10:00, recorded as noise (Level 3:
// contact within 5 working days, by Monday 21 December). Both clocks are fixed: the side panel's
// (page.clock) and the background's (it dates what the case page shows), so every date is a
// literal worked out by hand.

const CASE_URL = `http://127.0.0.1:${E2E_PORTS.fixtures}/hosts/${agreementCasePath(RECATEGORISE_CASE.reference)}`;
const KEY = `generic:${RECATEGORISE_CASE.reference}`;

let ext: LaunchedExtension | undefined;
test.afterAll(async () => {
  await ext?.close();
});

async function setUp(): Promise<LaunchedExtension> {
  const launched = await launchExtension();
  await setUpOptions(launched, { policy: /^Plus Dane Housing/, officerName: 'Sam Patel', genericHost: { match: AGREEMENT_PAGES, config: agreementConfig() } });
  return launched;
}

/**
 * Stops the background's clock at `at` (ISO date-time): a case page it is told about is dated
 * then, as on that day. Only `new Date()` and `Date.now()` change; dates given a value are as ever.
 */
async function backgroundAt(launched: LaunchedExtension, at: string): Promise<void> {
  await launched.serviceWorker.evaluate((iso) => {
    const g = globalThis as unknown as { Date: DateConstructor; __realDate?: DateConstructor };
    const Real = g.__realDate ?? g.Date;
    g.__realDate = Real;
    const fixed = Real.parse(iso);
    class FixedDate extends Real {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(fixed);
        else super(...(args as [string]));
      }
      static override now(): number {
        return fixed;
      }
    }
    g.Date = FixedDate as DateConstructor;
  }, at);
}

/** A side panel page whose clock stands still at `at`, open on the case. */
async function panelAt(launched: LaunchedExtension, at: string): Promise<Page> {
  const panel = await launched.context.newPage();
  await panel.clock.setFixedTime(new Date(at));
  await panel.goto(`chrome-extension://${launched.extensionId}/sidepanel.html?case=${KEY}`);
  await expect(panel.getByRole('heading', { level: 1, name: `Case ${RECATEGORISE_CASE.reference}` })).toBeVisible();
  return panel;
}

const history = (panel: Page) => panel.getByTestId('level-history').getByRole('listitem');
const firstContact = (panel: Page) => panel.locator('[data-deadline="first-contact"]');

test('a category changed in the housing system raises the level from the day it was seen; first contact made before stays met', async () => {
  // Three visits on three days, each waiting for the background to store the page, on a shared machine.
  test.setTimeout(90_000);
  ext = await setUp();
  // The type as the fixture server starts it (a second run against a reused server starts the same).
  expect((await ext.context.request.post(CASE_URL, { form: { type: RECATEGORISE_CASE.category } })).ok()).toBe(true);

  // Friday 18 December 2026 (working day 4): the officer opens the case and contacts the reporter.
  await backgroundAt(ext, '2026-12-18T10:00:00Z');
  const host = await ext.context.newPage();
  await host.goto(CASE_URL);
  await expect(host.locator('asb-assist-banner .asb-level')).toBeVisible();
  let panel = await panelAt(ext, '2026-12-18T11:00:00Z');
  await expect(panel.locator('.level')).toContainText('Level 3 Low Risk');
  await expect(firstContact(panel).locator('.deadline-text')).toHaveText('Contact the reporter: due in 1 working day (Monday 21 December 2026)');
  await panel.getByRole('checkbox', { name: 'Contact the reporter' }).check();
  await expect(firstContact(panel).locator('.deadline-text')).toHaveText('Contact the reporter: met');
  await expect(history(panel)).toHaveText(['Level 3 Low Risk from Monday 14 December 2026 (at receipt)']);
  await panel.close();

  // Monday 21 December 2026: racist abuse on the landing. The officer re-records the type in
  // Harbourline itself, with its own form; Harbourline stores it and shows the page again.
  await backgroundAt(ext, '2026-12-21T09:30:00Z');
  await host.reload();
  await expect(host.locator('asb-assist-banner .asb-level')).toBeVisible();
  await host.locator('#hl-type').selectOption('Racial Harassment');
  await host.getByRole('button', { name: 'Save type' }).click();
  await expect(host.locator('[data-hl="type"]')).toHaveText('Racial Harassment');
  // The background stores the page as the content script reads it: look until both levels are there.
  panel = await panelAt(ext, '2026-12-21T10:00:00Z');
  await expect(async () => {
    await panel.reload();
    await expect(history(panel)).toHaveCount(2, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await panel.close();

  // Tuesday 22 December 2026, a later day: the case is opened again.
  await backgroundAt(ext, '2026-12-22T09:00:00Z');
  await host.reload();
  await expect(host.locator('[data-hl="type"]')).toHaveText('Racial Harassment');
  await expect(host.locator('asb-assist-banner .asb-level')).toBeVisible();
  panel = await panelAt(ext, '2026-12-22T10:00:00Z');
  const reason = 'Category changed in your housing system from "Noise - domestic premises" to "Racial Harassment"';
  await expect(history(panel)).toHaveText([
    'Level 3 Low Risk from Monday 14 December 2026 (at receipt)',
    `Level 1 High Risk from Monday 21 December 2026, changed. Reason: ${reason}`,
  ]);
  await expect(panel.locator('.level')).toHaveText('Level 1 High Risk since Monday 21 December 2026. At receipt: Level 3 Low Risk.');
  // Not in Harbourline's diary: the standard entry to save there, from which a browser that first
  // sees the case later learns the type at receipt.
  await expect(panel.getByTestId('level-history').locator('..').getByTestId('write-back-text')).toHaveText(
    `[ASB Assist] Level changed to Level 1 High Risk: ${reason}. Recorded 21/12/2026 by Sam Patel. (asb:case-reclassified/high)`,
  );
  // First contact fell due on Monday 21 December at Level 3 and was made on Friday 18 December:
  // still met, nothing owed (at Level 1 from receipt it would have been due Tuesday 15 December).
  await expect(firstContact(panel).locator('.deadline-status')).toHaveText('Met');
  await expect(firstContact(panel).locator('.deadline-text')).toHaveText('Contact the reporter: met');
  await expect(firstContact(panel)).not.toContainText('An explanation is owed');
  const axe = await new AxeBuilder({ page: panel }).withTags(AXE_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await panel.close();
});
