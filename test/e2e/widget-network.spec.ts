import { expect, test, type APIRequestContext, type Page, type Request } from '@playwright/test';
import { answerAll, expectAccessible, failNext, focused, heading, openForm, resetServer, stored } from './support/widget-journey.ts';

// Never losing a report: network errors and 5xx are retried with backoff and the same
// Idempotency-Key, the button cannot send twice, and nothing claims success before the server
// has answered with a reference.

/** Every report POST the page makes. */
function watchPosts(page: Page): Request[] {
  const posts: Request[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/asb-reports')) posts.push(r);
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

// Issue 12, part 7: sending failed without an answer, then the tenant changes an answer and
// sends again. They must still end with a reference, and the office with one report holding the
// latest answers. The protocol (README, "Changed answers after a send that got no answer"): the
// latest answers go under the same key first (nothing stored: 201; a copy of the earlier send
// arriving late then gets 422 and is not stored); a 422 means the earlier version is stored, so
// they go again under a new key with `Replaces-Idempotency-Key: <the earlier key>`, and the
// intake replaces that report (same reference) rather than storing a second.

async function changeLocation(page: Page, location: string): Promise<void> {
  await page.getByRole('button', { name: 'Change Where does it happen?' }).click();
  await page.getByLabel('Where does it happen?').fill(location);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(heading(page)).toHaveText('Check your answers before sending your report');
}

test('no answer and nothing stored, then a changed answer: one report with the latest answers, under the one key', async ({ page, request }) => {
  const posts = watchPosts(page);
  await openForm(page);
  await answerAll(page);
  await setRetryDelays(page, [100]);
  await failNext(request, 'drop', 2);
  await sendButton(page).click();
  await expect(page.locator('asb-report-form .error-summary')).toContainText('we could not reach our system');
  await changeLocation(page, 'The car park behind Elm Court');
  await sendButton(page).click();
  await expect(heading(page)).toHaveText('Report sent');
  // Never "contact us" instead of a reference (the 422 and "rejected" messages).
  await expect(page.getByText(/Please contact us|Try again later or contact us/)).toHaveCount(0);

  expect(posts).toHaveLength(3);
  expect(new Set(await Promise.all(posts.map((p) => p.headerValue('idempotency-key')))).size).toBe(1);
  const { reports } = await stored(request);
  expect(reports).toHaveLength(1);
  expect(reports[0]!.report.location).toBe('The car park behind Elm Court');
  await expect(page.locator('asb-report-form .reference')).toHaveText(reports[0]!.reference);
});

/** Stores the report but loses every answer, then changes an answer and sends again. */
async function storedButUnanswered(page: Page, request: APIRequestContext, posts: Request[]): Promise<void> {
  await openForm(page);
  await answerAll(page);
  await setRetryDelays(page, [100]);
  await failNext(request, 'drop-after-store', 2);
  await sendButton(page).click();
  await expect(page.locator('asb-report-form .error-summary')).toContainText('we could not reach our system');
  expect((await stored(request)).reports).toHaveLength(1);
  await changeLocation(page, 'The car park behind Elm Court');
  await sendButton(page).click();
  await expect(heading(page)).toHaveText('Report sent');
  // Never "contact us" instead of a reference (the 422 and "rejected" messages).
  await expect(page.getByText(/Please contact us|Try again later or contact us/)).toHaveCount(0);
  expect(posts).toHaveLength(4);
}

test('stored but unanswered, then a changed answer: the tenant gets a reference; the latest answers go under a new key naming the old', async ({ page, request }) => {
  const posts = watchPosts(page);
  await storedButUnanswered(page, request, posts);
  const keys = await Promise.all(posts.map((p) => p.headerValue('idempotency-key')));
  const replaces = await Promise.all(posts.map((p) => p.headerValue('replaces-idempotency-key')));
  // 1-2: the first answers (stored, answer lost); 3: the latest under the same key, 422;
  // 4: the latest under a new key, naming the first.
  expect(keys[0]).toMatch(UUID);
  expect(keys.slice(0, 3)).toEqual([keys[0], keys[0], keys[0]]);
  expect((await posts[2]!.response())?.status()).toBe(422);
  expect(keys[3]).toMatch(UUID);
  expect(keys[3]).not.toBe(keys[0]);
  expect(replaces).toEqual([null, null, null, keys[0]]);
  const { reports } = await stored(request);
  const latest = reports.find((r) => r.idempotencyKey === keys[3] || r.report.location === 'The car park behind Elm Court');
  expect(latest?.report.location).toBe('The car park behind Elm Court');
  await expect(page.locator('asb-report-form .reference')).toHaveText(latest!.reference);
});

test('stored but unanswered, then a changed answer: the office has one report, with the latest answers', async ({ page, request }) => {
  // The intake honours Replaces-Idempotency-Key (README): the stored report is replaced, keeping its reference.
  const posts = watchPosts(page);
  await storedButUnanswered(page, request, posts);
  const { reports } = await stored(request);
  expect(reports).toHaveLength(1);
  expect(reports[0]!.report.location).toBe('The car park behind Elm Court');
  const keys = await Promise.all(posts.map((p) => p.headerValue('idempotency-key')));
  expect([reports[0]!.idempotencyKey, reports[0]!.replaced?.keys]).toEqual([keys[3], [keys[0]]]);
  expect((await posts[3]!.response())?.status()).toBe(201);
  await expect(page.locator('asb-report-form .reference')).toHaveText(reports[0]!.reference);
});
