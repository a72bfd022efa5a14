import { build, type Plugin, type UserConfig } from 'vite';

/**
 * Vite plugin for the widget build: after the main bundle is written, builds `entry` as a
 * separate, self-contained ES module `fileName` in the same folder, which the main bundle
 * imports by URL only when it needs it. Used for `policy-src` validation: the policy schema and
 * zod stay out of the bundle every other page downloads.
 *
 * @example
 * separateBundle({ entry: 'widget/load-policy-src.ts', fileName: 'asb-report-form-policy-src.js', outDir, output })
 */
export function separateBundle(options: {
  entry: string;
  fileName: string;
  outDir: string;
  rolldownOptions: NonNullable<UserConfig['build']>['rolldownOptions'];
}): Plugin {
  return {
    name: 'asb-separate-bundle',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir: options.outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          target: 'es2022',
          lib: { entry: options.entry, formats: ['es'], fileName: () => options.fileName },
          rolldownOptions: options.rolldownOptions,
        },
      });
    },
  };
}
