import { toLondonDate, type Policy } from '../../core/index.ts';
import { assessCase } from '../cases/assess-case.ts';
import { trackedVocabulary } from '../cases/assess-tracked-case.ts';
import type { TrackedCase } from '../cases/tracked-case.ts';
import { caseKey } from '../hosts/case-key.ts';
import type { HostCase } from '../hosts/host-case.ts';
import type { HostVocabulary } from '../hosts/host-vocabulary.ts';
import type { CaseRepository } from './case-repository.ts';

/**
 * Stores a case read from the housing system (a case page the content script read, or a row the
 * side panel's team fill read) with its assessment's level and flags (assessCase with the
 * vocabulary the page had, else the one stored with the case or its built-in system's, and what
 * this browser recorded), as of `now`. The one way a seen case is stored: the background's
 * case-seen and the dashboard's team fill store the same. `host` must already be validated.
 *
 * @example
 * await saveSeenCase(cases, host, policies.model, { now: '2026-12-21T10:00:00Z' })
 * //=> the TrackedCase stored, its snapshot { level: 'high', flags: ['hate-incident'] }
 */
export async function saveSeenCase(
  cases: CaseRepository,
  host: HostCase,
  policy: Policy,
  options: { vocabulary?: HostVocabulary | undefined; now: string },
): Promise<TrackedCase> {
  const key = caseKey(host.system, host.reference);
  const before = await cases.get(key);
  const seen = withClosingDate(host, before, toLondonDate(options.now, 'now'));
  const words = options.vocabulary ?? trackedVocabulary({ system: seen.system, vocabulary: before?.vocabulary });
  const today = toLondonDate(options.now, 'today');
  const assessed = assessCase(seen, words, policy, before ? { ...(await cases.facts(key)), incidentDates: before.incidentDates } : null, today, { inPage: true });
  // A read without a mapping (the team fill) keeps the one stored with the case.
  return cases.saveSeen(seen, { level: assessed.level, flags: assessed.flags }, options.vocabulary ?? before?.vocabulary);
}

/**
 * The host case with `closedAt` set when the page shows it closed without saying since when: the
 * date of its log's latest closing entry, else the date stored when it was first read closed,
 * else `today`.
 */
function withClosingDate(host: HostCase, before: TrackedCase | undefined, today: string): HostCase {
  if (!host.closed || host.closedAt) return host;
  const logged = host.logEntries.filter((e) => e.event === 'case-closed').map((e) => e.at.slice(0, 10)).sort().at(-1);
  const since = logged ?? (before?.host.closed && before.host.closedAt ? before.host.closedAt : today);
  return { ...host, closedAt: since };
}
