import type { Browser } from 'wxt/browser';
import { parseHostPattern } from './host-pattern.ts';
import type { HostSetting } from './settings-schema.ts';

/** The id of the content script registered at run time for the officer's host systems. */
export const HOST_SCRIPT_ID = 'asb-hosts';
/** The built content script (WXT writes `content-scripts/content.js`). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/** The parts of the extension API a sync uses (the background's and the options page's). */
export interface HostScriptApi {
  permissions: Pick<typeof Browser.permissions, 'contains'>;
  scripting: Pick<
    typeof Browser.scripting,
    'getRegisteredContentScripts' | 'registerContentScripts' | 'unregisterContentScripts' | 'updateContentScripts'
  >;
}

/** What a sync did. */
export interface HostScriptSync {
  /** The patterns the content script now runs on. */
  matches: string[];
  /** Host patterns left out because their origin's permission has not been granted. */
  waiting: string[];
  /** Host patterns left out because the manifest already runs the content script there (a build with ASB_HOSTS). */
  builtIn: string[];
  /** Host settings that could not be used, in plain English. */
  problems: string[];
}

/**
 * Registers the content script for every host system in settings whose origin the officer has
 * granted (optional host permissions), as one registered script, so a page matched by two hosts
 * gets it once. Hosts the manifest's own content script already covers (`manifestMatches`: the
 * build's ASB_HOSTS, or the e2e build's fixture server) are left out, so no page gets it twice. Re-registers when the list changes and unregisters it when no host is left.
 *
 * @example
 * await syncHostScripts(browser, [{ system: 'activeh', match: 'https://hms.example.org/*' }])
 * //=> { matches: ['https://hms.example.org/*'], waiting: [], builtIn: [], problems: [] }
 */
export async function syncHostScripts(
  api: HostScriptApi,
  hosts: readonly HostSetting[],
  manifestMatches: readonly string[] = [],
): Promise<HostScriptSync> {
  const matches: string[] = [];
  const waiting: string[] = [];
  const builtIn: string[] = [];
  const problems: string[] = [];
  for (const [i, host] of hosts.entries()) {
    let pattern;
    try {
      pattern = parseHostPattern(host.match, `hosts[${i}].match`);
    } catch (error) {
      problems.push((error as Error).message);
      continue;
    }
    if (manifestMatches.includes(pattern.matches) || manifestMatches.includes(pattern.origin)) {
      builtIn.push(host.match);
    } else if (await api.permissions.contains({ origins: [pattern.origin] })) {
      if (!matches.includes(pattern.matches)) matches.push(pattern.matches);
    } else {
      waiting.push(host.match);
    }
  }

  const existing = (await api.scripting.getRegisteredContentScripts({ ids: [HOST_SCRIPT_ID] }))[0];
  if (matches.length === 0) {
    if (existing) await api.scripting.unregisterContentScripts({ ids: [HOST_SCRIPT_ID] });
  } else {
    const script = {
      id: HOST_SCRIPT_ID,
      matches,
      js: [CONTENT_SCRIPT_FILE],
      runAt: 'document_end' as const,
      allFrames: true,
      persistAcrossSessions: true,
    };
    if (!existing) await api.scripting.registerContentScripts([script]);
    else if (JSON.stringify([...(existing.matches ?? [])].sort()) !== JSON.stringify([...matches].sort())) {
      await api.scripting.updateContentScripts([script]);
    }
  }
  return { matches, waiting, builtIn, problems };
}
