import { Dexie } from 'dexie';
import type { Collection, InsertType } from 'dexie';
import type { Policy, Region, RiskLevel } from '../../core/index.ts';
import { openRankRange, soonBefore, storedSummariesOf, summaryStamp } from '../cases/stored-summary.ts';
import type { StoredSummary } from '../cases/stored-summary.ts';
import { summaryBasis } from '../cases/summary-basis.ts';
import type { AsbDb } from './db.ts';

/** How the dashboard filters cases: by level ('none': outside the ASB policy), officer ('' for none named) and due date. */
export interface SummaryFilter {
  level: RiskLevel | 'none' | 'all';
  officer: string | 'all';
  /** 'soon': only open cases whose next deadline is overdue or due within 5 working days (see soonBefore). */
  due: 'all' | 'soon';
}

/** The day a filter is read on: "due soon" depends on it, and on the region's bank holidays. */
export interface SummaryDay {
  today: string;
  region: Region;
}

/** What the dashboard counts (read after its rows: counting walks an index in Chromium). */
export interface SummaryCounts {
  /** How many cases pass the filter. */
  matching: number;
  /** How many cases there are. */
  total: number;
  /** Officers named on tracked cases, sorted ('' for cases with none). */
  officers: string[];
  /** Cases whose deadlines are not worked out (stored where no policy was at hand): they are being worked out. */
  stale: number;
}

/** Reads and refreshes the stored case summaries (see StoredSummary). */
export interface SummaryStore {
  /**
   * The first `limit` rows passing the filter on `day`, in the dashboard's order. With no filter
   * or one, reads just those rows from an index; with several, the keys of each filter's index range.
   */
  rows(filter: SummaryFilter, limit: number, day: SummaryDay): Promise<StoredSummary[]>;
  /** The counts the dashboard shows beside its rows. */
  counts(filter: SummaryFilter, day: SummaryDay): Promise<SummaryCounts>;
  /**
   * Recomputes every row not stamped for `today` and this policy. Works in chunks, each its own
   * transaction, so a page stays responsive. With `reconcile`, also adds rows missing for a case
   * and drops rows whose case is gone (this counts both tables: the background does it, not the
   * side panel). Returns how many rows it recomputed or dropped.
   */
  refresh(policy: Policy, today: string, options?: { reconcile?: boolean }): Promise<number>;
  /** Open cases whose next deadline is overdue on `today` (the badge). */
  countOverdue(today: string): Promise<number>;
  /** Open cases with a deadline overdue or due on `today`, by key. */
  needingAttention(today: string): Promise<StoredSummary[]>;
  /** The NM01 facts of every case received on or before `to` (see StoredSummary). */
  openedThrough(to: string): Promise<Pick<StoredSummary, 'key' | 'opened' | 'closed' | 'party' | 'asb' | 'hate'>[]>;
}

/** Cases recomputed per transaction by `refresh` (about 60 ms of work on a slow machine). */
const CHUNK = 250;

/**
 * The summary store over the extension's database.
 *
 * @example
 * const store = createSummaryStore(openDb());
 * const day = { today: '2027-01-20', region: 'england-and-wales' };
 * (await store.rows({ level: 'all', officer: 'all', due: 'soon' }, 50, day)).map((r) => summaryOn(r, day.today).stateLabel)
 * //=> ['Overdue', 'Overdue', 'Due today', …] (at most 50)
 */
