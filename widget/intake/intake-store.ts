import type { AlertChannel, AlertOutbox } from './alerts/alert-outbox.ts';
import type { ReportStore, StoredReport, TakenMark } from './report-store.ts';

/** One line of the staff API's list: enough to pick a report, no report content. */
export interface ReportSummary {
  reference: string;
  receivedAt: string;
  policyId: string;
  /** `'Level 1 High Risk'`, or null outside ASB. */
  levelLabel: string | null;
  firstContactDue: string | null;
  taken: TakenMark | null;
}

/** A staff token as stored: its name and the SHA-256 (hex) of the token, never the token itself. */
export interface StaffTokenRecord {
  name: string;
  hash: string;
  createdAt: string;
}

/** What marking a report taken did. */
export type MarkTakenOutcome = 'taken' | 'not-found' | 'already-taken';

/**
 * Everything the intake service keeps, in either store: reports and their idempotency keys
 * ({@link ReportStore}), the alert outbox ({@link AlertOutbox}), the staff API's reads and marks,
 * staff tokens (hashed) and retention.
 */
export interface IntakeStore extends ReportStore, AlertOutbox {
  /** The alert channels each saved report queues an outbox item for. */
  readonly alertChannels: readonly AlertChannel[];
  /** Reports not yet taken (`'new'`) or taken, oldest first, at most `limit`. */
  listReports(options: { status: 'new' | 'taken'; limit: number }): Promise<ReportSummary[]>;
  /** One report with its taken mark, or undefined. */
  getReport(reference: string): Promise<StoredReport | undefined>;
  /** Marks a report taken into the housing system, once. */
  markTaken(reference: string, mark: TakenMark): Promise<MarkTakenOutcome>;
  /** Deletes reports taken before `before` (ISO 8601), with their keys and alerts; answers how many. */
  purgeTakenBefore(before: string): Promise<number>;
  addStaffToken(record: StaffTokenRecord): Promise<void>;
  /** Answers whether a token of that name existed. */
  removeStaffToken(name: string): Promise<boolean>;
  staffTokens(): Promise<StaffTokenRecord[]>;
  close(): Promise<void>;
}

/** The summary of a stored report (one function for both stores). */
export function summarise(record: StoredReport): ReportSummary {
  return {
    reference: record.reference,
    receivedAt: record.receivedAt,
    policyId: record.policyId,
    levelLabel: record.triage.isAsb ? record.triage.levelLabel : null,
    firstContactDue: record.outcome.firstContactDue,
    taken: record.taken ?? null,
  };
}
