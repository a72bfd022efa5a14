import { E2E_PORTS } from '../e2e-ports.ts';
import { expect, test, type Page } from '@playwright/test';
import type { HostCase } from '../../extension/hosts/host-case.ts';
import { launchExtension, type LaunchedExtension } from './support/launch-extension.ts';
import { setUpOptions } from './support/set-up-options.ts';
import { AXE_TAGS, expectNoAxeViolations } from './support/axe.ts';

// Issue 11 in the side panel of the built extension (.output/chrome-mv3-e2e): the level history,
// explanations owed and the appointment's date. The panel's clock is fixed (page.clock), so the
// dates below are literals worked out by hand from the policy and the calendar.


let ext: LaunchedExtension;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  ext = await launchExtension();
});
test.afterAll(async () => {
  await ext?.close();
});

function hostCase(overrides: Partial<HostCase> & Pick<HostCase, 'reference'>): HostCase {
  return {
    system: 'activeh',
    receivedAt: '2026-12-14T10:00',
    recordedCategory: 'ASB - Noise',
    description: 'Loud music from the flat above at weekends.',
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

/** Sends 'case-seen' to the background from an extension page, as the content script does from a case view. */
async function seed(page: Page, c: HostCase): Promise<void> {
  const reply = await page.evaluate(
    (message) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(message),
    { type: 'case-seen', case: c },
  );
  expect(reply).toMatchObject({ ok: true, value: { key: `${c.system}:${c.reference}` } });
}

async function choosePolicy(name: RegExp): Promise<void> {
  await setUpOptions(ext, { policy: name, officerName: 'Sam Patel' });
}

/** A side panel page whose clock stands still at `at`, open on a case. */
async function panelAt(at: string, key?: string): Promise<Page> {
  const panel = await ext.context.newPage();
  await panel.clock.setFixedTime(new Date(at));
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html${key ? `?case=${key}` : ''}`);
  return panel;
}

test('Plus Dane: a Level 3 case raised to Level 1 after contact keeps first contact met, and the history shows the change', async () => {
  await choosePolicy(/^Plus Dane Housing/);

  // Friday 18 December 2026, working day 4 after the report of Monday 14 December: the officer
  // contacts the reporter. Level 3: contact within 5 working days, by Monday 21 December.
  let panel = await panelAt('2026-12-18T11:00:00Z');
  await seed(panel, hostCase({ reference: 'E2E-PD-RAISE' }));
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?case=activeh:E2E-PD-RAISE`);
  await expect(panel.getByRole('heading', { level: 1, name: 'Case E2E-PD-RAISE' })).toBeVisible();
  await expect(panel.locator('.level')).toContainText('Level 3 Low Risk');
  const firstContact = panel.locator('[data-deadline="first-contact"]');
  await expect(firstContact.locator('.deadline-text')).toHaveText('Contact the reporter: due in 1 working day (Monday 21 December 2026)');
  await panel.getByRole('checkbox', { name: 'Contact the reporter' }).check();
  await expect(firstContact.locator('.deadline-text')).toHaveText('Contact the reporter: met');
  const history = panel.getByTestId('level-history').getByRole('listitem');
  await expect(history).toHaveText(['Level 3 Low Risk from Monday 14 December 2026 (at receipt)']);
  await panel.close();

  // Monday 21 December 2026, 9:30am: threats at the home visit. The officer raises the case to Level 1.
  panel = await panelAt('2026-12-21T09:30:00Z', 'activeh:E2E-PD-RAISE');
  await expect(panel.getByRole('heading', { level: 1, name: 'Case E2E-PD-RAISE' })).toBeVisible();
  await panel.getByLabel('New level').selectOption({ label: 'Level 1 High Risk' });
  await panel.getByRole('button', { name: 'Change the level' }).click();
  // No reason: refused, naming the field, and nothing recorded.
  const reason = panel.getByRole('textbox', { name: 'Reason for the change' });
  await expect(panel.locator('#level-reason-error')).toHaveText('Error: Reason: enter why the level changes');
  await expect(reason).toBeFocused();
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByTestId('level-history').getByRole('listitem')).toHaveCount(1);

  await reason.fill('Threats of violence at the home visit');
  await panel.getByRole('button', { name: 'Change the level' }).click();
  await expect(panel.getByRole('status')).toHaveText('Level changed to Level 1 High Risk.');
  await expect(panel.getByTestId('level-history').getByRole('listitem')).toHaveText([
    'Level 3 Low Risk from Monday 14 December 2026 (at receipt)',
    'Level 1 High Risk from Monday 21 December 2026, changed by Sam Patel. Reason: Threats of violence at the home visit',
  ]);
  // Not yet in Active H's log: the standard entry to save there, which every officer's ASB Assist reads back.
  await expect(panel.getByTestId('level-history').locator('..').getByTestId('write-back-text')).toHaveText(
    '[ASB Assist] Level changed to Level 1 High Risk: Threats of violence at the home visit. Recorded 21/12/2026 by Sam Patel. (asb:case-reclassified/high)',
  );
  await expect(panel.locator('.level')).toHaveText('Level 1 High Risk since Monday 21 December 2026. At receipt: Level 3 Low Risk.');
  // First contact fell due (Monday 21 December) at Level 3 and was met on Friday 18 December: still met, nothing owed.
  await expect(firstContactOf(panel).locator('.deadline-status')).toHaveText('Met');
  await expect(firstContactOf(panel).locator('.deadline-text')).toHaveText('Contact the reporter: met');
  await expect(firstContactOf(panel)).not.toContainText('An explanation is owed');
  // Reviews every 10 working days from the report: 15-18, 21-24 December, then Christmas Day and
  // the Boxing Day holiday (Monday 28 December) are skipped, so 29 and 30 December. From today,
  // Monday 21 December: 22, 23, 24, 29 and 30 December, 5 working days.
  await expect(panel.locator('[data-deadline="case-review"] .deadline-text')).toHaveText('Review the case: due in 5 working days (Wednesday 30 December 2026)');
  await expectNoAxeViolations(panel);

  // The level survives a reload, and the dashboard row shows the level in force.
  await panel.reload();
  await expect(panel.getByTestId('level-history').getByRole('listitem')).toHaveCount(2);
  await panel.getByRole('button', { name: 'All cases' }).click();
  await expect(panel.locator('.case-row').filter({ hasText: 'E2E-PD-RAISE' })).toContainText('Level 1 High Risk');
  await panel.close();
});