export function createSummaryStore(db: AsbDb): SummaryStore {
  type Rows = Collection<StoredSummary, string, InsertType<StoredSummary, 'key'>>;
  const [openFirst] = openRankRange('');

  /** The rows of one filter value, in rank order, from its compound index; only those due before `before` when given. */
  const range = (index: string, value: string | number, before: string | null): Rows =>
    before === null
      ? db.summaries.where(index).between([value, Dexie.minKey], [value, Dexie.maxKey], true, true)
      : db.summaries.where(index).between([value, openFirst], [value, openRankRange(before)[1]], true, false);

  /** The index ranges the filter selects (none: every case). */
  const rangesOf = (filter: SummaryFilter, day: SummaryDay): Rows[] => {
    const before = filter.due === 'soon' ? soonBefore(day.today, day.region) : null;
    const ranges = [
      ...(filter.level !== 'all' ? [range('[levelKey+rank]', filter.level, before)] : []),
      ...(filter.officer !== 'all' ? [range('[officer+rank]', filter.officer, before)] : []),
    ];
    if (ranges.length === 0 && before !== null) return [openBefore(before)];
    return ranges;
  };

  /** Open cases whose next deadline is due before `before`, most overdue first. */
  const openBefore = (before: string): Rows => {
    const [from, to] = openRankRange(before);
    return db.summaries.where('rank').between(from, to, true, false);
  };

  /** Several filters: the keys in every range (keys only, no rows read), in the first range's order. */
  async function intersect(ranges: Rows[]): Promise<string[]> {
    const lists = await Promise.all(ranges.map((r) => r.primaryKeys()));
    const others = lists.slice(1).map((keys) => new Set(keys));
    return lists[0]!.filter((key) => others.every((set) => set.has(key)));
  }

  /** Officers, one index seek each (a 'nextunique' cursor walks every row in Chromium). */
  async function officers(): Promise<string[]> {
    const names: string[] = [];
    let next = await db.summaries.orderBy('officer').first();
    while (next) {
      names.push(next.officer);
      next = await db.summaries.where('officer').above(next.officer).first();
    }
    return names.sort((a, b) => a.localeCompare(b));
  }

  return {
    rows(filter, limit, day) {
      return db.transaction('r', db.summaries, async () => {
        const ranges = rangesOf(filter, day);
        if (ranges.length === 0) return db.summaries.orderBy('rank').limit(limit).toArray();
        if (ranges.length === 1) return ranges[0]!.limit(limit).toArray();
        const keys = await intersect(ranges);
        return (await db.summaries.bulkGet(keys.slice(0, limit))).filter((row) => row !== undefined);
      });
    },

    counts(filter, day) {
      return db.transaction('r', db.summaries, async () => {
        const ranges = rangesOf(filter, day);
        const [total, matching, names, stale] = await Promise.all([
          db.summaries.count(),
          ranges.length === 0 ? null : ranges.length === 1 ? ranges[0]!.count() : intersect(ranges).then((keys) => keys.length),
          officers(),
          // Rows written without a policy: an empty range, so cheap, when all is well.
          db.summaries.where('stamp').equals('').count(),
        ]);
        return { total, matching: matching ?? total, officers: names, stale };
      });
    },

    async refresh(policy, today, options = {}) {
      const stamp = summaryStamp(today, summaryBasis(policy));
      // Two plain ranges, read as keys only: Dexie's notEqual() would walk every row with a cursor.
      const [before, after] = await Promise.all([
        db.summaries.where('stamp').below(stamp).primaryKeys(),
        db.summaries.where('stamp').above(stamp).primaryKeys(),
      ]);
      let keys = [...before, ...after] as string[];
      const [caseCount, summaryCount] = options.reconcile ? await Promise.all([db.cases.count(), db.summaries.count()]) : [0, 0];
      if (caseCount !== summaryCount) {
        const [caseKeys, summaryKeys] = (await Promise.all([db.cases.toCollection().primaryKeys(), db.summaries.toCollection().primaryKeys()])) as [
          string[],
          string[],
        ];
        const have = new Set(summaryKeys);
        const exist = new Set(caseKeys);
        keys = [...new Set([...keys, ...caseKeys.filter((k) => !have.has(k)), ...summaryKeys.filter((k) => !exist.has(k))])];
      }
      for (let i = 0; i < keys.length; i += CHUNK) {
        const chunk = keys.slice(i, i + CHUNK);
        await db.transaction('rw', db.cases, db.events, db.summaries, async () => {
          const records = await db.cases.bulkGet(chunk);
          const events = await db.events.where('caseKey').anyOf(chunk).toArray();
          await db.summaries.bulkPut(storedSummariesOf(records.filter((r) => r !== undefined), events, policy, today));
          await db.summaries.bulkDelete(chunk.filter((_, j) => records[j] === undefined));
        });
        // Let the page paint and answer input between chunks.
        if (i + CHUNK < keys.length) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return keys.length;
    },

    countOverdue: (today) => openBefore(today).count(),

    async needingAttention(today) {
      // Due on or before today: before the day after (the rank goes on with '|' after the date, and '~' sorts after it).
      const rows = await openBefore(`${today}~`).toArray();
      return rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    },

    async openedThrough(to) {
      const rows = await db.summaries.where('opened').belowOrEqual(to).toArray();
      return rows.map(({ key, opened, closed, party, asb, hate }) => ({ key, opened, closed, party, asb, hate }));
    },
  };
}
