import { expect, test, type Page, type Request } from '@playwright/test';
import { answerAll, expectAccessible, failNext, focused, heading, openForm, resetServer, stored } from './support/widget-journey.ts';

// Never losing a report: network errors and 5xx are retried with backoff and the same
// Idempotency-Key, the button cannot send twice, and nothing claims success before the server
// has answered with a reference.

/** Every report POST the page makes. */
function watchPosts(page: Page): Request[] {
  const posts: Request[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/api/asb-reports')) posts.push(r);
  });
  return posts;
}

async function setRetryDelays(page: Page, delays: number[]): Promise<void> {
  await page.locator('asb-report-form').evaluate((el, d) => ((el as unknown as { retryDelays: number[] }).retryDelays = d), delays);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const sendButton = (page: Page) => page.getByRole('button', { name: 'Send report' });

test.beforeEach(async ({ request }) => {
  await resetServer(request);
});

test('a failing network, then success: one stored report, one Idempotency-Key, no early success', async ({ page, request }) => {
  const posts = watchPosts(page);
  await openForm(page);
  await answerAll(page);
  await setRetryDelays(page, [800, 800]);
  await failNext(request, 'drop', 2);
  await sendButton(page).click();
  await expect(page.getByRole('status')).toHaveText(/We are having trouble sending your report/);
  await expect(heading(page)).toHaveText('Check your answers before sending your report');
  await expect(heading(page)).toHaveText('Report sent', { timeout: 10_000 });

  expect(posts).toHaveLength(3);
  const keys = await Promise.all(posts.map((p) => p.headerValue('idempotency-key')));
  expect(keys[0]).toMatch(UUID);
  expect(new Set(keys).size).toBe(1);
  expect(posts.every((p) => p.headers()['content-type'] === 'application/json')).toBe(true);
  const { reports } = await stored(request);
  expect(reports).toHaveLength(1);
  expect(reports[0]!.idempotencyKey).toBe(keys[0]);
  await expect(page.locator('asb-report-form .reference')).toHaveText(reports[0]!.reference);
});

test('an answer lost after the report was stored: the retry gets the same reference (200), still one report', async ({ page, request }) => {
  const posts = watchPosts(page);
  await openForm(page);
  await answerAll(page);
  await setRetryDelays(page, [300]);
  await failNext(request, 'drop-after-store', 1);
  await sendButton(page).click();
  await expect(heading(page)).toHaveText('Report sent');
  const { reports, posts: arrived } = await stored(request);
  expect(arrived).toBe(2);
  expect(reports).toHaveLength(1);
  expect(posts).toHaveLength(2);
  expect((await posts[1]!.response())?.status()).toBe(200);
  await expect(page.locator('asb-report-form .reference')).toHaveText(reports[0]!.reference);
});

test('when every try fails it says so, keeps the answers, and sending again uses the same key', async ({ page, request }) => {
  const posts = watchPosts(page);
  await openForm(page);
  await answerAll(page);
  await setRetryDelays(page, [100, 100]);
  await failNext(request, '503', 3);
  await sendButton(page).click();
  const summary = page.locator('asb-report-form .error-summary');
  await expect(summary).toContainText('Your report has not been sent: we could not reach our system');
  await expect.poll(async () => (await focused(page)).text).toMatch(/^There is a problem/);
  await expect(heading(page)).toHaveText('Check your answers before sending your report');
  await expect(page.locator('asb-report-form dl').getByText('Flat 14, Elm Court')).toBeVisible();
  await expect(page.getByText('Report sent')).toHaveCount(0);
  await expectAccessible(page);
  expect((await stored(request)).reports).toHaveLength(0);

  await sendButton(page).click();
  await expect(heading(page)).toHaveText('Report sent');
  expect(posts).toHaveLength(4);
  expect(new Set(await Promise.all(posts.map((p) => p.headerValue('idempotency-key')))).size).toBe(1);
  expect((await stored(request)).reports).toHaveLength(1);
});

test('Send report cannot send twice', async ({ page, request }) => {
  const posts = watchPosts(page);
  await openForm(page);
  await answerAll(page);
  await failNext(request, 'delay', 1, 1500);
  await sendButton(page).click();
  await expect(sendButton(page)).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('status')).toHaveText('Sending your report…');
  // Playwright will not click a control marked aria-disabled, but a person can: force it.
  await sendButton(page).click({ force: true });
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Report sent');
  expect(posts).toHaveLength(1);
  expect((await stored(request)).reports).toHaveLength(1);
});
