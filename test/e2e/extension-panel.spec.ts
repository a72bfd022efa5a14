import { E2E_PORTS } from '../e2e-ports.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { toLondonDate } from '../../core/index.ts';
import type { HostCase } from '../../extension/hosts/host-case.ts';
import { launchExtension, type LaunchedExtension } from './support/launch-extension.ts';
import { AXE_TAGS, expectNoAxeViolations } from './support/axe.ts';

// The side panel, dashboard, letters and options page of the built extension (.output/chrome-mv3-e2e)
// in real Chromium. Cases are seeded the way the content script does it: a 'case-seen' message
// to the background, which stores them in the extension's IndexedDB.

const today = toLondonDate(new Date().toISOString());

/** A London local date-time `days` calendar days before today. */
function daysAgo(days: number, time = '09:00'): string {
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return `${d.toISOString().slice(0, 10)}T${time}`;
}

function hostCase(overrides: Partial<HostCase> & Pick<HostCase, 'reference'>): HostCase {
  return {
    system: 'activeh',
    receivedAt: daysAgo(0),
    recordedCategory: 'ASB - Noise',
    description: 'Loud music from the flat above most nights.',
    parties: [
      { role: 'complainant', name: 'Ms Bello' },
      { role: 'reported', name: 'Mr Crane' },
    ],
    officer: 'J. Okafor',
    address: 'Flat 2, Elm Court, Exampleton EX1 2AB',
    logEntries: [],
    url: `http://127.0.0.1:${E2E_PORTS.fixtures}/hosts/activeh/asb/case/${overrides.reference}.html`,
    ...overrides,
  };
}

let ext: LaunchedExtension;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  ext = await launchExtension();
});
test.afterAll(async () => {
  await ext?.close();
});

async function openExtensionPage(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  return page;
}

/** Sends 'case-seen' to the background from an extension page, as the content script does from a case view. */
async function seed(page: Page, ...cases: HostCase[]): Promise<void> {
  for (const c of cases) {
    const reply = await page.evaluate(
      (message) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(message),
      { type: 'case-seen', case: c },
    );
    expect(reply).toMatchObject({ ok: true, value: { key: `${c.system}:${c.reference}` } });
  }
}

test('ticking a checklist step records it and changes the deadline shown; unticking puts it back', async () => {
  const panel = await openExtensionPage('sidepanel.html');
  await seed(panel, hostCase({ reference: 'E2E-TICK' }));
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?case=activeh:E2E-TICK`);

  await expect(panel.getByRole('heading', { level: 1, name: 'Case E2E-TICK' })).toBeVisible();
  const firstContact = panel.locator('[data-deadline="first-contact"] .deadline-text');
  await expect(firstContact).toContainText('Contact the complainant: due');

  const step = panel.getByRole('checkbox', { name: 'Contact the complainant' });
  await step.check();
  await expect(firstContact).toHaveText('Contact the complainant: met');
  await expect(panel.getByRole('status')).toHaveText('Recorded: Contact the complainant.');
  await expect(panel.locator('[data-deadline="first-contact"] .deadline-status')).toHaveText('Met');

  // The record survives a reload (it is in IndexedDB, shared with the worker).
  await panel.reload();
  await expect(panel.getByRole('checkbox', { name: 'Contact the complainant' })).toBeChecked();

  await panel.getByRole('checkbox', { name: 'Contact the complainant' }).uncheck();
  await expect(firstContact).toContainText('Contact the complainant: due');
  await panel.close();
});

test('a missed deadline takes a reason, and the risk assessment raises the level', async () => {
  const panel = await openExtensionPage('sidepanel.html');
  await seed(panel, hostCase({ reference: 'E2E-LATE', receivedAt: daysAgo(30) }));
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?case=activeh:E2E-LATE`);

  await expect(panel.locator('[data-deadline="first-contact"] .deadline-text')).toContainText('overdue by');
  // The model policy asks for an explanation of a missed first contact: the panel asks until one is recorded.
  const missed = panel.locator('[data-deadline="first-contact"]');
  await expect(missed).toContainText('An explanation is owed.');
  const reason = panel.getByRole('textbox', { name: 'Why was “Contact the complainant” missed?' });
  await reason.fill('The complainant was in hospital.');
  await panel.getByRole('button', { name: 'Save the explanation' }).click();
  await expect(panel.getByRole('status')).toHaveText('Explanation saved.');
  await expect(missed.getByTestId('explanation-recorded')).toContainText('Explanation recorded: The complainant was in hospital.');
  await expect(missed).not.toContainText('An explanation is owed.');
  await expect(reason).toHaveCount(0);

  const levelBefore = await panel.locator('.level').innerText();
  expect(levelBefore).toMatch(/^Level 2 Medium Risk/);
  for (const question of [
    'Has anyone threatened them or their household?',
    'Do they think they are targeted because of who they are?',
    'Have they said they might harm themselves?',
  ]) {
    await panel.getByRole('group', { name: question }).getByRole('radio', { name: 'Yes' }).check();
  }
  await expect(panel.getByTestId('risk-result')).toContainText('Score 12 of');
  await expect(panel.getByTestId('risk-result')).toContainText('High risk');
  await expect(panel.locator('.level')).toContainText('Level 1 High Risk');
  await panel.close();
});

