import { E2E_PORTS } from '../e2e-ports.ts';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ACTIVEH_CASES } from '../fixtures/hosts/activeh/data.ts';
import { launchExtension, type LaunchedExtension } from './support/launch-extension.ts';
import { dashboardRowText, dashboardRows, openDashboard as openDashboardAt } from './support/dashboard.ts';
import { AXE_TAGS } from './support/axe.ts';

// Issue 13, part 4: a manager who has opened no case fills the dashboard from the housing system's
// own case list. The fixture Active H is served as it would be on Friday 18 December 2026 at 09:30
// (test/serve-fixtures.ts, /on/<day>/), and the side panel's clock is fixed to that morning, so
// every expected deadline below is a literal worked out by hand from the model policy (first
// contact within 1 working day at Level 1, 2 at Level 2, 3 at Level 3; the acknowledgement letter
// 2 working days after contact) and the England and Wales calendar (Monday 31 August 2026 a bank
// holiday). The manager's profile is new: no case was ever opened in it.

const DAY = '2026-12-18';
const LIST = `http://127.0.0.1:${E2E_PORTS.fixtures}/on/${DAY}/hosts/activeh/asb/case-list.html`;

// From the fixture data (not from the product): the open cases of the list.
const OPEN_REFERENCES = ACTIVEH_CASES.filter((c) => c.status === 'Open').map((c) => c.reference);

let ext: LaunchedExtension;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  ext = await launchExtension();
});
test.afterAll(async () => {
  await ext?.close();
});

const openDashboard = () => openDashboardAt(ext, DAY);
const rowsOf = dashboardRows;

test('the case list address saved in the options fills in the dashboard’s field', async () => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByLabel('Case list address (optional)').fill(LIST);
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.getByTestId('options-status')).toHaveText('Settings saved.');
  const results = await new AxeBuilder({ page: options }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await options.close();

  const panel = await openDashboard();
  await expect(panel.getByLabel('Case list address')).toHaveValue(LIST);
  await panel.close();
});

test('on the case list in the active tab, its address can be taken from the tab', async () => {
  const panel = await openDashboard();
  // (Another address than the one saved in the options by the test before.)
  const inTab = `${LIST}?status=open`;
  const list = await ext.context.newPage();
  await list.goto(inTab);
  await list.bringToFront();
  // The panel looks at the active tab when it opens (and when another tab is activated).
  await panel.reload();
  const useTab = panel.getByRole('button', { name: 'Use the address of the page in this tab' });
  await useTab.click();
  await expect(panel.getByLabel('Case list address')).toHaveValue(inTab);
  await expect(useTab).toHaveCount(0);
  await list.close();
  await panel.close();
});

test('a page that is not a case list is refused in words; cancelling stops reading, announces it and stores nothing', async () => {
  const panel = await openDashboard();
  await expect(panel.getByText('No cases yet.', { exact: false })).toBeVisible();
  // A page that is not a case list is refused, in words, next to the field and out loud.
  await panel.getByLabel('Case list address').fill(LIST.replace('case-list.html', 'case/ASB-2026-00412.html'));
  await panel.getByRole('button', { name: 'Read every open case' }).click();
  await expect(panel.getByRole('status')).toHaveText('Nothing was read. This Active H page is not a case list.');
  await expect(panel.getByLabel('Case list address')).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.locator('#fill-error')).toHaveText('Error: This Active H page is not a case list.');
  // Case pages answer slowly, so there is time to cancel.
  const asked: string[] = [];
  await panel.route('**/hosts/activeh/asb/case/**', async (route) => {
    asked.push(route.request().url());
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue().catch(() => undefined);
  });
  await panel.getByLabel('Case list address').fill(LIST);
  await panel.getByRole('button', { name: 'Read every open case' }).click();

  const bar = panel.getByRole('progressbar', { name: /^Read \d+ of 34 cases$/ });
  await expect(bar).toBeVisible();
  await expect(panel.getByTestId('fill-announcement')).toHaveText('Read 0 of 34 cases.');
  await expect(panel.getByTestId('fill-announcement')).toHaveAttribute('aria-live', 'polite');
  await expect(bar).toHaveAttribute('max', '34');
  // Focus follows the button pressed, which has gone: to "Cancel reading", then back.
  await expect(panel.getByRole('button', { name: 'Cancel reading' })).toBeFocused();
  await panel.keyboard.press('Enter');

  await expect(panel.getByRole('status')).toHaveText('Reading cancelled. Nothing was stored and no more pages were asked for.');
  await expect(bar).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Read every open case' })).toBeFocused();
  const askedAtCancel = asked.length;
  expect(askedAtCancel).toBeLessThanOrEqual(4);
  await panel.waitForTimeout(1_000);
  expect(asked.length).toBe(askedAtCancel);
  await expect(rowsOf(panel)).toHaveCount(0);
  await expect(panel.getByText('No cases yet.', { exact: false })).toBeVisible();
  await panel.close();
});

