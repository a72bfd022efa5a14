import { EXPLANATION_RECORDED, parseOrThrow, toLondonDate } from '../../core/index.ts';
import type { Policy } from '../../core/index.ts';
import { staleSummary, storedSummaryOf } from '../cases/stored-summary.ts';
import { eventsByCase, sortEvents } from '../cases/case-events.ts';
import type { HostCase } from '../hosts/host-case.ts';
import { caseKey } from '../hosts/case-key.ts';
import type { TrackedFacts } from '../hosts/tracked-facts.ts';
import type { HostVocabulary } from '../hosts/host-vocabulary.ts';
import type { AsbDb } from './db.ts';
import { recordedEventSchema } from '../cases/tracked-case.ts';
import type { EventDetails, EventSource, RecordedEvent, SeenCategory, TrackedCase, TrackedCaseRecord, TriageSnapshot } from '../cases/tracked-case.ts';
import { toCaseEvent } from '../cases/to-case-event.ts';

/** The event that closes a case (core deadlines stop recurring after it). */
const CASE_CLOSED = 'case-closed';

/** Reads and writes tracked cases and their events. The only door to the case tables. */
export interface CaseRepository {
  /** Stores a case read from a host page (creating it the first time); keeps the officer's own facts. */
  /** Stores the case as read, with the generic host's vocabulary when the page had one (see TrackedCaseRecord.vocabulary). */
  saveSeen(host: HostCase, snapshot: TriageSnapshot, vocabulary?: HostVocabulary): Promise<TrackedCase>;
  get(key: string): Promise<TrackedCase | undefined>;
  /** The tracked cases of these keys (a case list's rows), by key; keys not tracked are left out. Two reads however many keys. */
  getMany(keys: readonly string[]): Promise<Map<string, TrackedCase>>;
  /** Every tracked case, in no particular order. */
  list(): Promise<TrackedCase[]>;
  /**
   * Records an event with its time (now unless given), source and details (a reclassification's
   * level and reason, an appointment's date, who recorded it), checked against recordedEventSchema:
   * bad input is refused with an error naming the field (`event.reason: must not be empty`).
   */
  recordEvent(key: string, event: { type: string; at?: string; source: EventSource } & EventDetails): Promise<RecordedEvent>;
  /** Removes every officer-recorded event of this type (unticking a step). Returns how many. */
  removeEvents(key: string, type: string): Promise<number>;
  /**
   * Records (or, with '', clears) the reason a deadline was met late or missed: an
   * `explanation-recorded` event (source 'explanation', dated now, with the deadline and the
   * reason), replacing this browser's earlier one for that deadline and a reason an older version
   * kept in `missedReasons`.
   */
  setMissedReason(key: string, deadlineId: string, reason: string): Promise<void>;
  /** Records a risk-assessment answer; null clears it. */
  setRiskAnswer(key: string, questionId: string, answer: boolean | null): Promise<void>;
  setReportDates(key: string, dates: string[]): Promise<void>;
  /** Records (or, with null, clears) the date of the incident a report (by its date) was about. */
  setIncidentDate(key: string, reportDate: string, incidentDate: string | null): Promise<void>;
  setSnapshot(key: string, snapshot: TriageSnapshot): Promise<void>;
  /** Deletes a case and its events. */
  delete(key: string): Promise<void>;
  /** Deletes closed cases whose closing date is more than `retentionDays` days before `today`. Returns their keys. */
  purgeClosed(today: string, retentionDays: number): Promise<string[]>;
  /** What the content script is told of a case (see hosts/tracked-facts.ts). */
  facts(key: string): Promise<TrackedFacts>;
}

/** Options of the case repository. */
export interface CaseRepositoryOptions {
  /**
   * The policy in force, so that each write also stores the case's summary (the dashboard's row),
   * in the same transaction. Without it (or when it fails) the summary is marked stale, and the
   * side panel or the next sweep recomputes it.
   */
  policy?: () => Promise<Policy>;
}

/**
 * The case repository over the extension's database. `now` gives the time of recorded events
 * and of sightings, and the day summaries are worked out for (the clock is read here, never in
 * core). Every write keeps the case's stored summary in step (see CaseRepositoryOptions).
 *
 * @example
 * const cases = createCaseRepository(openDb(), () => new Date(), { policy: async () => policies.model });
 * await cases.recordEvent('activeh:ASB-1', { type: 'complainant-contacted', source: 'checklist' });
 * (await cases.get('activeh:ASB-1'))?.events.map((e) => e.type)
 * //=> ['complainant-contacted']
 */
