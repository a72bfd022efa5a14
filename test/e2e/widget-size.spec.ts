import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { answerAll, heading, openForm, resetServer } from './support/widget-journey.ts';

// Size budget (issue 12): every page that shows the form downloads at most 20 KiB gzipped to
// show it and send a report, whichever landlord's policy the intake serves. Measured on the real
// page: every widget file and every answer of the report endpoint (the policy view and the
// receipt) the browser fetched during a whole report, each gzipped (level 9) as a server would
// send it, summed.

const BUDGET = 20 * 1024;

/** Every widget file and endpoint answer the page downloads, with its gzipped size. */
function watchDownloads(page: Page): Map<string, Promise<number>> {
  const files = new Map<string, Promise<number>>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith('/widget/') || url.pathname.endsWith('/asb-reports')) {
      const key = `${response.request().method()} ${url.pathname}`;
      files.set(key, response.body().then((b) => gzipSync(b, { level: 9 }).length));
    }
  });
  return files;
}

async function total(files: Map<string, Promise<number>>): Promise<{ bytes: number; detail: string }> {
  const sizes = await Promise.all([...files].map(async ([path, size]) => [path, await size] as const));
  return {
    bytes: sizes.reduce((sum, [, size]) => sum + size, 0),
    detail: sizes.map(([path, size]) => `${path} ${size} B`).join(', '),
  };
}

test.beforeEach(async ({ request }) => {
  await resetServer(request);
});

for (const [fixture, endpoint] of [
  ['landlord', '/api/asb-reports'],
  ['index', '/api/plus-dane/asb-reports'],
] as const) {
  test(`${fixture}: the page downloads at most 20 KiB gzipped to show and send a report`, async ({ page }, info) => {
    const files = watchDownloads(page);
    await openForm(page, fixture);
    await answerAll(page);
    await page.getByRole('button', { name: 'Send report' }).click();
    await expect(heading(page)).toHaveText('Report sent');
    const { bytes, detail } = await total(files);
    info.annotations.push({ type: 'widget size', description: `${bytes} B gzipped: ${detail}` });
    // One script, the policy view from the endpoint, the receipt: nothing else.
    expect([...files.keys()].sort()).toEqual([`GET ${endpoint}`, 'GET /widget/asb-report-form.js', `POST ${endpoint}`]);
    expect(bytes, detail).toBeLessThanOrEqual(BUDGET);
  });
}