test('a manager who opened no case fills the dashboard from the case list: every open case, overdue first, with the right next deadlines', async () => {
  const panel = await openDashboard();
  const pagesAsked: string[] = [];
  panel.on('request', (request) => pagesAsked.push(request.url()));
  await panel.getByLabel('Case list address').fill(LIST);
  await panel.getByRole('button', { name: 'Read every open case' }).click();
  await expect(panel.getByRole('status')).toHaveText('Read 34 cases from Active H.', { timeout: 20_000 });
  await expect(panel.getByTestId('fill-announcement')).toHaveCount(0);

  // Nothing was asked of anyone but the housing system.
  const elsewhere = pagesAsked.filter((u) => !u.startsWith(`http://127.0.0.1:${E2E_PORTS.fixtures}/`) && !u.startsWith('chrome-extension://'));
  expect(elsewhere).toEqual([]);

  await expect(panel.getByTestId('dashboard-count')).toHaveText('Showing 34 of 34 cases.');
  await expect(panel.getByTestId('dashboard-updating')).toHaveCount(0);
  const rows = rowsOf(panel);
  await expect(rows).toHaveCount(34);
  // The background's sweep (asked for after storing, for the badge) works rows out for the
  // machine's real day; the panel then works them out again for its own (fixed) day. Wait for that.
  await expect(rows.first()).toContainText('Contact the complainant: overdue by 96 working days. An explanation is owed: record why it was missed.');
  await expect(panel.getByTestId('dashboard-updating')).toHaveCount(0);
  const references = await rows.evaluateAll((items) => items.map((li) => li.querySelector('h2')?.textContent?.replace(/^Case /, '')));
  expect([...references].sort()).toEqual([...OPEN_REFERENCES].sort());
  expect(references).not.toContain('ASB/2026/00252'); // closed in the list

  // Overdue first: 30 overdue rows, then due today, then due later, then outside the policy.
  const states = await rows.evaluateAll((items) => items.map((li) => li.querySelector('.tag')?.textContent));
  expect(states).toEqual([...Array(30).fill('Overdue'), 'Due today', 'Open', 'Open', 'Nothing due']);

  const rowText = (reference: string) => dashboardRowText(panel, reference);
  // Worked out by hand (received date → level → deadline; overdue by = working days after it, to 18 December):
  // 00049: received Sun 2 Aug, vehicles, Level 3: first contact Wed 5 Aug; 6 Aug-18 Dec is 97 weekdays less 31 Aug = 96.
  expect(references[0]).toBe('ASB/2026/00049');
  expect(await rowText('ASB/2026/00049')).toBe('Case ASB/2026/00049 Overdue Level 3 Low Risk · R. Whitlock Contact the complainant: overdue by 96 working days. An explanation is owed: record why it was missed.');
  // 00259: received Mon 30 Nov, verbal abuse, Level 2: due Wed 2 Dec; 3 Dec-18 Dec is 12 working days.
  expect(await rowText('ASB/2026/00259')).toBe('Case ASB/2026/00259 Overdue Level 2 Medium Risk · M. Lindqvist Contact the complainant: overdue by 12 working days. An explanation is owed: record why it was missed.');
  // 00350: received Wed 2 Dec, drugs, Level 2; contacted Thu 3 Dec, so the letter was due Mon 7 Dec: 9 working days.
  expect(await rowText('ASB/2026/00350')).toBe('Case ASB/2026/00350 Overdue Level 2 Medium Risk · J. Okafor Send the acknowledgement letter: overdue by 9 working days');
  // 00266: received Fri 4 Dec, garden, Level 3: due Wed 9 Dec: 7 working days.
  expect(await rowText('ASB/2026/00266')).toBe('Case ASB/2026/00266 Overdue Level 3 Low Risk · S. Haddad Contact the complainant: overdue by 7 working days. An explanation is owed: record why it was missed.');
  // 00273: received Tue 8 Dec, vehicles, Level 3: due Fri 11 Dec: 5 working days.
  expect(await rowText('ASB/2026/00273')).toBe('Case ASB/2026/00273 Overdue Level 3 Low Risk · R. Whitlock Contact the complainant: overdue by 5 working days. An explanation is owed: record why it was missed.');
  // 00377: received Wed 9 Dec, dog barking, Level 3: due Mon 14 Dec: 4 working days.
  expect(await rowText('ASB/2026/00377')).toBe('Case ASB/2026/00377 Overdue Level 3 Low Risk · S. Haddad Contact the complainant: overdue by 4 working days. An explanation is owed: record why it was missed.');
  // 00280: received Sat 12 Dec, noise, Level 2: due Tue 15 Dec: 3 working days.
  expect(await rowText('ASB/2026/00280')).toBe('Case ASB/2026/00280 Overdue Level 2 Medium Risk · J. Okafor Contact the complainant: overdue by 3 working days. An explanation is owed: record why it was missed.');
  // 00341: received Thu 17 Dec 18:20, racist graffiti, Level 1: due Fri 18 Dec, today.
  expect(await rowText('ASB/2026/00341')).toBe('Case ASB/2026/00341 Due today Level 1 High Risk · M. Lindqvist Contact the complainant: due today');
  // 00398: received Wed 16 Dec, harassment, Level 1; contacted Thu 17 Dec, so the letter is due Mon 21 Dec.
  expect(await rowText('ASB/2026/00398')).toBe(
    'Case ASB/2026/00398 Open Level 1 High Risk · R. Whitlock Send the acknowledgement letter: due in 1 working day (Monday 21 December 2026)',
  );
  // 00412: received Fri 18 Dec 09:12, logged as noise but racist abuse, Level 1: due Mon 21 Dec.
  expect(await rowText('ASB/2026/00412')).toBe(
    'Case ASB/2026/00412 Open Level 1 High Risk · J. Okafor Contact the complainant: due in 1 working day (Monday 21 December 2026)',
  );
  // 00290: a boundary dispute, outside the ASB policy.
  expect(references.at(-1)).toBe('ASB/2026/00290');

  // Filters: officer, then "overdue or due in the next 5 working days".
  await panel.getByLabel('Officer').selectOption('S. Haddad');
  await expect(rows).toHaveCount(8); // 00377 and the seven open older cases of S. Haddad
  await expect(panel.getByTestId('dashboard-count')).toHaveText('Showing all 8 matching cases (34 cases in all).');
  await panel.getByLabel('Officer').selectOption('all');
  await panel.getByLabel('Due').selectOption('soon');
  await expect(rows).toHaveCount(33); // all but the boundary dispute
  await expect(rows.filter({ hasText: 'ASB/2026/00290' })).toHaveCount(0);
  await panel.getByLabel('Due').selectOption('all');

  const results = await new AxeBuilder({ page: panel }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await panel.close();
});

test('an Omniledger log (a single-page app) fills the same dashboard beside Active H', async () => {
  const panel = await openDashboard();
  await panel.getByLabel('Case list address').fill(`http://127.0.0.1:${E2E_PORTS.fixtures}/on/${DAY}/hosts/omniledger/asb-log/index.html`);
  await panel.getByRole('button', { name: 'Read every open case' }).click();
  // 40 cards, 5 of them closed (fixture data).
  await expect(panel.getByRole('status')).toHaveText('Read 35 cases from Omniledger.', { timeout: 20_000 });
  // With the 34 Active H cases read before (this profile's earlier test).
  await expect(panel.getByTestId('dashboard-count')).toHaveText('Showing 50 of 69 cases.');
  await panel.getByRole('button', { name: 'Show 19 more cases' }).click();
  await expect(rowsOf(panel)).toHaveCount(69);
  await expect(panel.getByRole('button', { name: 'Case OL-104233', exact: true })).toBeVisible();
  await panel.close();
});