export function createCaseRepository(db: AsbDb, now: () => Date = () => new Date(), options: CaseRepositoryOptions = {}): CaseRepository {
  const stamp = () => now().toISOString();

  /** The policy to summarise under, or null to mark summaries stale instead. */
  async function policyNow(): Promise<Policy | null> {
    return options.policy ? options.policy().catch(() => null) : null;
  }

  /** Stores the case's summary as it now stands; call inside a transaction that also covers `summaries`. */
  async function summarize(key: string, policy: Policy | null): Promise<void> {
    const record = await db.cases.get(key);
    if (!record) {
      await db.summaries.delete(key);
      return;
    }
    if (policy) {
      const events = await db.events.where('caseKey').equals(key).toArray();
      await db.summaries.put(storedSummaryOf({ ...record, events: sortEvents(events) }, policy, toLondonDate(now().toISOString(), 'today')));
    } else {
      await db.summaries.put(staleSummary(record, await db.summaries.get(key)));
    }
  }

  /** Runs a write and stores the case's new summary, in one transaction. */
  async function write<T>(key: string, change: () => Promise<T>): Promise<T> {
    const policy = await policyNow();
    return db.transaction('rw', db.cases, db.events, db.summaries, async () => {
      const result = await change();
      await summarize(key, policy);
      return result;
    });
  }

  async function load(key: string): Promise<TrackedCase | undefined> {
    const record = await db.cases.get(key);
    if (!record) return undefined;
    const events = await db.events.where('caseKey').equals(key).toArray();
    return { ...record, events: sortEvents(events) };
  }

  async function requireCase(key: string): Promise<TrackedCaseRecord> {
    const record = await db.cases.get(key);
    if (!record) throw new Error(`key: no tracked case "${key}"`);
    return record;
  }

  async function refreshClosedAt(key: string): Promise<void> {
    const record = await db.cases.get(key);
    if (!record) return;
    const events = await db.events.where('[caseKey+type]').equals([key, CASE_CLOSED]).toArray();
    const closedAt = closingDate(record.host, events);
    if (closedAt !== record.closedAt) await db.cases.update(key, { closedAt });
  }

  async function deleteCase(key: string): Promise<void> {
    await db.transaction('rw', [db.cases, db.events, db.notices, db.summaries], async () => {
      await db.events.where('caseKey').equals(key).delete();
      await db.notices.where('caseKey').equals(key).delete();
      await db.summaries.delete(key);
      await db.cases.delete(key);
    });
  }

  return {
    async saveSeen(host, snapshot, vocabulary) {
      const key = caseKey(host.system, host.reference);
      const at = stamp();
      await write(key, async () => {
        const before = await db.cases.get(key);
        const events = await db.events.where('[caseKey+type]').equals([key, CASE_CLOSED]).toArray();
        const record: TrackedCaseRecord = {
          key,
          system: host.system,
          reference: host.reference,
          host,
          ...(vocabulary ? { vocabulary } : {}),
          firstSeenAt: before?.firstSeenAt ?? at,
          lastSeenAt: at,
          level: snapshot.level,
          flags: [...snapshot.flags],
          officer: host.officer?.trim() ?? '',
          missedReasons: before?.missedReasons ?? {},
          riskAnswers: before?.riskAnswers ?? {},
          reportDates: before?.reportDates ?? [],
          ...(before?.incidentDates ? { incidentDates: before.incidentDates } : {}),
          closedAt: closingDate(host, events),
          categories: seenCategories(before, host, at),
        };
        await db.cases.put(record);
      });
      return (await load(key))!;
    },

    get: load,

    async getMany(keys) {
      const unique = [...new Set(keys)];
      const found = new Map<string, TrackedCase>();
      if (unique.length === 0) return found;
      const records = (await db.cases.bulkGet(unique)).filter((r): r is TrackedCaseRecord => r !== undefined);
      if (records.length === 0) return found;
      const byCase = eventsByCase(await db.events.where('caseKey').anyOf(records.map((r) => r.key)).toArray());
      for (const record of records) found.set(record.key, { ...record, events: sortEvents(byCase.get(record.key) ?? []) });
      return found;
    },

    async list() {
      const [records, events] = await Promise.all([db.cases.toArray(), db.events.toArray()]);
      const byCase = eventsByCase(events);
      return records.map((record) => ({ ...record, events: sortEvents(byCase.get(record.key) ?? []) }));
    },

    recordEvent(key, { type, at, source, ...details }) {
      const recordedAt = stamp();
      let event: RecordedEvent;
      try {
        event = parseOrThrow(recordedEventSchema, withoutUndefined({ id: newId(), caseKey: key, type, at: at ?? recordedAt, source, recordedAt, ...details }), { prefix: 'event', root: 'event' });
      } catch (error) {
        return Promise.reject(error);
      }
      return write(key, async () => {
        await requireCase(key);
        await db.events.put(event);
        if (type === CASE_CLOSED) await refreshClosedAt(key);
        return event;
      });
    },

    removeEvents(key, type) {
      return write(key, async () => {
        const removed = await db.events.where('[caseKey+type]').equals([key, type]).delete();
        if (type === CASE_CLOSED) await refreshClosedAt(key);
        return removed;
      });
    },

    setMissedReason(key, deadlineId, reason) {
      const text = reason.trim();
      let event: RecordedEvent | null = null;
      if (text !== '') {
        const at = stamp();
        try {
          event = parseOrThrow(recordedEventSchema, { id: newId(), caseKey: key, type: EXPLANATION_RECORDED, at, source: 'explanation', recordedAt: at, deadline: deadlineId, reason: text }, { prefix: 'event', root: 'event' });
        } catch (error) {
          return Promise.reject(error);
        }
      }
      return write(key, async () => {
        const record = await requireCase(key);
        // One explanation per deadline from this browser: the new one replaces the earlier event
        // and any reason an older version kept in missedReasons.
        const earlier = await db.events.where('[caseKey+type]').equals([key, EXPLANATION_RECORDED]).filter((e) => e.deadline === deadlineId).primaryKeys();
        await db.events.bulkDelete(earlier);
        if (deadlineId in record.missedReasons) {
          const { [deadlineId]: _moved, ...missedReasons } = record.missedReasons;
          await db.cases.update(key, { missedReasons });
        }
        if (event) await db.events.put(event);
      });
    },

    setRiskAnswer(key, questionId, answer) {
      return write(key, async () => {
        const record = await requireCase(key);
        const riskAnswers = { ...record.riskAnswers };
        if (answer === null) delete riskAnswers[questionId];
        else riskAnswers[questionId] = answer;
        await db.cases.update(key, { riskAnswers });
      });
    },

    setReportDates(key, dates) {
      return write(key, async () => {
        await requireCase(key);
        await db.cases.update(key, { reportDates: [...new Set(dates)].sort() });
      });
    },

    setIncidentDate(key, reportDate, incidentDate) {
      return write(key, async () => {
        const record = await requireCase(key);
        const incidentDates = { ...record.incidentDates };
        if (incidentDate === null) delete incidentDates[reportDate];
        else incidentDates[reportDate] = incidentDate;
        await db.cases.update(key, { incidentDates });
      });
    },

    setSnapshot(key, snapshot) {
      return write(key, async () => {
        await requireCase(key);
        await db.cases.update(key, { level: snapshot.level, flags: [...snapshot.flags] });
      });
    },

    delete: deleteCase,

    async purgeClosed(today, retentionDays) {
      const cutoff = daysBefore(today, retentionDays);
      const keys = (await db.cases.where('closedAt').below(cutoff).primaryKeys()) as string[];
      for (const key of keys) await deleteCase(key);
      return keys;
    },

    async facts(key) {
      const found = await load(key);
      return {
        key,
        events: (found?.events ?? []).map(toCaseEvent),
        missedReasons: found?.missedReasons ?? {},
        riskAnswers: found?.riskAnswers ?? {},
        reportDates: found?.reportDates ?? [],
        ...(found?.categories ? { categories: found.categories } : {}),
      };
    },
  };
}

