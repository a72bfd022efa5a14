import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { E2E_PORTS } from './test/e2e-ports.ts';

/**
 * End-to-end tests in real Chromium. CHROMIUM_PATH points at the browser (scripts/find-chromium.sh
 * finds Debian's chromium, or any Chromium or Chrome you name). Each test server is started only
 * when its file exists, so a part of the suite can be run on its own.
 */
const executablePath = process.env.CHROMIUM_PATH || '/usr/lib/chromium/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-quic',
];

const servers: { file: string; port: number; args: string; env: Record<string, string> }[] = [
  { file: 'test/serve-fixtures.ts', port: E2E_PORTS.fixtures, args: '', env: {} as Record<string, string> },
  { file: 'test/serve-widget.ts', port: E2E_PORTS.widget, args: '', env: {} },
  // The demo, as `npm run demo` serves it (built by `npm run build` first), with its own data folder.
  { file: 'scripts/demo/main.ts', port: E2E_PORTS.demo, args: '--no-build --fresh', env: { DEMO_DATA_DIR: '.test-reports/demo-data' } },
].filter((s) => existsSync(s.file));

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: servers.map((s) => ({
    command: `node ${s.file} ${s.args}`.trim(),
    url: `http://127.0.0.1:${s.port}/healthz`,
    reuseExistingServer: !process.env.CI,
    env: { PORT: String(s.port), ...s.env },
    timeout: 20_000,
  })),
});
