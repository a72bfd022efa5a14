// npm run demo [-- --open] [--no-build] [--fresh (forget stored reports)]: builds what the demo needs, then serves it on http://127.0.0.1:4173
// (PORT to change; DEMO_DATA_DIR for where reports are kept, default demo-data/). Stops cleanly on Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDemoServer } from './server.ts';

const open = process.argv.includes('--open');
const skipBuild = process.argv.includes('--no-build');
const fresh = process.argv.includes('--fresh');
const port = Number(process.env.PORT ?? 4173);
const extensionDir = resolve('.output/chrome-mv3-e2e');
const dataDir = resolve(process.env.DEMO_DATA_DIR ?? 'demo-data');

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n"${command} ${args.join(' ')}" failed.`);
    process.exit(1);
  }
}

if (!skipBuild) {
  console.log('Building the widget and the extension (e2e build, which may run on 127.0.0.1)...');
  run('npx', ['vite', 'build', '--config', 'widget/vite.config.ts', '--logLevel', 'warn']);
  run('npx', ['wxt', 'build', '--mode', 'e2e']);
}

if (fresh) rmSync(dataDir, { recursive: true, force: true });
const demo = await startDemoServer({ port, dataDir, extensionDir });
const o = demo.origin;
console.log(`
ASB Assist demo on ${o}/

  ${o}/                              guide to every part
  ${o}/landlord/report/              a landlord's website with <asb-report-form> (strict CSP)
  ${o}/api/asb-reports               the intake handler (reports kept in ${dataDir})
  ${o}/omniledger/asb-log/index.html simulated Omniledger: create cases from website reports here
  ${o}/activeh/index.html            simulated Active H

The officer's extension is built in ${extensionDir}
Load it unpacked in Chrome or Edge (chrome://extensions, Developer mode, "Load unpacked").
Website reports reach Omniledger through the extension's inbox: in its settings ("Website reports")
enter the intake address ${o} and the staff token
  ${demo.staffToken}
(kept in ${dataDir}/staff-token.txt), open a page of Omniledger, then the side panel's "Website reports".
Press Ctrl-C to stop.`);

let browser: ReturnType<typeof spawn> | undefined;
if (open) {
  const chromium = spawnSync('bash', ['scripts/find-chromium.sh'], { encoding: 'utf8' }).stdout.trim();
  if (!process.env.DISPLAY && process.platform === 'linux') {
    console.log('\n--open: no display here. Load the extension unpacked as above, on a computer with a screen.');
  } else if (!chromium || !existsSync(chromium)) {
    console.log('\n--open: no Chromium or Chrome found (set CHROMIUM_PATH). Load the extension unpacked as above.');
  } else {
    const profile = mkdtempSync(join(tmpdir(), 'asb-assist-demo-'));
    browser = spawn(
      chromium,
      [
        `--user-data-dir=${profile}`,
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-first-run',
        '--disable-background-networking',
        `${o}/`,
        `${o}/landlord/report/`,
        `${o}/omniledger/asb-log/index.html`,
      ],
      { stdio: 'ignore' },
    );
  }
}

const stop = async () => {
  console.log('\nStopping the demo.');
  browser?.kill();
  await demo.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
