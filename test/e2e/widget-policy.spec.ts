import { expect, test, type Page } from '@playwright/test';
import { policies } from '../../core/index.ts';
import { answerAll, answers, choose, expectAccessible, heading, openForm, pressContinue, resetServer, stored, WIDGET_BASE } from './support/widget-journey.ts';

// The policy decides what the confirmation promises: the server triages the tenant's answers
// under it. A report the policy handles outside ASB is told so, kindly, with what happens instead.

test.beforeEach(async ({ request }) => {
  await resetServer(request);
});

async function send(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(heading(page)).toHaveText('Report sent');
}

test('a neighbour dispute gets the outside-ASB confirmation, with the policy’s own words and mediation', async ({ page, request }) => {
  await openForm(page);
  await answerAll(page, {
    ...answers,
    behaviours: ['A disagreement with a neighbour'],
    noise: undefined,
  });
  await send(page);
  const [report] = (await stored(request)).reports;
  expect(report!.outcome).toEqual({ isAsb: false, firstContactWorkingDays: null, firstContactDue: null });
  await expect(page.getByText('Thank you for telling us. From what you have told us, we will not deal with this as anti-social behaviour.')).toBeVisible();
  await expect(page.getByText(policies['plus-dane']!.outsideAsb.route.tenantMessage)).toBeVisible();
  await expect(page.getByText(/We aim to contact you within/)).toHaveCount(0);
  await expect(page.getByText('Mediation', { exact: true })).toBeVisible();
  await expect(page.locator('asb-report-form .reference')).toHaveText(report!.reference);
  await expectAccessible(page);
});

test('everyday living noise under the model policy is handled outside ASB too', async ({ page, request }) => {
  await openForm(page, 'model');
  await answerAll(page, {
    ...answers,
    behaviours: ['Noise'],
    noise: 'Everyday living noise, such as TV, footsteps or children playing',
  });
  await send(page);
  expect((await stored(request)).reports[0]!.report.policyId).toBe('model');
  await expect(page.getByText(policies.model!.outsideAsb.route.tenantMessage)).toBeVisible();
});

test('an anonymous report is told plainly that we cannot contact them', async ({ page }) => {
  await openForm(page);
  await answerAll(page, { ...answers, details: 'anonymous' });
  await send(page);
  await expect(page.getByText('You reported anonymously, so we cannot contact you. We will still look into it.')).toBeVisible();
});

test('a landlord’s policy JSON (policy-src) is validated and used', async ({ page, request }) => {
  await openForm(page, 'policy-src');
  await answerAll(page, { ...answers, behaviours: ['Violence or threats of violence'], noise: undefined });
  await send(page);
  expect((await stored(request)).reports[0]!.policyId).toBe('riverside-homes');
  await expect(page.getByText('We aim to contact you within 1 working day.')).toBeVisible();
  await expect(page.getByText(/tell Riverside Test Homes/)).toBeVisible();
});

for (const [fixture, why] of [
  ['bad-policy', /policy-src \/fixtures\/policies\/bad\.json: .*region/s],
  ['unknown-preset', /unknown preset "nobody-homes"/],
] as const) {
  test(`${fixture}: the form says it cannot load and logs why`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${WIDGET_BASE}/fixtures/${fixture}.html`);
    await expect(heading(page)).toHaveText('Sorry, this form cannot load');
    await expect(page.getByText(/call 999/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Exit this page' })).toBeVisible();
    expect(errors.some((e) => why.test(e))).toBe(true);
    await expectAccessible(page);
  });
}

test('save-draft keeps the answers and the page through a reload, and forgets them once sent', async ({ page }) => {
  await openForm(page, 'save-draft');
  await choose(page, 'Is anyone in immediate danger?', 'No');
  await pressContinue(page);
  await choose(page, 'What is happening?', 'Drunken behaviour');
  await page.reload();
  await expect(heading(page)).toHaveText('What is happening?');
  await expect(page.getByLabel('Drunken behaviour')).toBeChecked();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel('No', { exact: true })).toBeChecked();

  await answerAll(page);
  await send(page);
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  await page.reload();
  await expect(heading(page)).toHaveText('Is anyone in immediate danger?');
});

test('without save-draft nothing is kept in storage', async ({ page }) => {
  await openForm(page);
  await choose(page, 'Is anyone in immediate danger?', 'No');
  await pressContinue(page);
  expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
  await page.reload();
  await expect(heading(page)).toHaveText('Is anyone in immediate danger?');
});
