import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const NODE_MODULES = fileURLToPath(new URL('../node_modules', import.meta.url));

/**
 * Vite plugin for the widget build, after minification:
 * - collapses the line breaks and indentation left inside lit-html templates (raw newlines only
 *   occur inside template literals in minified code, and HTML collapses white space anyway);
 * - writes THIRD-PARTY-LICENSES.txt beside the bundle with the licences of the bundled packages
 *   (`packages`), instead of repeating licence comments in the bytes every page downloads.
 *
 * @example
 * defineConfig({ plugins: [finishBundle({ packages: ['lit-html', 'zod'] })] })
 */
export function finishBundle(options: { packages: string[] }): Plugin {
  return {
    name: 'asb-finish-bundle',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') file.code = file.code.replace(/\n\s*/g, ' ');
      }
      const text = options.packages
        .map((name) => {
          const folder = join(NODE_MODULES, name);
          const { version } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string };
          return `${name} ${version}\n\n${readFileSync(join(folder, 'LICENSE'), 'utf8').trim()}\n`;
        })
        .join(`\n${'-'.repeat(72)}\n\n`);
      this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-LICENSES.txt', source: `Bundled in the widget's files:\n\n${text}` });
    },
  };
}
