import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import type { ConfigEnv, UserManifest } from 'wxt';
import { parseHostPattern } from './extension/settings/host-pattern.ts';

/**
 * The hosts the e2e build reaches without a permission prompt: the fixture server on 127.0.0.1
 * (and localhost, any port). Production builds have no host access until the officer grants an
 * origin (optional host permissions) and the background registers the content script there.
 *
 * @example
 * E2E_HOST_PATTERNS.includes('http://127.0.0.1/*') //=> true
 */
export const E2E_HOST_PATTERNS = ['http://localhost/*', 'http://127.0.0.1/*'];

/**
 * The housing systems IT grants at build time: `ASB_HOSTS` (match patterns separated by commas or
 * spaces) becomes `host_permissions` and the content script's static `matches`, so a
 * force-installed build works on them with no officer clicking "Allow". Each pattern is checked
 * as the options page checks one; a bad one stops the build with the pattern named.
 *
 * @example
 * buildHosts('https://hms.example.org/asb/*, https://omni.example.org/*')
 * //=> { matches: ['https://hms.example.org/asb/*', 'https://omni.example.org/*'], origins: ['https://hms.example.org/*', 'https://omni.example.org/*'] }
 * buildHosts('hms.example.org') // throws 'ASB_HOSTS[0]: must look like https://hms.example.org/* ...'
 */
export function buildHosts(value: string | undefined): { matches: string[]; origins: string[] } {
  const matches: string[] = [];
  const origins: string[] = [];
  const patterns = (value ?? '').split(/[\s,]+/).filter((p) => p !== '');
  for (const [i, text] of patterns.entries()) {
    const pattern = parseHostPattern(text, `ASB_HOSTS[${i}]`);
    if (!matches.includes(pattern.matches)) matches.push(pattern.matches);
    if (!origins.includes(pattern.origin)) origins.push(pattern.origin);
  }
  return { matches, origins };
}

/**
 * The content script the background registers at run time (`scripting.registerContentScripts`).
 *
 * @example
 * browser.scripting.registerContentScripts([{ id: 'asb-hosts', matches, js: [CONTENT_SCRIPT_PATH], allFrames: true }])
 */
export const CONTENT_SCRIPT_PATH = 'content-scripts/content.js';

/** The id Firefox knows the extension by; IT's `policies.json` names it (README, "Deploying it"). */
export const GECKO_ID = 'asb-assist@asb-assist.example';

/**
 * The manifest as a function of the target: `sidePanel` is a Chrome permission (Firefox gets a
 * `sidebar_action` from the sidepanel entrypoint instead). Host access: the e2e build's fixture
 * server, and the origins of `hosts` (from `ASB_HOSTS`, see buildHosts); otherwise none until the
 * officer grants an origin.
 *
 * @example
 * manifestFor({ browser: 'firefox', mode: 'production' }).permissions
 * //=> ['storage', 'alarms', 'notifications', 'scripting']
 * manifestFor({ browser: 'chrome', mode: 'production' }, buildHosts('https://hms.example.org/asb/*')).host_permissions
 * //=> ['https://hms.example.org/*']
 */
export function manifestFor(
  { browser, mode }: Pick<ConfigEnv, 'browser' | 'mode'>,
  hosts: { origins: string[] } = { origins: [] },
): UserManifest {
  const firefox = browser === 'firefox';
  const e2e = mode === 'e2e';
  const hostPermissions = [...(e2e ? E2E_HOST_PATTERNS : []), ...hosts.origins];
  return {
    name: 'ASB Assist',
    description:
      'Triage prompts, deadline warnings, checklists and letters for anti-social behaviour cases, inside the housing management system you already use.',
    permissions: ['storage', 'alarms', 'notifications', 'scripting', ...(firefox ? [] : ['sidePanel'])],
    action: { default_title: 'ASB Assist' },
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(hostPermissions.length > 0 ? { host_permissions: hostPermissions } : {}),
    storage: { managed_schema: 'managed-schema.json' },
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    ...(firefox
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  };
}

/** The repository's core/ folder (not any package's core/, such as zod's). */
const CORE_DIR = fileURLToPath(new URL('./core/', import.meta.url));

export default defineConfig({
  srcDir: 'extension',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  publicDir: 'extension/public',
  imports: false,
  vite: () => ({
    plugins: [preact()],
    // The core has no load-time side effects any entrypoint relies on: what an entrypoint does not
    // use (presets, letters, schemas) is not bundled, even though those modules build constants
    // when they load. So every part imports the core through core/index.ts and pays only for what
    // it calls (the content script takes only the schemas and vocabularies its adapters read with:
    // the background works out what a page shows). Other packages keep their own
    // package.json sideEffects.
    build: { rolldownOptions: { treeshake: { moduleSideEffects: (id: string) => (id.startsWith(CORE_DIR) ? false : undefined) } } },
  }),
  manifest: (env) => manifestFor(env, buildHosts(process.env.ASB_HOSTS)),
  hooks: {
    // The content script is registered by the background for the origins the officer grants;
    // the e2e build (the fixture server) and a build with ASB_HOSTS also declare it in the
    // manifest for those hosts (the background then leaves them out of its own registration).
    'entrypoints:resolved': (wxt, entrypoints) => {
      const hosts = buildHosts(process.env.ASB_HOSTS);
      for (const entry of entrypoints) {
        if (entry.type !== 'content-script' || entry.name !== 'content') continue;
        const matches = [...(wxt.config.mode === 'e2e' ? E2E_HOST_PATTERNS : []), ...hosts.matches];
        if (matches.length > 0) {
          entry.options.matches = matches;
          entry.options.registration = 'manifest';
        } else {
          entry.options.matches = [];
          entry.options.registration = 'runtime';
        }
      }
    },
  },
});
