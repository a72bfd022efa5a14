// The whole suite on the running demo: a tenant's report sent through the widget on the landlord's
// site arrives in the officer's side panel inbox (the intake's staff API), becomes a case in the
// simulated Omniledger through its own new-case form, and is marked taken with Omniledger's
// reference; the case's page shows the level and first-contact date the core computes.
import { readFileSync } from 'node:fs';
import { E2E_PORTS } from '../e2e-ports.ts';
import { expect, test } from '@playwright/test';
import { formatDateLong } from '../../core/index.ts';
import { londonNow } from '../fixtures/hosts/host-page-case.ts';
import type { Page } from '@playwright/test';
import { launchExtension, type LaunchedExtension } from './support/launch-extension.ts';
import { answerAll, answers } from './support/widget-journey.ts';
import { expectNoAxeViolations } from './support/axe.ts';

const DEMO = `http://127.0.0.1:${E2E_PORTS.demo}`;
let ext: LaunchedExtension;

test.beforeAll(async () => {
  ext = await launchExtension();
});
test.afterAll(async () => {
  await ext.close();
});

test('a report from the landlord website reaches the side panel inbox, becomes an Omniledger case through its new-case form, and is marked taken', async ({ request }) => {
  // The tenant, on the landlord's website: loud noise and verbal abuse, no hate motive, no risk of
  // harm. The landlord's page has its own h1, so the form's page titles are h2 (heading-level="2").
  const tenant = await ext.context.newPage();
  await tenant.goto(`${DEMO}/landlord/report/`);
  await answerAll(tenant, answers, undefined, 2);
  await tenant.getByRole('button', { name: 'Send report' }).click();
  const confirmation = tenant.locator('asb-report-form');
  await expect(confirmation).toContainText(/ASB-\d{4}-\d{6}/, { timeout: 15_000 });
  const reference = (await confirmation.getByText(/ASB-\d{4}-\d{6}/).first().textContent())!.match(/ASB-\d{4}-\d{6}/)![0];
  // The confirmation gives the date the intake worked out, from the policy the form read by GET.
  await expect(confirmation).toContainText(/We aim to contact you by (Monday|Tuesday|Wednesday|Thursday|Friday) \d{1,2} \w+ \d{4}\./);
  await tenant.close();

  const today = londonNow().date;
  // Swearing or insults several times a week is persistent verbal abuse: Level 1 High Risk in the
  // model policy (002 1.2 (iii)). The date is the one the intake stored.
  const token = readFileSync('.test-reports/demo-data/staff-token.txt', 'utf8').trim();
  const auth = { Authorization: `Bearer ${token}` };
  const stored0 = (await (await request.get(`${DEMO}/api/staff/reports/${reference}`, { headers: auth })).json()) as {
    triage: { levelLabel: string; firstContactDue: string };
  };
  expect(stored0.triage.levelLabel).toBe('Level 1 High Risk');
  const expected = stored0.triage;

  const page = await ext.context.newPage();
  // The simulated Omniledger no longer makes the case itself.
  await page.goto(`${DEMO}/omniledger/asb-log/index.html`);
  await expect(page.getByRole('heading', { name: 'ASB log' })).toBeVisible();
  await expect(page.getByText(reference)).toHaveCount(0);

  // The officer sets the intake address and the demo's staff token in the options page.
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByLabel('Intake address').fill(DEMO);
  await options.getByLabel('Staff token').fill(token);
  await options.getByRole('button', { name: 'Save intake settings' }).click();
  await expect(options.getByTestId('options-status')).toHaveText('Intake settings saved. New website reports are listed in the side panel.');
  // The token is never shown back in full.
  await expect(options.getByLabel('Staff token')).toHaveValue('');
  await expect(options.getByTestId('staff-token-hint')).toHaveText(`A token ending …${token.slice(-4)} is saved. Leave this empty to keep it.`);
  expect(await options.content()).not.toContain(token);
  await expectNoAxeViolations(options);
  // A bad address is refused naming the field.
  await options.getByLabel('Intake address').fill('reports.example.org');
  await options.getByRole('button', { name: 'Save intake settings' }).click();
  await expect(options.getByRole('link', { name: /The intake address must be an https address/ })).toBeVisible();
  await expectNoAxeViolations(options);
  await options.close();

  // The side panel's inbox lists the report with its level and first-contact date.
  await page.reload(); // an Omniledger page open: the inbox creates cases there
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?view=inbox`);
  const item = panel.getByTestId('inbox-reports').getByRole('listitem').filter({ hasText: reference });
  await expect(item).toContainText(expected.levelLabel!, { timeout: 15_000 });
  await expect(item).toContainText(`First contact due${formatDateLong(expected.firstContactDue!)}`);
  await expectNoAxeViolations(panel);

  // "Create the case in Omniledger" opens its new-case form, filled from the report.
  const opened = ext.context.waitForEvent('page');
  await item.getByRole('button', { name: `Create the case in Omniledger from report ${reference}` }).click();
  const form = await opened;
  await expect(form.locator('asb-assist-inbox-fill')).toContainText(`Filled from website report ${reference}. Check it, then save it with Omniledger’s own button.`, { timeout: 15_000 });
  await expect(form.getByLabel('What happened?')).toHaveValue(new RegExp(`^Website report ${reference}\\.`));
  await expect(form.getByLabel('Report type')).not.toHaveValue('');
  await expect(form.getByLabel('Date reported')).toHaveValue(today);

  // The officer saves with Omniledger's own button; the new case's page shows its level.
  await form.getByRole('button', { name: 'Create report' }).click();
  await expect(form).toHaveURL(/\/omniledger\/asb-log\/OL-\d+\.html$/);
  const hmsReference = form.url().match(/OL-\d+/)![0];
  // The host case is judged from what Omniledger records (its category and description). Known gap,
  // left open: Omniledger's form has no place for how often it happens, so the banner can show a
  // lower level than the intake's triage of the full report (here Level 2 against Level 1).
  await expect(form.locator('asb-assist-banner')).toContainText(`ASB Assist · ${hmsReference}`, { timeout: 15_000 });

  // The report is marked taken with the Omniledger reference: the staff API lists it no longer as new.
  await expect
    .poll(async () => ((await (await request.get(`${DEMO}/api/staff/reports?status=new`, { headers: auth })).json()) as { reports: { reference: string }[] }).reports.map((r) => r.reference), { timeout: 15_000 })
    .not.toContain(reference);
  const stored = (await (await request.get(`${DEMO}/api/staff/reports/${reference}`, { headers: auth })).json()) as { taken?: { hmsReference: string } };
  expect(stored.taken?.hmsReference).toBe(hmsReference);
  // And the inbox drops it.
  await panel.getByRole('button', { name: 'Check for new reports' }).click();
  await expect(panel.getByText('No new website reports.')).toBeVisible();
  await expect(panel.getByRole('heading', { name: reference })).toHaveCount(0);
});

test('the demo serves every part it lists', async ({ request }) => {
  for (const path of ['/', '/landlord/', '/landlord/report/', '/activeh/index.html', '/activeh/asb/case-list.html', '/omniledger/asb-log/index.html']) {
    expect((await request.get(DEMO + path)).status(), path).toBe(200);
  }
  const csp = (await request.get(`${DEMO}/landlord/report/`)).headers()['content-security-policy'];
  expect(csp).toContain("script-src 'self'");
  // The intake service answers the API: its staff routes need a token; bad encoding is a 400.
  expect((await request.get(`${DEMO}/api/staff/reports`)).status()).toBe(401);
  expect((await request.get(`${DEMO}/landlord/%E0%A4%A`)).status()).toBe(400);
});