function firstContactOf(panel: Page) {
  return panel.locator('[data-deadline="first-contact"]');
}

test('Plus Dane: a missed first contact asks for an explanation until one is recorded', async () => {
  // Received Monday 14 December 2026; not contacted by Monday 21 December. Tuesday 22 December: overdue.
  const panel = await panelAt('2026-12-22T10:00:00Z');
  await seed(panel, hostCase({ reference: 'E2E-PD-OWED' }));
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?case=activeh:E2E-PD-OWED`);
  const contact = firstContactOf(panel);
  await expect(contact.locator('.deadline-text')).toHaveText('Contact the reporter: overdue by 1 working day');
  await expect(contact).toContainText('An explanation is owed.');
  await contact.getByRole('button', { name: 'Save the explanation' }).click();
  await expect(contact.getByRole('textbox', { name: 'Why was “Contact the reporter” missed?' })).toHaveAttribute('aria-invalid', 'true');
  await expect(contact).toContainText('Explanation: enter why it was missed');
  await contact.getByRole('textbox', { name: 'Why was “Contact the reporter” missed?' }).fill('The reporter was away until 22 December.');
  await contact.getByRole('button', { name: 'Save the explanation' }).click();
  await expect(contact.getByTestId('explanation-recorded')).toHaveText('Explanation recorded: The reporter was away until 22 December. Change the explanation for “Contact the reporter”');
  await expect(contact).not.toContainText('An explanation is owed');
  await expectNoAxeViolations(panel);
  await panel.close();
});

test('Example Homes: ticking "offer an appointment" asks for its date and time, and the appointment is judged by it', async () => {
  await choosePolicy(/^Example Homes/);
  // Received Monday 14 December 2026: hold the appointment within 5 working days, by Monday 21 December.
  const panel = await panelAt('2026-12-15T10:00:00Z');
  await seed(panel, hostCase({ reference: 'E2E-APPT' }));
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?case=activeh:E2E-APPT`);
  const step = panel.getByRole('checkbox', { name: 'Offer an appointment and record its date' });
  await step.click();
  await expect(step).not.toBeChecked();
  const when = panel.getByLabel('Appointment date and time');
  await expect(when).toBeFocused();
  await panel.getByRole('button', { name: 'Record the offer' }).click();
  await expect(panel.getByText('Appointment date and time: enter the date and time of the appointment')).toBeVisible();
  await expectNoAxeViolations(panel);

  // Tuesday 22 December, 2pm: after the 5 working days.
  await when.fill('2026-12-22T14:00');
  await panel.getByRole('button', { name: 'Record the offer' }).click();
  await expect(step).toBeChecked();
  await expect(panel.locator('#step-offer-appointment-hint')).toContainText('appointment Tuesday 22 December 2026 at 2:00pm');
  await expect(panel.locator('[data-deadline="appointment-offered"] .deadline-status')).toHaveText('Met');
  await expect(panel.locator('[data-deadline="appointment-held"] .deadline-status')).toHaveText('Met late');
  await panel.close();
});
