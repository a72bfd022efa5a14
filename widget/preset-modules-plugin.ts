import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { parsePolicy, policies, type Policy } from '../core/index.ts';
import { toWidgetPolicy } from './widget-policy.ts';

const LOADERS = 'virtual:asb-presets';
const PRESET = 'virtual:asb-preset/';

/**
 * Vite plugin for the widget build: `virtual:asb-presets` exports `presetLoaders`, one lazy
 * `import()` per policy, and each `virtual:asb-preset/ID` is that policy reduced at build time
 * with `toWidgetPolicy`. The page then downloads a few hundred bytes of the one policy it uses.
 *
 * The policies are the core's presets plus any landlord policy JSON files named in
 * `policyFiles` (validated here with the core's `parsePolicy`: the build fails, naming the
 * file and the path at fault). A landlord built in this way uses `policy="their-id"` and stays
 * within the size budget, where `policy-src` makes every page download the policy validator.
 *
 * @example
 * defineConfig({ plugins: [presetModules({ policyFiles: ['policies/riverside.json'] })] })
 * // import { presetLoaders } from 'virtual:asb-presets'; await presetLoaders['riverside-homes']()
 */
export function presetModules(options: { policyFiles?: readonly string[] } = {}): Plugin {
  const all: Record<string, Policy> = { ...policies };
  for (const file of options.policyFiles ?? []) {
    let policy: Policy;
    try {
      policy = parsePolicy(JSON.parse(readFileSync(file, 'utf8')));
    } catch (error) {
      throw new Error(`asb-preset-modules: ${file}: ${(error as Error).message}`);
    }
    all[policy.id] = policy;
  }
  return {
    name: 'asb-preset-modules',
    resolveId(id) {
      return id === LOADERS || id.startsWith(PRESET) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === `\0${LOADERS}`) {
        const entries = Object.keys(all).map(
          (presetId) => `${JSON.stringify(presetId)}: () => import(${JSON.stringify(PRESET + presetId)}).then((m) => m.preset)`,
        );
        return `export const presetLoaders = { ${entries.join(',\n')} };`;
      }
      if (id.startsWith(`\0${PRESET}`)) {
        const presetId = id.slice(PRESET.length + 1);
        const policy = Object.hasOwn(all, presetId) ? all[presetId] : undefined;
        if (!policy) throw new Error(`asb-preset-modules: no preset "${presetId}"`);
        return `export const preset = ${JSON.stringify(toWidgetPolicy(policy))};`;
      }
      return undefined;
    },
  };
}