test('the letters view previews a letter filled from the case, with host text escaped', async () => {
  const panel = await openExtensionPage('sidepanel.html');
  await seed(
    panel,
    hostCase({ reference: 'E2E-LETTER', parties: [{ role: 'complainant', name: 'Ms <img src=x onerror=alert(1)> Bello' }] }),
  );
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?case=activeh:E2E-LETTER&view=letters`);

  await expect(panel.getByRole('heading', { level: 1, name: 'Letters for case E2E-LETTER' })).toBeVisible();
  await panel.getByLabel('Letter', { exact: true }).selectOption('acknowledgement');
  await expect(panel.getByLabel('Case reference')).toHaveValue('E2E-LETTER');

  // The officer's name is not set yet: the preview says what is missing.
  await expect(panel.getByTestId('letter-missing')).toContainText('Your name');
  await panel.getByLabel('Your name', { exact: true }).fill('Sam Patel');

  const preview = panel.getByTestId('letter-preview');
  await expect(preview).toContainText('Dear Ms <img src=x onerror=alert(1)> Bello,');
  await expect(preview).toContainText('Your case reference is E2E-LETTER.');
  await expect(preview.locator('img')).toHaveCount(0);
  // A yes/no field is a checkbox: ticking it adds the diary sheets' return date.
  await expect(preview).not.toContainText('Please send them back to us');
  await panel.getByRole('checkbox', { name: 'Diary sheets are sent with this letter' }).check();
  await expect(preview).toContainText('Please send them back to us by');
  await expect(panel.getByRole('button', { name: 'Copy letter' })).toBeVisible();

  // Print: the browser's dialog shows the letter alone. window.print is replaced so the test can
  // look at the page as it would print, then signal the end of printing itself.
  await panel.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await panel.getByRole('button', { name: 'Print' }).click();
  expect(await panel.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  expect(await panel.title()).toBe('We have received your report (reference E2E-LETTER)');
  await panel.emulateMedia({ media: 'print' });
  const sheet = panel.locator('.print-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Dear Ms <img src=x onerror=alert(1)> Bello,');
  await expect(sheet.locator('img')).toHaveCount(0);
  await expect(panel.locator('#app')).toBeHidden();
  await panel.emulateMedia({ media: 'screen' });
  await expect(sheet).toBeHidden();
  await expect(panel.locator('#app')).toBeVisible();
  await panel.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(sheet).toHaveCount(0);
  expect(await panel.title()).toBe('ASB Assist');
  await panel.close();
});

test('the dashboard lists cases overdue first and filters by level and officer', async () => {
  const panel = await openExtensionPage('sidepanel.html');
  await seed(
    panel,
    hostCase({ reference: 'E2E-D-NEW', receivedAt: daysAgo(0), officer: 'R. Whitlock' }),
    hostCase({ reference: 'E2E-D-OLD', receivedAt: daysAgo(40), officer: 'R. Whitlock' }),
    hostCase({
      reference: 'E2E-D-HATE',
      receivedAt: daysAgo(0),
      recordedCategory: 'ASB - Racial Harassment',
      description: 'Racist abuse shouted at the family in the stairwell.',
      officer: 'S. Haddad',
    }),
  );
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?view=dashboard`);
  await expect(panel.getByRole('heading', { level: 1, name: 'All cases' })).toBeVisible();

  const rows = panel.getByTestId('dashboard-rows').locator(':scope > li');
  await expect(rows.first()).toContainText('Case E2E-D-OLD');
  await expect(rows.first()).toContainText('Overdue');
  const order = await rows.evaluateAll((items) => items.map((li) => li.getAttribute('data-key')));
  const overdueKeys = await rows.filter({ hasText: 'Overdue' }).evaluateAll((items) => items.map((li) => li.getAttribute('data-key')));
  expect(order.slice(0, overdueKeys.length)).toEqual(overdueKeys);

  await panel.getByLabel('Officer').selectOption('S. Haddad');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Case E2E-D-HATE');
  await expect(panel.getByTestId('dashboard-count')).toHaveText(/^Showing the 1 matching case \([\d,]+ cases in all\)\.$/);
  const hateLevel = await rows.first().locator('.case-row-state').innerText();

  await panel.getByLabel('Officer').selectOption('all');
  await panel.getByLabel('Level').selectOption('high');
  await expect(rows.filter({ hasText: 'E2E-D-HATE' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'E2E-D-NEW' })).toHaveCount(0);
  expect(hateLevel).toMatch(/high/i);

  // Opening a case from the dashboard shows it.
  await panel.getByRole('button', { name: 'Case E2E-D-HATE' }).click();
  await expect(panel.getByRole('heading', { level: 1, name: 'Case E2E-D-HATE' })).toBeFocused();
  await panel.close();
});

