import { expect, test, type Page } from '@playwright/test';
import { answerAll, heading, openForm, resetServer, stored, WIDGET_BASE } from './support/widget-journey.ts';

// The widget on pages served with
//   Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'
// No inline styles, no eval: a whole report is made and sent with no violation reported.

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";

async function watchCsp(page: Page): Promise<{ violations: () => Promise<string[]>; consoleErrors: string[] }> {
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) consoleErrors.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  return {
    consoleErrors,
    violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  };
}

test.beforeEach(async ({ request }) => {
  await resetServer(request);
});

for (const [fixture, landlord] of [
  ['csp', 'Plus Dane Housing'],
  ['csp-landlord', 'Mersey Vale Housing'],
] as const) {
  test(`${fixture}: a report is made and sent under the strict policy with no violation`, async ({ page, request }) => {
    const csp = await watchCsp(page);
    const response = await page.goto(`${WIDGET_BASE}/fixtures/${fixture}.html`);
    expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
    await expect(heading(page)).toHaveText('Is anyone in immediate danger?');
    await answerAll(page);
    await page.getByRole('button', { name: 'Send report' }).click();
    await expect(heading(page)).toHaveText('Report sent');
    await expect(page.getByText(new RegExp(`tell ${landlord}`))).toBeVisible();
    expect((await stored(request)).reports).toHaveLength(1);

    // Styled by adopted style sheets: no style attribute anywhere in the widget.
    const styled = await page.locator('asb-report-form').evaluate((el) => el.shadowRoot!.querySelectorAll('[style]').length);
    expect(styled).toBe(0);
    expect(await page.locator('asb-report-form').evaluate((el) => el.shadowRoot!.adoptedStyleSheets.length)).toBe(1);
    expect(await csp.violations()).toEqual([]);
    expect(csp.consoleErrors).toEqual([]);
  });
}

test('the watcher itself sees a violation (so an empty list means something)', async ({ page }) => {
  const csp = await watchCsp(page);
  await openForm(page, 'csp');
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.setAttribute('style', 'color: red');
    document.body.append(div);
  });
  await expect.poll(() => csp.violations()).toEqual([expect.stringContaining('style-src')]);
});
