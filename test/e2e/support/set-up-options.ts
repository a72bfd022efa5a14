import { expect } from '@playwright/test';
import type { LaunchedExtension } from './launch-extension.ts';

/** What an officer sets in the options page before a test: each part optional. */
export interface OptionsSetUp {
  /** The policy's radio button, by its accessible name ("Plus Dane Housing ..."). */
  policy?: RegExp;
  /** "Your name". */
  officerName?: string;
  /** A housing system mapped as a generic host: its address pattern and selector mapping. */
  genericHost?: { match: string; config: unknown };
}

/**
 * Sets the options as an officer would, through the options page itself (its own fields and
 * buttons), and waits for each to be confirmed: settings saved, system added.
 */
export async function setUpOptions(ext: LaunchedExtension, setUp: OptionsSetUp): Promise<void> {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  if (setUp.policy || setUp.officerName !== undefined) {
    if (setUp.policy) await options.getByRole('radio', { name: setUp.policy }).check();
    if (setUp.officerName !== undefined) await options.getByLabel('Your name', { exact: true }).fill(setUp.officerName);
    await options.getByRole('button', { name: 'Save settings' }).click();
    await expect(options.getByTestId('options-status')).toHaveText('Settings saved.');
  }
  if (setUp.genericHost) {
    await options.locator('#host-system').selectOption('generic');
    await options.locator('#host-match').fill(setUp.genericHost.match);
    await options.locator('#host-generic').fill(JSON.stringify(setUp.genericHost.config));
    await options.getByRole('button', { name: 'Add system and give access' }).click();
    await expect(options.getByText(`Added ${setUp.genericHost.match}`)).toBeVisible();
  }
  await options.close();
}