test('the options page shows what is wrong with a bad policy JSON, in words', async () => {
  const options = await openExtensionPage('options.html');
  await options.getByRole('radio', { name: 'Our own policy (JSON)' }).check();
  const json = options.getByLabel('Your policy as JSON');

  await json.fill('{ "id": "our-policy", ');
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.getByTestId('settings-errors')).toBeFocused();
  await expect(options.getByTestId('policy-errors')).toContainText('The text is not valid JSON');

  await json.fill(JSON.stringify({ id: 'our-policy', landlord: '', region: 'wales' }));
  await options.getByRole('button', { name: 'Save settings' }).click();
  const errors = options.getByTestId('policy-errors');
  await expect(errors).toContainText('In landlord: must not be empty');
  await expect(errors).toContainText('In region:');
  await expect(json).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(options);

  // A good setting saves.
  await options.getByRole('radio', { name: /^Example Homes/ }).check();
  await options.getByLabel('Your name', { exact: true }).fill('Sam Patel');
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.getByTestId('options-status')).toHaveText('Settings saved.');
  await options.close();
});

test('export and import round-trip the cases, and a bad file is refused naming the field', async () => {
  const panel = await openExtensionPage('sidepanel.html');
  await seed(panel, hostCase({ reference: 'E2E-EXPORT' }));
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?case=activeh:E2E-EXPORT`);
  await panel.getByRole('checkbox', { name: 'Contact the complainant' }).check();
  await expect(panel.locator('[data-deadline="first-contact"] .deadline-text')).toHaveText('Contact the complainant: met');

  const options = await openExtensionPage('options.html');
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export all cases' }).click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  const file = JSON.parse(text) as { format: string; cases: { key: string; events: { type: string }[] }[] };
  expect(file.format).toBe('asb-assist-export');
  expect(file.cases.find((c) => c.key === 'activeh:E2E-EXPORT')?.events.map((e) => e.type)).toEqual(['complainant-contacted']);

  // Delete the case in the panel, then bring it back from the file.
  await panel.getByRole('button', { name: 'Delete case from ASB Assist' }).click();
  await panel.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(panel.getByRole('status')).toContainText('Case deleted from ASB Assist');

  await options.getByLabel('Export file to import').setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(options.getByTestId('options-status')).toContainText('Imported: 1 new case');

  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?case=activeh:E2E-EXPORT`);
  await expect(panel.getByRole('checkbox', { name: 'Contact the complainant' })).toBeChecked();

  const broken = JSON.parse(text);
  broken.cases[0].host.receivedAt = 'last Tuesday';
  await options.getByLabel('Export file to import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(options.getByTestId('import-errors')).toContainText('In cases, item 1, host, receivedAt:');
  await options.close();
  await panel.close();
});

