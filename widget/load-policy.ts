import { presetLoaders } from 'virtual:asb-presets';
import type { WidgetPolicy } from './widget-policy.ts';

/** Built beside the main bundle by the widget's Vite config (separate-bundle-plugin.ts). */
const POLICY_SRC_BUNDLE = './asb-report-form-policy-src.js';

/**
 * The policy the form shows: the landlord's JSON at `policySrc` when given (validated with the
 * core's `parsePolicy`, in a bundle of its own loaded only then), else the preset `presetId`
 * (`'model'` by default; each preset is a small chunk loaded when used). Throws an `Error`
 * saying why when neither can be used.
 *
 * @example
 * (await loadPolicy('plus-dane', null)).landlord //=> 'Plus Dane Housing'
 */
export async function loadPolicy(presetId: string | null | undefined, policySrc: string | null | undefined): Promise<WidgetPolicy> {
  if (policySrc) {
    const bundle = new URL(POLICY_SRC_BUNDLE, import.meta.url).href;
    const { loadPolicySrc } = (await import(/* @vite-ignore */ bundle)) as typeof import('./load-policy-src.ts');
    return loadPolicySrc(policySrc);
  }
  const id = presetId || 'model';
  const load = Object.hasOwn(presetLoaders, id) ? presetLoaders[id] : undefined;
  if (!load) {
    throw new Error(`policy: unknown preset "${id}"; use one of ${Object.keys(presetLoaders).join(', ')}, or give policy-src`);
  }
  return load();
}
