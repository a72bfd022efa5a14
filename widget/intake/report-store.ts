import type { Report, RiskLevel, TriageResult } from '../../core/index.ts';

/**
 * What the intake handler answers once a report is stored: `201` the first time, `200` with the
 * same receipt when the same request is replayed with its `Idempotency-Key`.
 */
export interface ReportReceipt {
  /** `ASB-2026-000123`. */
  reference: string;
  /** When the report was received (ISO 8601, UTC). */
  receivedAt: string;
  /** What the confirmation page promises: the triage of the report under its policy. */
  outcome: {
    /** false: the policy handles it outside ASB (a neighbour dispute, everyday noise). */
    isAsb: boolean;
    /** The risk level the triage gave (the form picks the policy's target for it); absent outside ASB. */
    level?: RiskLevel;
    /** The level's first-contact target in working days; null outside ASB. */
    firstContactWorkingDays: number | null;
    /** The date first contact is due (`'YYYY-MM-DD'`, London); null outside ASB. */
    firstContactDue: string | null;
  };
}

/** A stored report: the receipt, the validated report, its triage, and the key it came with. */
export interface StoredReport extends ReportReceipt {
  idempotencyKey: string;
  /** SHA-256 (hex) of the validated report: the same key with another body is refused. */
  fingerprint: string;
  policyId: string;
  report: Report;
  triage: TriageResult;
  /** Set once an officer has taken the report into the housing system (staff API); absent before. */
  taken?: TakenMark;
  /**
   * The tenant's changed answers replaced an earlier version (`Replaces-Idempotency-Key`): the
   * keys it replaced, oldest first, and when. Absent on a report never replaced.
   */
  replaced?: { keys: string[]; at: string };
}

/** An officer took the report into the housing system. */
export interface TakenMark {
  /** When (ISO 8601, UTC). */
  at: string;
  /** The staff token's name that marked it. */
  by: string;
  /** The housing management system's own reference for the case. */
  hmsReference: string;
}

/** The state of an `Idempotency-Key` when a request arrives. */
export type IdempotencyClaim =
  /**
   * Unknown until now, and now held by this request in this process: store the report, then
   * `save` (or `release`). A store may hand out the series' next number with the claim (one
   * round trip instead of two); the handler then does not call `nextSequence`.
   */
  | { status: 'claimed'; sequence?: number }
  /** Another request with this key is being processed right now. */
  | { status: 'in-progress'; fingerprint: string }
  /** Already stored: answer with the same receipt (or 422 if the fingerprint differs). */
  | { status: 'completed'; fingerprint: string; receipt: ReportReceipt };

/** The state of a key named by `Replaces-Idempotency-Key`, looked up without claiming it. */
export type KeyLookup = { status: 'unknown' } | { status: 'in-progress' } | { status: 'completed'; record: StoredReport };

/** What `save` did: stored the report, or found the key already completed (by another process). */
export type SaveOutcome = { status: 'stored' } | { status: 'duplicate'; fingerprint: string; receipt: ReportReceipt };

/**
 * Where the intake handler keeps reports: `FileReportStore` (a data folder, the embedded
 * default) or `PostgresReportStore` (`DATABASE_URL`). Reports must be durable once `save`
 * resolves: never kept only in memory.
 *
 * @example
 * const store: ReportStore = new FileReportStore('/var/lib/asb-reports');
 * await handleReportSubmission(request, { store });
 */
export interface ReportStore {
  /**
   * Looks up an idempotency key and, when it is unknown and not in progress in this process,
   * claims it for the caller. Two concurrent claims of one key in one process never both get
   * `'claimed'`; across processes `save` decides.
   */
  claim(key: string, fingerprint: string, series?: string): Promise<IdempotencyClaim>;
  /** The next number in a series (a year): unique, increasing, never reused, starting at 1. */
  nextSequence(series: string): Promise<number>;
  /**
   * In one atomic step: stores the report durably, completes its idempotency key with the
   * receipt, and queues one alert per configured channel; then releases the claim. When the key
   * was completed meanwhile (another process), stores nothing and answers `'duplicate'`.
   * Never overwrites another reference.
   */
  save(record: StoredReport): Promise<SaveOutcome>;
  /** Releases a claim without storing (the request failed), so the key can be tried again. */
  release(key: string): Promise<void>;
  /**
   * The report stored under a key (the key it came with, or one a replacement recorded), or
   * whether a request with that key is being stored right now in this process. Claims nothing.
   */
  lookup(key: string): Promise<KeyLookup>;
  /**
   * In one atomic step: replaces the answers of the report `record.reference` with `record`'s
   * (same reference and receipt time, the new key, fingerprint, report and triage), records
   * `record.idempotencyKey` as completed with the new receipt (the replaced keys still find the
   * report), and queues one alert per channel (an update alert; alerts of the earlier version
   * not yet sent are dropped, as the update says the same and more). Then releases the claim of
   * the new key. When that key was completed meanwhile, changes nothing: `'duplicate'`.
   */
  replace(record: StoredReport): Promise<SaveOutcome>;
}