test('axe finds nothing in the side panel (case, letters, dashboard)', async () => {
  const panel = await openExtensionPage('sidepanel.html');
  await seed(panel, hostCase({ reference: 'E2E-AXE', receivedAt: daysAgo(20), description: 'Racist graffiti on the door.' }));
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?case=activeh:E2E-AXE`);
  await expect(panel.getByRole('heading', { level: 1, name: 'Case E2E-AXE' })).toBeVisible();
  await expectNoAxeViolations(panel);

  await panel.getByRole('button', { name: 'Letters' }).click();
  await panel.getByLabel('Your name', { exact: true }).fill('Sam Patel');
  await expect(panel.getByTestId('letter-preview')).toBeVisible();
  await expectNoAxeViolations(panel);

  await panel.getByRole('button', { name: 'All cases' }).click();
  await expect(panel.getByTestId('dashboard-rows')).toBeVisible();
  await expectNoAxeViolations(panel);

  const empty = await openExtensionPage('sidepanel.html?case=activeh:NO-SUCH-CASE');
  await expect(empty.getByText('No case is open.')).toBeVisible();
  await expectNoAxeViolations(empty);
  await empty.close();
  await panel.close();
});

test('the dashboard shows NM01 for the reporting year from the cases held here, per 1,000 of the homes set in the options; axe finds nothing', async () => {
  // A profile of its own: NM01 counts every case the browser holds.
  const own = await launchExtension();
  try {
    const options = await own.context.newPage();
    await options.goto(`chrome-extension://${own.extensionId}/options.html`);
    const homes = options.getByLabel('Number of homes you manage (optional)');
    await homes.fill('0');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await expect(options.getByTestId('settings-errors')).toContainText('Enter the number of homes as a whole number of at least 1, or leave it empty.');
    await expect(homes).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(options);
    await homes.fill('2400');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await expect(options.getByTestId('options-status')).toHaveText('Settings saved.');

    const panel = await own.context.newPage();
    await panel.goto(`chrome-extension://${own.extensionId}/sidepanel.html`);
    const send = (message: unknown) => panel.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), message);
    const reported = (name: string) => [
      { role: 'complainant' as const, name: 'Ms Bello' },
      { role: 'reported' as const, name },
    ];
    // Received today: A (noise, about Mr Crane); B, a race-hate report about Mr Crane while A is
    // open, so a further report in A that makes A a hate case; C, a race-hate case about Ms Doe.
    for (const c of [
      hostCase({ reference: 'E2E-NM-A', parties: reported('Mr Crane') }),
      hostCase({ reference: 'E2E-NM-B', parties: reported('Mr  Crane'), recordedCategory: 'ASB - Racial Harassment', description: 'Racist abuse shouted at the family.' }),
      hostCase({ reference: 'E2E-NM-C', parties: reported('Ms Doe'), recordedCategory: 'ASB - Racial Harassment', description: 'Racist graffiti on the door.' }),
    ]) {
      expect(await send({ type: 'case-seen', case: c })).toMatchObject({ ok: true });
    }
    await panel.goto(`chrome-extension://${own.extensionId}/sidepanel.html?view=dashboard`);
    await expect(panel.getByTestId('dashboard-rows').locator(':scope > li')).toHaveCount(3);
    await expect(panel.getByTestId('dashboard-updating')).toHaveCount(0);

    const year = Number(today.slice(0, 4)) - (today.slice(5) < '04-01' ? 1 : 0);
    await panel.getByText(`NM01 figures for ${year}-${String((year + 1) % 100).padStart(2, '0')}`).click();
    // 2 cases of 2,400 homes: 0.83 per 1,000; both involve hate incidents.
    await expect(panel.getByTestId('nm01-asb')).toHaveText('2 (0.83 per 1,000 homes)');
    await expect(panel.getByTestId('nm01-hate')).toHaveText('2 (0.83 per 1,000 homes)');
    await expect(panel.getByTestId('nm01-further')).toHaveText('1');
    await expect(panel.getByTestId('nm01')).toContainText('Counted only from the cases this browser holds');
    await expectNoAxeViolations(panel);
  } finally {
    await own.close();
  }
});

test('the toolbar badge counts the open cases with an overdue deadline', async () => {
  const badge = () =>
    ext.serviceWorker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome;
      return Number(await api.action.getBadgeText({}));
    });
  // E2E-LATE, E2E-D-OLD and E2E-AXE were received weeks ago and nothing was recorded on them.
  await expect.poll(badge).toBeGreaterThanOrEqual(3);
});

