import { describe, expect, it } from 'vitest';
import { policies } from '../core/index.ts';
import { presetModules } from './preset-modules-plugin.ts';
import { toWidgetPolicy } from './widget-policy.ts';

const plugin = presetModules() as unknown as {
  resolveId(id: string): string | undefined;
  load(id: string): string | undefined;
};

describe('presetModules', () => {
  it('offers one lazily imported module per core preset', () => {
    const id = plugin.resolveId('virtual:asb-presets')!;
    const code = plugin.load(id)!;
    for (const preset of Object.keys(policies)) expect(code).toContain(`import("virtual:asb-preset/${preset}")`);
  });

  it('builds each preset module from the reduced policy', () => {
    const code = plugin.load(plugin.resolveId('virtual:asb-preset/plus-dane')!)!;
    expect(JSON.parse(code.replace(/^export const preset = /, '').replace(/;$/, ''))).toEqual(toWidgetPolicy(policies['plus-dane']!));
    expect(() => plugin.load(plugin.resolveId('virtual:asb-preset/nobody')!)).toThrow('no preset "nobody"');
    expect(plugin.resolveId('./something-else.ts')).toBeUndefined();
  });
});

describe('presetModules with a landlord’s policy files', () => {
  it('validates each file with the core and offers it as a preset', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'asb-presets-'));
    try {
      const good = join(dir, 'riverside.json');
      await writeFile(good, JSON.stringify({ ...policies.model, id: 'riverside-homes', landlord: 'Riverside Homes' }));
      const withFile = presetModules({ policyFiles: [good] }) as unknown as typeof plugin;
      expect(withFile.load(withFile.resolveId('virtual:asb-presets')!)).toContain('virtual:asb-preset/riverside-homes');
      expect(withFile.load(withFile.resolveId('virtual:asb-preset/riverside-homes')!)).toContain('"landlord":"Riverside Homes"');

      const bad = join(dir, 'bad.json');
      await writeFile(bad, JSON.stringify({ ...policies.model, region: 'wales' }));
      expect(() => presetModules({ policyFiles: [bad] })).toThrow(new RegExp(`${bad.replace(/[.\\/]/g, '\\$&')}: region: `));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
