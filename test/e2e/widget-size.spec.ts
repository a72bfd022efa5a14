import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { answerAll, heading, openForm, resetServer } from './support/widget-journey.ts';

// Size budget (issue 3): everything a page downloads to show and send the form with one policy
// is at most 24 KiB gzipped. Measured on the real page: every widget file the browser fetched
// during a whole report, each gzipped (level 9) as a server would send it, summed.

const BUDGET = 24 * 1024;

/** Every widget file the page downloads, with its gzipped size. */
function watchWidgetFiles(page: Page): Map<string, Promise<number>> {
  const files = new Map<string, Promise<number>>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith('/widget/')) files.set(url.pathname, response.body().then((b) => gzipSync(b, { level: 9 }).length));
  });
  return files;
}

async function total(files: Map<string, Promise<number>>): Promise<{ bytes: number; detail: string }> {
  const sizes = await Promise.all([...files].map(async ([path, size]) => [path, await size] as const));
  return {
    bytes: sizes.reduce((sum, [, size]) => sum + size, 0),
    detail: sizes.map(([path, size]) => `${path.replace('/widget/', '')} ${size} B`).join(', '),
  };
}

test.beforeEach(async ({ request }) => {
  await resetServer(request);
});

test('a page with a preset policy downloads at most 24 KiB gzipped to show and send a report', async ({ page }, info) => {
  const files = watchWidgetFiles(page);
  await openForm(page);
  await answerAll(page);
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(heading(page)).toHaveText('Report sent');
  const { bytes, detail } = await total(files);
  info.annotations.push({ type: 'widget size', description: `${bytes} B gzipped: ${detail}` });
  expect([...files.keys()].some((path) => path.includes('plus-dane'))).toBe(true);
  expect(files.size).toBe(2);
  expect(bytes, detail).toBeLessThanOrEqual(BUDGET);
});

test('a page with a landlord’s policy JSON also downloads the policy validator, and nothing else', async ({ page }, info) => {
  // policy-src must be validated in the browser with the core's parsePolicy: its schema and zod
  // come as one more file, only on such pages (a preset page never downloads it).
  const files = watchWidgetFiles(page);
  await openForm(page, 'policy-src');
  await answerAll(page);
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(heading(page)).toHaveText('Report sent');
  const { bytes, detail } = await total(files);
  info.annotations.push({ type: 'widget size with policy-src', description: `${bytes} B gzipped: ${detail}` });
  expect([...files.keys()].sort()).toEqual(['/widget/asb-report-form-policy-src.js', '/widget/asb-report-form.js']);
});