test('keyboard only: move between views and tick a step without a mouse', async () => {
  const panel = await openExtensionPage('sidepanel.html');
  await seed(panel, hostCase({ reference: 'E2E-KEYS' }));
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?case=activeh:E2E-KEYS`);
  await expect(panel.getByRole('heading', { level: 1, name: 'Case E2E-KEYS' })).toBeVisible();

  // Tab to the "All cases" button and press Enter: focus lands on the new view's heading.
  for (let i = 0; i < 10 && !(await panel.getByRole('button', { name: 'All cases' }).evaluate((el) => el === document.activeElement)); i++) {
    await panel.keyboard.press('Tab');
  }
  await panel.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { level: 1, name: 'All cases' })).toBeFocused();

  // Open the case from the list with the keyboard, then tick a step with Space.
  await panel.getByRole('button', { name: 'Case E2E-KEYS' }).focus();
  await panel.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { level: 1, name: 'Case E2E-KEYS' })).toBeFocused();
  await panel.getByRole('checkbox', { name: 'Contact the complainant' }).focus();
  await panel.keyboard.press('Space');
  await expect(panel.locator('[data-deadline="first-contact"] .deadline-text')).toHaveText('Contact the complainant: met');
  await panel.close();
});

test('THE REAL SIDE PANEL opens from the in-page button on a case view and shows that case', async () => {
  // A browser of its own, reachable over CDP: the side panel is not one of the context's pages.
  const own = await launchExtension({ extraArgs: ['--remote-debugging-port=0'] });
  try {
    const page = await own.context.newPage();
    await page.goto(`http://127.0.0.1:${E2E_PORTS.fixtures}/hosts/omniledger/asb-log/OL-104233.html`);
    // The banner lives in an open shadow root, which Playwright's role locators pierce.
    await page.getByRole('button', { name: 'Open ASB Assist' }).click();

    const port = readFileSync(join(own.userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
    const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    try {
      const sidePanel = async () => cdp.contexts().flatMap((c) => c.pages()).find((p) => p.url().includes(`${own.extensionId}/sidepanel.html`));
      await expect.poll(async () => Boolean(await sidePanel()), { timeout: 10_000 }).toBe(true);
      const panel = (await sidePanel())!;
      await expect(panel.getByRole('heading', { level: 1, name: 'Case OL-104233' })).toBeVisible();
      await expect(panel.getByRole('heading', { name: 'Deadlines' })).toBeVisible();

      // Ticking the step of the next deadline in the panel updates the banner on the page at once.
      const bannerDeadline = page.locator('.asb-deadline');
      const before = await bannerDeadline.innerText();
      const nextLabel = before.split(':')[0]!;
      await panel.getByRole('checkbox', { name: nextLabel, exact: true }).check();
      await expect(bannerDeadline).not.toHaveText(before);
      await panel.getByRole('checkbox', { name: nextLabel, exact: true }).uncheck();
      await expect(bannerDeadline).toHaveText(before);
      // The panel knows the case is the one in its tab, so a letter can go into the host's notes.
      await panel.getByRole('button', { name: 'Letters' }).click();
      await panel.getByLabel('Your name', { exact: true }).fill('Sam Patel');
      await panel.getByRole('button', { name: 'Add to case notes' }).click();
      await expect(panel.getByRole('status')).toContainText('Letter added to the case notes');
      await expect(page.locator('textarea')).toHaveValue(/Our reference: OL-104233/);
    } finally {
      await cdp.close();
    }
  } finally {
    await own.close();
  }
});

test('a large bad import file lists the first 20 problems and says how many more', async () => {
  const options = await openExtensionPage('options.html');
  const cases = Array.from({ length: 30 }, (_, i) => ({ key: `activeh:BAD-${i}`, system: 'activeh', reference: `BAD-${i}` }));
  const file = { format: 'asb-assist-export', version: 1, exportedAt: '2026-11-22T10:00:00Z', cases };
  await options.getByLabel('Export file to import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  const summary = options.getByTestId('import-errors');
  await expect(summary.getByRole('listitem')).toHaveCount(20);
  await expect(summary).toContainText(/And \d+ more problems like these\./);
});
