import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../../playwright.config.ts';

/** The e2e build of the extension: host access to localhost and 127.0.0.1, both adapters on. */
export const E2E_EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  userDataDir: string;
  close(): Promise<void>;
}

/**
 * Starts headless Chromium with the built extension loaded unpacked, and waits for its MV3
 * service worker. `extraArgs` (e.g. `--remote-debugging-port=0`) are added to the launch.
 */
export async function launchExtension(
  options: { dir?: string; extraArgs?: string[] } = {},
): Promise<LaunchedExtension> {
  const dir = options.dir ?? E2E_EXTENSION_DIR;
  const userDataDir = mkdtempSync(join(tmpdir(), 'asb-assist-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/lib/chromium/chromium',
    headless: true,
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    userDataDir,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