/**
 * The categories a case's page has shown, with the one just read added when it differs from the
 * last (seen at `at`). An older record without the list starts it with the category it last read,
 * seen when the case was first seen.
 */
function seenCategories(before: TrackedCaseRecord | undefined, host: HostCase, at: string): SeenCategory[] {
  const list: SeenCategory[] = before?.categories ? [...before.categories] : before ? [{ category: before.host.recordedCategory, seenAt: before.firstSeenAt }] : [];
  if (list.at(-1)?.category !== host.recordedCategory) list.push({ category: host.recordedCategory, seenAt: at });
  return list;
}

/** The London date of the latest case-closed event: the host's closed status (since `closedAt`), its log, or the officer's record. */
function closingDate(host: HostCase, officerEvents: readonly Pick<RecordedEvent, 'type' | 'at'>[]): string | null {
  const dates = [
    ...(host.closed && host.closedAt ? [host.closedAt] : []),
    ...host.logEntries.filter((e) => e.event === CASE_CLOSED).map((e) => e.at),
    ...officerEvents.filter((e) => e.type === CASE_CLOSED).map((e) => e.at),
  ].map((at) => toLondonDate(at, 'at'));
  return dates.length === 0 ? null : dates.sort().at(-1)!;
}

/** `today` minus n calendar days (a date closed on the cutoff day itself is kept). */
function daysBefore(today: string, days: number): string {
  const t = Date.parse(`${today}T00:00:00Z`) - days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** The object without its undefined fields (zod's optional fields take absent, not undefined, under exactOptionalPropertyTypes). */
function withoutUndefined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
