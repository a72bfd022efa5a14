import { expect, test } from '@playwright/test';
import {
  answerAll,
  answers,
  events,
  expectAccessible,
  focused,
  heading,
  openForm,
  pressContinue,
  recordEvents,
  resetServer,
  setClock,
  stored,
} from './support/widget-journey.ts';

// <asb-report-form> on a landlord page (Plus Dane preset), the built bundle in real Chromium,
// reports going to handleReportSubmission with a file store (test/serve-widget.ts).

test.beforeEach(async ({ request }) => {
  await resetServer(request);
});

test('every page passes axe, takes focus on its heading and announces itself; the report arrives once', async ({ page, request }) => {
  // Axe on ten pages: slow on a busy machine.
  test.slow();
  // Received Friday 4 December 2026.
  await setClock(request, '2026-12-04T10:00:00Z');
  await recordEvents(page);
  await openForm(page);
  const titles: string[] = [];
  await answerAll(page, answers, async (title) => {
    titles.push(title);
    if (titles.length > 1) expect((await focused(page)).tag).toBe('h1');
    await expectAccessible(page);
  });
  expect(titles).toHaveLength(8);

  // Check answers: every answer listed with a Change link; axe on the page.
  expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'Check your answers before sending your report' });
  await expectAccessible(page);
  const summary = page.locator('asb-report-form dl');
  await expect(summary.getByText('Loud or unusual noise, such as loud music, parties or shouting')).toBeVisible();
  await expect(summary.getByText('jordan.ellis@example.com')).toBeVisible();
  await expect(summary.getByText('2 March 2026')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Change/ })).not.toHaveCount(0);

  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(heading(page)).toHaveText('Report sent');
  const { reports, posts } = await stored(request);
  expect(posts).toBe(1);
  expect(reports).toHaveLength(1);
  const report = reports[0]!;
  await expect(page.locator('asb-report-form .reference')).toHaveText(report.reference);
  expect(report.reference).toMatch(/^ASB-\d{4}-\d{6}$/);
  // Plus Dane: loud noise and verbal abuse are Level 2, first contact within 3 working days of
  // Friday 4 December 2026: Monday 7, Tuesday 8, Wednesday 9.
  expect(report.outcome).toMatchObject({ isAsb: true, firstContactWorkingDays: 3, firstContactDue: '2026-12-09' });
  await expect(page.getByText('We aim to contact you by Wednesday 9 December 2026.', { exact: true })).toBeVisible();
  await expect(page.getByText(/ASB Case Review \(also called the Community Trigger\)/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'ASB Help' })).toHaveAttribute('href', 'https://asbhelp.co.uk');
  expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'Report sent' });
  await expectAccessible(page);

  // What arrived is what the tenant said, in the core's report format.
  expect(report.report).toMatchObject({
    policyId: 'plus-dane',
    immediateDanger: false,
    behaviours: ['verbal-abuse', 'noise-excessive'],
    perceivedHate: [],
    started: { kind: 'approximate', text: 'about 3 weeks ago' },
    frequency: 'several-times-a-week',
    stillHappening: 'yes',
    riskOfHarm: false,
    reportedPerson: { known: true, ageGroup: '18-or-over' },
    diary: [{ date: '2026-03-02', time: '23:40', whatHappened: 'Music so loud the light fitting rattled.', witnesses: 'Flat 12' }],
    reporter: { anonymous: false, name: 'Jordan Ellis', email: 'jordan.ellis@example.com', contactMethods: ['email'] },
    consentToShare: true,
  });

  // Events: each page shown, then the reference; never the report's content.
  const seen = await events(page);
  expect(seen.filter((e) => e.type === 'asb-step').map((e) => (e.detail as { step: string }).step)).toEqual([
    'safety', 'behaviours', 'hate', 'what-happened', 'impact', 'person', 'evidence', 'about-you', 'check', 'confirmation',
  ]);
  expect(seen.find((e) => e.type === 'asb-submitted')?.detail).toEqual({ reference: report.reference });
  expect(JSON.stringify(seen)).not.toContain('Jordan');
});

