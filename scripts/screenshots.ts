// Regenerates the README's screenshots from the real built artefacts, with Playwright:
//   npm run build && node scripts/screenshots.ts
// Writes test/screenshots/*.png. Runs the demo server on a spare port (SCREENSHOTS_PORT, default
// 4340) with a fresh data folder.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { launchExtension } from '../test/e2e/support/launch-extension.ts';
import { answerAll, answers, heading, pressContinue } from '../test/e2e/support/widget-journey.ts';
import { startDemoServer } from './demo/server.ts';

const OUT = 'test/screenshots';
mkdirSync(OUT, { recursive: true });
const demo = await startDemoServer({ port: Number(process.env.SCREENSHOTS_PORT ?? 4340), dataDir: mkdtempSync(join(tmpdir(), 'asb-shots-')), extensionDir: '.output/chrome-mv3-e2e' });
const ext = await launchExtension();
const shot = (page: import('@playwright/test').Page, name: string, fullPage = false) => page.screenshot({ path: `${OUT}/${name}.png`, fullPage });

try {
  // The tenant's journey on the landlord's website.
  const tenant = await ext.context.newPage();
  await tenant.setViewportSize({ width: 900, height: 900 });
  await tenant.goto(`${demo.origin}/landlord/report/`);
  await expect(heading(tenant, 2)).toHaveText('Is anyone in immediate danger?');
  await shot(tenant, 'widget-1-safety');
  await pressContinue(tenant);
  await expect(tenant.locator('asb-report-form').getByText('There is a problem')).toBeVisible();
  await shot(tenant, 'widget-2-error');
  await tenant.reload();
  await answerAll(
    tenant,
    answers,
    async (title) => {
      if (title === 'What is happening?') await shot(tenant, 'widget-3-behaviours');
    },
    2,
  );
  await shot(tenant, 'widget-4-check-answers', true);
  await tenant.getByRole('button', { name: 'Send report' }).click();
  await expect(tenant.locator('asb-report-form')).toContainText(/ASB-\d{4}-\d{6}/);
  await shot(tenant, 'widget-5-confirmation', true);

  // The officer's housing system with the extension.
  const officer = await ext.context.newPage();
  await officer.setViewportSize({ width: 1280, height: 760 });
  await officer.goto(`${demo.origin}/activeh/asb/case/ASB-2026-10412.html`);
  await expect(officer.locator('asb-assist-banner')).toContainText('Check the category', { timeout: 15_000 });
  await shot(officer, 'extension-mismatch-prompt');
  await officer.goto(`${demo.origin}/omniledger/asb-log/index.html`);
  await officer.locator('asb-assist-badge').first().waitFor({ timeout: 15_000 });
  await shot(officer, 'extension-case-list-badges');

  // The side panel, as an extension page at side-panel width.
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 420, height: 1100 });
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?case=${encodeURIComponent('activeh:ASB/2026/10412')}`);
  await panel.getByRole('heading', { name: 'Triage' }).waitFor();
  await shot(panel, 'side-panel-case');
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?view=dashboard`);
  await panel.locator('[data-testid="dashboard-rows"] li').first().waitFor();
  await shot(panel, 'side-panel-dashboard');
  console.log(`Wrote screenshots to ${OUT}/`);
} finally {
  await ext.close();
  await demo.close();
}
