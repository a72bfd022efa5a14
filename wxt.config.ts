import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import type { ConfigEnv, UserManifest } from 'wxt';

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
 * The content script the background registers at run time (`scripting.registerContentScripts`).
 *
 * @example
 * browser.scripting.registerContentScripts([{ id: 'asb-hosts', matches, js: [CONTENT_SCRIPT_PATH], allFrames: true }])
 */
export const CONTENT_SCRIPT_PATH = 'content-scripts/content.js';

/**
 * The manifest as a function of the target: `sidePanel` is a Chrome permission (Firefox gets a
 * `sidebar_action` from the sidepanel entrypoint instead), and only the e2e build has host access.
 *
 * @example
 * manifestFor({ browser: 'firefox', mode: 'production' }).permissions
 * //=> ['storage', 'alarms', 'notifications', 'scripting']
 */
export function manifestFor({ browser, mode }: Pick<ConfigEnv, 'browser' | 'mode'>): UserManifest {
  const firefox = browser === 'firefox';
  const e2e = mode === 'e2e';
  return {
    name: 'ASB Assist',
    description:
      'Triage prompts, deadline warnings, checklists and letters for anti-social behaviour cases, inside the housing management system you already use.',
    permissions: ['storage', 'alarms', 'notifications', 'scripting', ...(firefox ? [] : ['sidePanel'])],
    action: { default_title: 'ASB Assist' },
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(e2e ? { host_permissions: [...E2E_HOST_PATTERNS] } : {}),
    storage: { managed_schema: 'managed-schema.json' },
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    ...(firefox
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'asb-assist@asb-assist.example',
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
    // it calls (the content script: 176 KB rather than 208 KB, its fallback presets loaded only when used). Other packages keep their own
    // package.json sideEffects.
    build: { rolldownOptions: { treeshake: { moduleSideEffects: (id: string) => (id.startsWith(CORE_DIR) ? false : undefined) } } },
  }),
  manifest: (env) => manifestFor(env),
  hooks: {
    // The content script is registered by the background for the origins the officer grants;
    // the e2e build registers it statically for the fixture server instead.
    'entrypoints:resolved': (wxt, entrypoints) => {
      for (const entry of entrypoints) {
        if (entry.type !== 'content-script' || entry.name !== 'content') continue;
        if (wxt.config.mode === 'e2e') {
          entry.options.matches = [...E2E_HOST_PATTERNS];
          entry.options.registration = 'manifest';
        } else {
          entry.options.matches = [];
          entry.options.registration = 'runtime';
        }
      }
    },
  },
});
