import { describe, expect, it, vi } from 'vitest';
import type { HostSetting } from './settings-schema.ts';
import { manifestContentMatches } from './manifest-content-matches.ts';
import { HOST_SCRIPT_ID, syncHostScripts } from './sync-host-scripts.ts';

/** WXT's fake browser does not implement scripting or permissions: a small stand-in. */
function fakeApi(granted: string[], registered: { id: string; matches: string[] }[] = []) {
  const scripts = [...registered];
  const scripting = {
    getRegisteredContentScripts: vi.fn(async (filter?: { ids?: string[] }) => scripts.filter((s) => !filter?.ids || filter.ids.includes(s.id))),
    registerContentScripts: vi.fn(async (list: { id: string; matches?: string[] }[]) => {
      for (const s of list) scripts.push({ id: s.id, matches: s.matches ?? [] });
    }),
    updateContentScripts: vi.fn(async (list: { id: string; matches?: string[] }[]) => {
      for (const s of list) Object.assign(scripts.find((x) => x.id === s.id)!, { matches: s.matches });
    }),
    unregisterContentScripts: vi.fn(async (filter?: { ids?: string[] }) => {
      for (const id of filter?.ids ?? []) scripts.splice(scripts.findIndex((s) => s.id === id), 1);
    }),
  };
  const permissions = { contains: vi.fn(async ({ origins }: { origins?: string[] }) => (origins ?? []).every((o) => granted.includes(o))) };
  return { api: { scripting, permissions } as never, scripts, scripting };
}

const host = (match: string, _label = ''): HostSetting => ({ system: 'activeh', match });

describe('syncHostScripts', () => {
  it('registers the content script for granted hosts only, once', async () => {
    const { api, scripts } = fakeApi(['https://hms.example.org/*']);
    const result = await syncHostScripts(api, [
      host('https://hms.example.org/asb/*'),
      host('https://hms.example.org/asb/*', 'again'),
      host('https://other.example.net/*'),
    ]);
    expect(result).toEqual({ matches: ['https://hms.example.org/asb/*'], waiting: ['https://other.example.net/*'], builtIn: [], problems: [] });
    expect(scripts).toEqual([{ id: HOST_SCRIPT_ID, matches: ['https://hms.example.org/asb/*'] }]);
  });

  it('updates the registration when hosts change and removes it when none is left', async () => {
    const { api, scripts, scripting } = fakeApi(['https://a.example.org/*', 'https://b.example.org/*'], [
      { id: HOST_SCRIPT_ID, matches: ['https://a.example.org/*'] },
    ]);
    await syncHostScripts(api, [host('https://a.example.org/*'), host('https://b.example.org/*')]);
    expect(scripting.updateContentScripts).toHaveBeenCalledOnce();
    expect(scripts[0]?.matches).toEqual(['https://a.example.org/*', 'https://b.example.org/*']);

    await syncHostScripts(api, []);
    expect(scripts).toEqual([]);
  });

  it('reports a host whose pattern cannot be used, naming it', async () => {
    const { api } = fakeApi([]);
    expect((await syncHostScripts(api, [host('https://ok.example.org/*'), host('not a pattern')])).problems).toEqual([
      'hosts[1].match: must look like https://hms.example.org/* (http or https, the host, then a path)',
    ]);
  });

  it('leaves out hosts the manifest already covers (a build with ASB_HOSTS), so no page gets the script twice', async () => {
    const { api, scripts } = fakeApi(['https://hms.example.org/*', 'https://omni.example.net/*']);
    const manifest = { content_scripts: [{ matches: ['https://hms.example.org/*'], js: ['content-scripts/content.js'] }] };
    const result = await syncHostScripts(
      api,
      [host('https://hms.example.org/asb/*'), host('https://omni.example.net/cases/*')],
      manifestContentMatches(manifest),
    );
    expect(result).toEqual({
      matches: ['https://omni.example.net/cases/*'],
      waiting: [],
      builtIn: ['https://hms.example.org/asb/*'],
      problems: [],
    });
    expect(scripts).toEqual([{ id: HOST_SCRIPT_ID, matches: ['https://omni.example.net/cases/*'] }]);
  });
});
