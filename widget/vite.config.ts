import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { finishBundle } from './bundle-finish-plugin.ts';
import { presetModules } from './preset-modules-plugin.ts';
import { separateBundle } from './separate-bundle-plugin.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const outDir = here('../dist/widget');

const rolldownOptions: NonNullable<UserConfig['build']>['rolldownOptions'] = {
  // The core has no side effects the widget relies on: unused exports (the presets, letters,
  // calendars) must not be bundled just because their modules compute constants at load.
  treeshake: { moduleSideEffects: (id: string) => (id.startsWith(here('../core/')) ? false : undefined) },
  output: {
    minify: true,
    // Licences go to THIRD-PARTY-LICENSES.txt (bundle-finish-plugin.ts), not into every download.
    comments: false,
    chunkFileNames: 'asb-report-form-[name]-[hash].js',
  },
};

/**
 * `npm run build:widget` writes dist/widget/:
 * - asb-report-form.js: one self-contained, minified ES module (Lit and the form's validation
 *   bundled) that defines `<asb-report-form>`;
 * - asb-report-form-PRESET-HASH.js: one small chunk per policy preset (the core's, and any
 *   landlord policy JSON named in ASB_POLICY_FILES, validated at build time), loaded when used;
 * - asb-report-form-policy-src.js: `policy-src` validation (the core's parsePolicy, with zod/mini),
 *   loaded only by pages that name a policy JSON;
 * - THIRD-PARTY-LICENSES.txt: the licences of what the files bundle.
 */
export default defineConfig({
  plugins: [
    // ASB_POLICY_FILES=a.json,b.json adds landlords' own policies as presets (see README).
    presetModules({ policyFiles: process.env.ASB_POLICY_FILES?.split(',').filter(Boolean) }),
    finishBundle({ packages: ['lit-html', 'lit', 'zod'] }),
    separateBundle({ entry: here('load-policy-src.ts'), fileName: 'asb-report-form-policy-src.js', outDir, rolldownOptions }),
  ],
  build: {
    outDir,
    emptyOutDir: true,
    copyPublicDir: false,
    target: 'es2022',
    cssMinify: 'lightningcss',
    lib: { entry: here('asb-report-form.ts'), formats: ['es'], fileName: () => 'asb-report-form.js' },
    rolldownOptions,
  },
});
