import { expect, type Page } from '@playwright/test';
import type { LaunchedExtension } from './launch-extension.ts';

/** The side panel's dashboard ("All cases") in a page of its own, its clock fixed at 09:30 on `day` (London, GMT in winter). */
export async function openDashboard(ext: LaunchedExtension, day: string): Promise<Page> {
  const panel = await ext.context.newPage();
  await panel.clock.setFixedTime(new Date(`${day}T09:30:00Z`));
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?view=dashboard`);
  await expect(panel.getByRole('heading', { level: 1, name: 'All cases' })).toBeVisible();
  return panel;
}

/** The dashboard's rows. */
export const dashboardRows = (panel: Page) => panel.getByTestId('dashboard-rows').locator(':scope > li');

/** One row's text, as one line: "Case ASB/2026/00412 Due today Level 1 High Risk · J. Okafor Contact the complainant: due today". */
export async function dashboardRowText(panel: Page, reference: string): Promise<string> {
  const row = dashboardRows(panel).filter({ has: panel.getByRole('button', { name: `Case ${reference}`, exact: true }) });
  return (await row.innerText()).replace(/\s+/g, ' ').trim();
}
