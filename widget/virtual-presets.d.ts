/** Built by preset-modules-plugin.ts: one lazily imported chunk per preset, reduced for the widget. */
declare module 'virtual:asb-presets' {
  export const presetLoaders: Record<string, () => Promise<import('./widget-policy.ts').WidgetPolicy>>;
}
