import { expect, test, type Page } from '@playwright/test';
import { policies } from '../../core/index.ts';
import {
  answerAll,
  answers,
  choose,
  expectAccessible,
  focused,
  group,
  heading,
  openForm,
  pressContinue,
  resetServer,
  setClock,
  stored,
  WIDGET_BASE,
} from './support/widget-journey.ts';

// The policy decides what the confirmation promises: the form shows the landlord's policy view
// that the intake serves (GET on the endpoint) from the policy file it triages with. A report
// the policy handles outside ASB is told so, kindly, with what happens instead; nothing the
// policy marks assumed is promised.

test.beforeEach(async ({ request }) => {
  await resetServer(request);
});

async function send(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(heading(page)).toHaveText('Report sent');
}

const MERSEY_VALE_OUTSIDE_ASB =
  'We will not deal with this as anti-social behaviour, but we will still help. We will give you advice and can offer mediation, where someone neutral helps you and your neighbour talk it through.';
const dispute = { ...answers, behaviours: ['A disagreement with a neighbour'], noise: undefined };

test('a neighbour dispute gets the outside-ASB confirmation, with the policy’s own words and mediation', async ({ page, request }) => {
  await openForm(page);
  await answerAll(page, dispute);
  await send(page);
  const [report] = (await stored(request)).reports;
  expect(report!.outcome).toEqual({ isAsb: false, firstContactWorkingDays: null, firstContactDue: null });
  await expect(page.getByText('Thank you for telling us. From what you have told us, we will not deal with this as anti-social behaviour.')).toBeVisible();
  await expect(page.getByText(policies['plus-dane']!.outsideAsb.route.tenantMessage)).toBeVisible();
  await expect(page.getByText(/We aim to contact you/)).toHaveCount(0);
  await expect(page.getByText('Mediation', { exact: true })).toBeVisible();
  await expect(page.locator('asb-report-form .reference')).toHaveText(report!.reference);
  await expectAccessible(page);
});

test('a landlord’s own policy, served by the intake: its name, its phone, its outside-ASB words', async ({ page, request }) => {
  await openForm(page, 'landlord');
  await answerAll(page, { ...answers, behaviours: ['Noise'], noise: 'Everyday living noise, such as TV, footsteps or children playing' });
  await send(page);
  expect((await stored(request)).reports[0]!.report.policyId).toBe('mersey-vale');
  await expect(page.getByText(MERSEY_VALE_OUTSIDE_ASB)).toBeVisible();
  await expect(page.getByText('If it happens again, note what happened and when, and tell Mersey Vale Housing on 0151 496 0731.')).toBeVisible();
  await expect(page.locator('asb-report-form')).not.toContainText('0300 000 0000');
  await expect(page.locator('asb-report-form')).not.toContainText('Example Homes');
});

