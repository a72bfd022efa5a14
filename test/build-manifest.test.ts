import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'wxt';
import { afterAll, describe, expect, it } from 'vitest';
import { buildHosts, GECKO_ID, manifestFor } from '../wxt.config.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('hosts granted at build time (ASB_HOSTS)', () => {
  it('reads patterns separated by commas or spaces, each checked and named when wrong', () => {
    expect(buildHosts('https://hms.example.org/asb/*,  http://omni.example.net:8080/cases/*\nhttps://hms.example.org/asb/*')).toEqual({
      matches: ['https://hms.example.org/asb/*', 'http://omni.example.net/cases/*'],
      origins: ['https://hms.example.org/*', 'http://omni.example.net/*'],
    });
    expect(buildHosts(undefined)).toEqual({ matches: [], origins: [] });
    expect(() => buildHosts('https://hms.example.org/*, hms.example.org')).toThrow(
      'ASB_HOSTS[1]: must look like https://hms.example.org/* (http or https, the host, then a path)',
    );
    expect(() => buildHosts('https://*/*')).toThrow('ASB_HOSTS[0]: must name one host, not every site');
  });

  it('grants no host in a plain production build, only optional ones', () => {
    const manifest = manifestFor({ browser: 'chrome', mode: 'production' });
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  it("gives Firefox the id README's policies.json uses", () => {
    const manifest = manifestFor({ browser: 'firefox', mode: 'production' }) as { browser_specific_settings?: { gecko?: { id?: string } } };
    expect(manifest.browser_specific_settings?.gecko?.id).toBe('asb-assist@asb-assist.example');
    expect(GECKO_ID).toBe('asb-assist@asb-assist.example');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const firefoxPolicy = readme.slice(readme.indexOf('Firefox: `policies.json`'));
    const ids = [...firefoxPolicy.matchAll(/"(asb-assist@[^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids)).toEqual(new Set(['asb-assist@asb-assist.example']));
  });
});

describe('the built manifest with ASB_HOSTS', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'asb-manifest-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('has the hosts as host_permissions and runs the content script there, in every frame', async () => {
    const before = process.env.ASB_HOSTS;
    process.env.ASB_HOSTS = 'https://hms.example.org/asb/*, https://omni.example.net/*';
    try {
      await build({ root: ROOT, browser: 'chrome', mode: 'production', outDir });
    } finally {
      if (before === undefined) delete process.env.ASB_HOSTS;
      else process.env.ASB_HOSTS = before;
    }
    const manifest = JSON.parse(readFileSync(join(outDir, 'chrome-mv3', 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions).toEqual(['https://hms.example.org/*', 'https://omni.example.net/*']);
    expect(manifest.content_scripts).toEqual([
      expect.objectContaining({ matches: ['https://hms.example.org/asb/*', 'https://omni.example.net/*'], js: ['content-scripts/content.js'], all_frames: true }),
    ]);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  }, 120_000);
});
