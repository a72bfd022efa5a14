import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { E2E_PORTS } from '../e2e-ports.ts';
import { AGREEMENT_PAGES, WRITE_BACK_CASE, agreementCasePath, agreementConfig } from '../fixtures/hosts/agreement/agreement-pages.ts';
import { londonNow } from '../fixtures/hosts/host-page-case.ts';
import { launchExtension, type LaunchedExtension } from './support/launch-extension.ts';
import { setUpOptions } from './support/set-up-options.ts';

// Write-back (issue 13 part 3): two officers, each with their own browser profile, on the same
// housing system (a generic host whose diary form really saves: the fixture server keeps the
// entries). Officer A ticks "Contact the complainant" in the side panel, puts the standard entry
// in the host's diary form and saves it with the host's own button. Officer B, who recorded
// nothing, opens the case and sees first contact met.

const CASE_URL = `http://127.0.0.1:${E2E_PORTS.fixtures}/hosts/${agreementCasePath(WRITE_BACK_CASE.reference)}`;
const KEY = `generic:${WRITE_BACK_CASE.reference}`;

async function setUp(name: string): Promise<LaunchedExtension> {
  const ext = await launchExtension();
  await setUpOptions(ext, { officerName: name, genericHost: { match: AGREEMENT_PAGES, config: agreementConfig() } });
  return ext;
}

/** What the background does when the panel's button is pressed: the page fills its log form (the panel here is a tab of its own, so it cannot name the case's tab). */
async function putInLogForm(ext: LaunchedExtension, text: string): Promise<unknown> {
  return ext.serviceWorker.evaluate(
    async ({ url, text }) => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
      const [tab] = await api.tabs.query({ url });
      return api.tabs.sendMessage(tab!.id, { type: 'insert-note-in-page', text, event: 'complainant-contacted' });
    },
    { url: CASE_URL, text },
  );
}

const firstContactStatus = (panel: Page) => panel.locator('[data-deadline="first-contact"] .deadline-status');

let a: LaunchedExtension | undefined;
let b: LaunchedExtension | undefined;
test.afterAll(async () => {
  await a?.close();
  await b?.close();
});

test('officer A ticks "complainant contacted" and saves the host entry; officer B opens the case and sees first contact met', async () => {
  const [y, m, d] = londonNow().date.split('-');
  a = await setUp('Ann Ashby');
  b = await setUp('Bo Baptiste');

  // Officer A.
  const hostA = await a.context.newPage();
  await hostA.goto(CASE_URL);
  await expect(hostA.locator('asb-assist-banner .asb-level')).toBeVisible();
  const panelA = await a.context.newPage();
  await panelA.goto(`chrome-extension://${a.extensionId}/sidepanel.html?case=${KEY}`);
  await expect(firstContactStatus(panelA)).not.toHaveText('Met');
  await panelA.getByRole('checkbox', { name: 'Contact the complainant' }).check();
  await expect(firstContactStatus(panelA)).toHaveText('Met');
  const pending = panelA.getByTestId('write-back');
  // The system as its mapping names it (issue 13: never "your housing system" where the mapping gives a name).
  await expect(pending).toContainText('Not yet in Harbourline Housing Manager.');
  const entry = `[ASB Assist] Contact the complainant. Done ${d}/${m}/${y} by Ann Ashby. (asb:complainant-contacted)`;
  await expect(panelA.getByTestId('write-back-text')).toHaveText(entry);
  const axe = await new AxeBuilder({ page: panelA }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  expect(await putInLogForm(a, entry)).toEqual({ ok: true, value: { inserted: true } });
  await expect(hostA.locator('#hl-text')).toHaveValue(entry);
  // The entry type Harbourline's own words give the step, chosen for the officer.
  await expect(hostA.locator('#hl-kind')).toHaveValue('Phoned caller');
  await hostA.getByRole('button', { name: 'Save to diary' }).click();
  await expect(hostA.locator('li.hl-entry').filter({ hasText: entry })).toHaveCount(1);
  // Once the page shows it, A's panel no longer says it is missing from the housing system.
  await expect(pending).toHaveCount(0);

  // Officer B: nothing recorded in this browser.
  const hostB = await b.context.newPage();
  await hostB.goto(CASE_URL);
  await expect(hostB.locator('asb-assist-banner .asb-level')).toBeVisible();
  await expect(hostB.locator('asb-assist-banner .asb-deadline')).not.toContainText('Contact the complainant');
  const panelB = await b.context.newPage();
  await panelB.goto(`chrome-extension://${b.extensionId}/sidepanel.html?case=${KEY}`);
  await expect(firstContactStatus(panelB)).toHaveText('Met');
  const stepB = panelB.getByRole('checkbox', { name: 'Contact the complainant' });
  await expect(stepB).toBeChecked();
  await expect(stepB).toBeDisabled();
  await expect(panelB.getByTestId('write-back')).toHaveCount(0);
});
