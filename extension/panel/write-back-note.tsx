import { useState } from 'preact/hooks';
import { toLondonDate } from '../../core/index.ts';
import { writeBackText, type WriteBack } from '../hosts/write-back-entry.ts';
import { usePanel } from './panel-context.ts';
import { systemName } from '../hosts/system-name.ts';

/**
 * What an officer recorded here that the housing system's log does not show yet: says so, shows
 * the standard entry (see writeBackText) and puts it into the host's log form on the case page for
 * the officer to save with the host's own button (ASB Assist never saves it). Where the page has
 * no log form it says so, and the text stays shown to copy.
 *
 * @example
 * <WriteBackNote entry={{ type: 'complainant-contacted', at: '2026-12-03T10:00:00Z', what: 'Contact the complainant' }} />
 * //=> 'Not yet in Active H.' [Put in the Active H log form] '[ASB Assist] Contact the complainant. Done 03/12/2026 by Sam Patel. (asb:complainant-contacted)'
 */
export function WriteBackNote({ entry }: { entry: Omit<WriteBack, 'on' | 'by'> & { at: string } }) {
  const shared = usePanel();
  const { caseState } = shared;
  const [said, setSaid] = useState<string | null>(null);
  const summary = caseState.summary.value;
  if (!summary) return null;
  const system = systemName(summary.tracked.system, { url: summary.tracked.host.url, rules: shared.settings.value?.settings.hosts });
  const { at, ...rest } = entry;
  const text = writeBackText({ ...rest, on: toLondonDate(at, 'at'), by: shared.settings.value?.settings.officerName ?? '' });

  async function put() {
    const tabId = shared.tab.value.tabId;
    if (tabId === null || !caseState.inTab.value) {
      setSaid(`Open the case in ${system} in this window, or copy the entry below into its log.`);
      return;
    }
    const result = await shared.service.insertNote(tabId, text, entry.type).catch((error: Error) => ({ inserted: false, reason: error.message }));
    setSaid(
      result.inserted
        ? `Entry put in the ${system} log form. Check it and save it there.`
        : `The case page has no log form ASB Assist can fill (${result.reason ?? 'it did not take the entry'}): copy the entry below into ${system}.`,
    );
  }

  return (
    <div class="write-back" data-testid="write-back">
      <p class="write-back-state">Not yet in {system}.</p>
      <button type="button" class="button-secondary" onClick={() => void put()}>
        Put in the {system} log form
      </button>
      <p class="write-back-text" data-testid="write-back-text">
        {text}
      </p>
      {said ? (
        <p role="status" class="hint">
          {said}
        </p>
      ) : null}
    </div>
  );
}