test('the confirmation gives the first-contact date, and for hate how to report a hate crime', async ({ page, request }) => {
  // Received Friday 4 December 2026: a hate incident is Plus Dane's Level 1, first contact
  // within 1 working day, so by Monday 7 December.
  await setClock(request, '2026-12-04T10:00:00Z');
  await openForm(page);
  await answerAll(page, { ...answers, behaviours: ['A hate incident or hate crime'], noise: undefined, hate: ['Race or ethnicity'] });
  await send(page);
  await expect(page.getByText('We aim to contact you by Monday 7 December 2026.', { exact: true })).toBeVisible();
  await expect(heading(page, 2).filter({ hasText: 'Reporting a hate crime' })).toBeVisible();
  await expect(page.getByText('You can also report a hate crime or hate incident to the police: call 101, or 999 in an emergency.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'True Vision' })).toHaveAttribute('href', 'https://www.report-it.org.uk');
  await expectAccessible(page);
});

test('the date counts the Christmas bank holidays; a report without hate has no hate-crime section', async ({ page, request }) => {
  // Received Thursday 24 December 2026 under Mersey Vale's policy: violence is Level 1, 1 working
  // day. Friday 25 (Christmas Day), the weekend, and Monday 28 (Boxing Day's substitute) are not
  // working days: Tuesday 29 December.
  await setClock(request, '2026-12-24T15:30:00Z');
  await openForm(page, 'landlord');
  await answerAll(page, { ...answers, behaviours: ['Violence or threats of violence'], noise: undefined });
  await send(page);
  await expect(page.getByText('We aim to contact you by Tuesday 29 December 2026.', { exact: true })).toBeVisible();
  await expect(page.getByText(/hate crime/)).toHaveCount(0);
});

test('nothing the policy marks assumed is promised: no first-contact date, no Case Review numbers', async ({ page, request }) => {
  // Every first-contact target of this policy, and its Case Review threshold, are assumed.
  await openForm(page, 'assumed');
  await answerAll(page, { ...answers, behaviours: ['Violence or threats of violence'], noise: undefined });
  await send(page);
  expect((await stored(request)).reports[0]!.outcome.firstContactWorkingDays).toBe(1);
  await expect(page.getByText('We will contact you about what happens next.')).toBeVisible();
  await expect(page.getByText(/We aim to contact you/)).toHaveCount(0);
  await expect(page.getByText(/Your council can tell you how many reports it needs\./)).toBeVisible();
  await expect(page.getByText(/3 times in 6 months/)).toHaveCount(0);
});

test('an anonymous tenant is not asked to share details, is told calmly what anonymity costs, and is promised no contact', async ({ page, request }) => {
  await openForm(page);
  await answerAll(page, { ...answers, details: 'anonymous' }, async (title) => {
    if (title !== 'Do you want to give your name and contact details?') return;
    await choose(page, title, 'No, report anonymously');
    await expect(group(page, 'Can we share your details')).toHaveCount(0);
    // Inset text: a grey bar, not the error colour, not bold.
    const note = page.locator('asb-report-form [part="note"]');
    await expect(note).toContainText('If you report anonymously, we cannot contact you');
    expect(await note.evaluate((el) => [getComputedStyle(el).borderLeftColor, getComputedStyle(el).borderTopStyle, getComputedStyle(el).fontWeight])).toEqual([
      'rgb(177, 180, 182)',
      'none',
      '400',
    ]);
    await expectAccessible(page);
  });
  await expect(page.getByText('Can we share your details with the police or council if we need to?')).toHaveCount(0);
  await send(page);
  await expect(page.getByText('You reported anonymously, so we cannot contact you. We will still look into it.')).toBeVisible();
  const [report] = (await stored(request)).reports;
  expect(report!.report.reporter).toEqual({ anonymous: true });
  expect(report!.report.consentToShare).toBe(false);
});

test('an anonymous report handled outside ASB promises no contact', async ({ page }) => {
  await openForm(page, 'landlord');
  await answerAll(page, { ...dispute, details: 'anonymous' });
  await send(page);
  await expect(page.getByText('Thank you for telling us. From what you have told us, we will not deal with this as anti-social behaviour.')).toBeVisible();
  await expect(page.getByText('You reported anonymously, so we cannot contact you about it.')).toBeVisible();
  // The policy's own words promise advice and mediation, which needs contact: not shown.
  await expect(page.getByText(MERSEY_VALE_OUTSIDE_ASB)).toHaveCount(0);
  await expect(page.getByText(/We aim to contact you|We will contact you/)).toHaveCount(0);
  // Mediation ("We can refer you") needs contact too.
  await expect(page.getByText('Mediation', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'ASB Help' })).toBeVisible();
  await expectAccessible(page);
});

for (const [fixture, why] of [
  ['not-a-view', /policy view \/api\/not-a-view\/asb-reports: policy: unknown levels/],
  ['no-phone', /policy view \/api\/no-phone\/asb-reports: the server answered 500/],
  ['unreachable', /policy view \/api\/nowhere\/asb-reports: the server answered 404/],
] as const) {
  test(`${fixture}: the form says calmly that it cannot load, logs why, and offers Try again`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${WIDGET_BASE}/fixtures/${fixture}.html`);
    await expect(heading(page)).toHaveText('Sorry, this form cannot load');
    await expect(page.getByText('If anyone is in immediate danger, call 999.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Exit this page' })).toBeVisible();
    await expect(page.locator('asb-report-form .error-summary')).toHaveCount(0);
    expect(errors.some((e) => why.test(e)), errors.join('\n')).toBe(true);
    await expectAccessible(page);
    // Keyboard: Tab reaches Try again; it tries again and, failing again, focuses the title.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Try again');
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('Sorry, this form cannot load');
    await expect.poll(async () => (await focused(page)).text).toBe('Sorry, this form cannot load');
  });
}

test('a policy view that failed to load comes with Try again, which shows the form once the intake answers', async ({ page }) => {
  let refused = 0;
  await page.route('**/api/asb-reports', (route) =>
    route.request().method() === 'GET' && refused++ === 0 ? route.fulfill({ status: 503, body: 'Service Unavailable' }) : route.continue(),
  );
  await page.goto(`${WIDGET_BASE}/fixtures/landlord.html`);
  await expect(heading(page)).toHaveText('Sorry, this form cannot load');
  await page.getByRole('button', { name: 'Try again' }).press('Enter');
  await expect(heading(page)).toHaveText('Is anyone in immediate danger?');
  await expect.poll(async () => (await focused(page)).text).toBe('Is anyone in immediate danger?');
});

test('the policy view is fetched with GET from the endpoint and revalidated by its ETag', async ({ page, request }) => {
  const first = await request.get(`${WIDGET_BASE}/api/asb-reports`);
  expect(first.status()).toBe(200);
  const etag = first.headers().etag!;
  expect((await request.get(`${WIDGET_BASE}/api/asb-reports`, { headers: { 'If-None-Match': etag } })).status()).toBe(304);
  const gets: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/asb-reports')) gets.push(r.method());
  });
  await openForm(page, 'landlord');
  expect(gets).toEqual(['GET']);
});

test('save-draft keeps the answers and the page through a reload, and forgets them once sent', async ({ page }) => {
  await openForm(page, 'save-draft');
  await choose(page, 'Is anyone in immediate danger?', 'No');
  await pressContinue(page);
  await choose(page, 'What is happening?', 'Drunken behaviour');
  await page.reload();
  await expect(heading(page)).toHaveText('What is happening?');
  await expect(page.getByLabel('Drunken behaviour')).toBeChecked();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
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