test('Change on check answers returns to the question, then back to check answers', async ({ page }) => {
  await openForm(page);
  await answerAll(page);
  await page.getByRole('button', { name: 'Change Where does it happen?' }).click();
  await expect(heading(page)).toHaveText('What has happened?');
  await expect(page.getByLabel('Where does it happen?')).toHaveValue('Flat 14, Elm Court');
  await page.getByLabel('Where does it happen?').fill('The car park behind Elm Court');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(heading(page)).toHaveText('Check your answers before sending your report');
  await expect(page.locator('asb-report-form dl').getByText('The car park behind Elm Court')).toBeVisible();
  // Back from a changed page also returns to check answers.
  await page.getByRole('button', { name: 'Change Full name' }).click();
  await expect(page.getByRole('button', { name: 'Back', exact: true })).toHaveAccessibleName('Back');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(heading(page)).toHaveText('Check your answers before sending your report');
});

test('Back keeps every answer', async ({ page }) => {
  await openForm(page);
  await page.getByLabel('No', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Drunken behaviour').check();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel('No', { exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByLabel('Drunken behaviour')).toBeChecked();
});

test('a second copy of the script on the page does not redefine the element', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openForm(page);
  // Another URL is another module instance: it runs again and must leave the element alone.
  expect(await page.evaluate((url) => import(url).then(() => true), '/widget/asb-report-form.js?second-copy')).toBe(true);
  expect(errors).toEqual([]);
  await expect(heading(page)).toHaveText('Is anyone in immediate danger?');
});

test('heading-level="2" fits the form under the landlord’s own h1: every heading one level down', async ({ page }) => {
  await openForm(page, 'embedded');
  const headingTags = () =>
    page.evaluate(() => {
      const inWidget = document.querySelector('asb-report-form')!.shadowRoot!.querySelectorAll('h1, h2, h3, h4');
      return {
        page: [...document.querySelectorAll('h1')].map((h) => h.textContent),
        widget: [...inWidget].map((h) => `${h.tagName.toLowerCase()} ${h.textContent!.trim()}`),
      };
    });
  expect((await headingTags()).page).toEqual(['Report anti-social behaviour']);

  // The error summary's title sits under the page's title.
  await page.getByRole('button', { name: 'Continue' }).click();
  expect((await headingTags()).widget).toEqual(['h3 There is a problem', 'h2 Is anyone in immediate danger?']);
  await expectAccessible(page);

  await answerAll(page, answers, undefined, 2);
  expect(await focused(page)).toMatchObject({ tag: 'h2', text: 'Check your answers before sending your report' });
  const check = (await headingTags()).widget;
  expect(check[0]).toBe('h2 Check your answers before sending your report');
  expect(check.slice(1).every((h) => h.startsWith('h3 '))).toBe(true);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(heading(page, 2)).toHaveText('Report sent');
  expect(await focused(page)).toMatchObject({ tag: 'h2', text: 'Report sent' });
  expect((await headingTags()).widget).toEqual(['h2 Report sent', 'h3 What happens next', 'h3 If it gets worse', 'h3 Other help']);
  expect((await headingTags()).page).toEqual(['Report anti-social behaviour']);
  await expectAccessible(page);
});

test('the 999 note is calm GOV.UK warning text: an icon, bold words, "Warning" read first, no error styling', async ({ page }) => {
  await openForm(page);
  await page.getByLabel('Yes', { exact: true }).check();
  const warning = page.locator('asb-report-form [part="warning"]');
  await expect(warning).toContainText('Call 999 now. If you cannot speak, press 55 when asked.');
  expect(await warning.evaluate((el) => el.textContent!.replace(/\s+/g, ' ').trim().startsWith('! Warning: Call 999 now.'))).toBe(true);
  expect(await warning.locator('.warning-icon').getAttribute('aria-hidden')).toBe('true');
  const style = await warning.evaluate((el) => {
    const s = getComputedStyle(el);
    return { border: s.borderTopStyle, weight: s.fontWeight, colour: s.color };
  });
  // No border (the error summary's red box), bold, the text colour (not the error red #d4351c).
  expect(style).toEqual({ border: 'none', weight: '700', colour: 'rgb(11, 12, 12)' });
  await expectAccessible(page);
  // The report can still be made.
  await pressContinue(page);
  await expect(heading(page)).toHaveText('What is happening?');
});
