import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { finishBundle } from './bundle-finish-plugin.ts';

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
  },
};

/**
 * `npm run build:widget` writes dist/widget/:
 * - asb-report-form.js: one self-contained, minified ES module (Lit, zod/mini and the form's
 *   validation bundled) that defines `<asb-report-form>`. No policy is built in: the form reads
 *   the landlord's policy view from its endpoint (GET), as the intake serves it;
 * - THIRD-PARTY-LICENSES.txt: the licences of what the file bundles.
 */
export default defineConfig({
  plugins: [
    finishBundle({ packages: ['lit-html', 'lit'] }),
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
