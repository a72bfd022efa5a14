import { toLondonDate } from '../../core/index.ts';
import { summaryOn } from '../cases/stored-summary.ts';
import type { StoredSummary, SummaryOnDay } from '../cases/stored-summary.ts';
import { resolvePolicy } from '../settings/resolve-policy.ts';
import type { SettingsRepository } from '../storage/settings-repository.ts';
import type { CaseRepository } from '../storage/case-repository.ts';
import type { AsbDb } from '../storage/db.ts';
import { createSummaryStore } from '../storage/summary-store.ts';
import type { BackgroundApi } from './background-api.ts';

/** What a sweep did. */
export interface SweepResult {
  /** Open cases with at least one overdue deadline (the badge shows this). */
  overdue: number;
  /** Keys of the cases notified now. */
  notified: string[];
  /** Keys of closed cases deleted after the retention period. */
  purged: string[];
}

/** A case to notify: its stored row as it stands today. */
type Notice = Omit<StoredSummary, 'next'> & SummaryOnDay;

/** The prefix of notification ids: `asb:<case key>`. */
export const NOTICE_PREFIX = 'asb:';

export interface SweepDeps {
  api: Pick<BackgroundApi, 'action' | 'notifications'>;
  db: AsbDb;
  cases: CaseRepository;
  settings: SettingsRepository;
  now: () => Date;
}

/** Past this many cases in one sweep, one summary notification replaces one per case. */
export const MAX_CASE_NOTICES = 3;
/** The id of the summary notification; clicking it opens the dashboard. */
export const SUMMARY_NOTICE_ID = 'asb-assist-summary';

/**
 * Brings every tracked case's stored summary up to date (those computed for an earlier day or
 * another policy, or marked stale by a write: deadlines turn overdue as days pass) and reads
 * the rest from the summaries' indexes: deletes closed cases past the retention period,
 * sets the toolbar badge to the number of open cases with an overdue deadline, and, when
 * notifications are on, shows one notification per case per day for deadlines due today or
 * overdue (a case already notified today is not notified again); when more than
 * {@link MAX_CASE_NOTICES} cases need one, a single summary notification instead.
 *
 * @example
 * await sweepDeadlines({ api: browser, db, cases, settings, now: () => new Date() })
 * //=> { overdue: 2, notified: ['activeh:ASB-1001'], purged: [] }
 */
export async function sweepDeadlines({ api, db, cases, settings, now }: SweepDeps): Promise<SweepResult> {
  const today = toLondonDate(now().toISOString(), 'today');
  const { settings: current } = await settings.load();
  const purged = await cases.purgeClosed(today, current.retentionDays);
  const { policy } = resolvePolicy(current);
  const summaries = createSummaryStore(db);
  await summaries.refresh(policy, today, { reconcile: true });

  const overdue = await summaries.countOverdue(today);
  await api.action.setBadgeText({ text: overdue > 0 ? String(overdue) : '' });
  if (overdue > 0) await api.action.setBadgeBackgroundColor({ color: '#a4001d' });

  const notified: string[] = [];
  if (current.notificationsOn) {
    const attention = await summaries.needingAttention(today);
    const shown = await db.notices.bulkGet(attention.map((s) => `${s.key}|${today}`));
    const due: Notice[] = attention.filter((_, i) => shown[i] === undefined).map((row) => ({ ...row, ...summaryOn(row, today) }));
    await db.notices.bulkPut(due.map((s) => ({ id: `${s.key}|${today}`, caseKey: s.key, day: today })));
    notified.push(...due.map((s) => s.key));
    if (due.length > MAX_CASE_NOTICES) {
      // Never a flood: past a few cases, one notification says how many need attention.
      const late = due.filter((s) => s.overdueCount > 0).length;
      await api.notifications.create(SUMMARY_NOTICE_ID, {
        type: 'basic',
        iconUrl: '/icon/128.png',
        title: `${due.length} ASB cases need attention`,
        message: `${late} with an overdue deadline, ${due.length - late} with a deadline due today. Open ASB Assist to see them.`,
        priority: late > 0 ? 2 : 1,
      });
    } else {
      for (const summary of due) {
        await api.notifications.create(`${NOTICE_PREFIX}${summary.key}`, {
          type: 'basic',
          iconUrl: '/icon/128.png',
          title: noticeTitle(summary),
          message: summary.alerts.join('\n'),
          priority: summary.overdueCount > 0 ? 2 : 1,
        });
      }
    }
  }
  // Notices older than a week are no longer needed to prevent repeats.
  await db.notices.where('day').below(daysBefore(today, 7)).delete();
  return { overdue, notified, purged };
}

function noticeTitle(summary: Notice): string {
  const reference = summary.reference;
  if (summary.overdueCount > 0) {
    const n = summary.overdueCount;
    return `Case ${reference}: ${n} deadline${n === 1 ? '' : 's'} overdue`;
  }
  const n = summary.dueTodayCount;
  return `Case ${reference}: ${n} deadline${n === 1 ? '' : 's'} due today`;
}

function daysBefore(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}
