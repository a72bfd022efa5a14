import pg from 'pg';
import type { AlertChannel, OutboxItem } from '../alerts/alert-outbox.ts';
import type { IntakeStore, MarkTakenOutcome, ReportSummary, StaffTokenRecord } from '../intake-store.ts';
import { summarise } from '../intake-store.ts';
import { KeyClaims } from '../key-claims.ts';
import type { IdempotencyClaim, KeyLookup, ReportReceipt, SaveOutcome, StoredReport, TakenMark } from '../report-store.ts';
import { MIGRATIONS } from './migrations.ts';

export interface PostgresReportStoreOptions {
  /** `postgres://user:password@host:5432/database` (or a socket: `postgres:///db?host=/run/postgresql`). */
  connectionString: string;
  /** One outbox item per saved report for each (default: none). */
  alertChannels?: readonly AlertChannel[];
  /** Most connections this process opens (default 10). */
  maxConnections?: number;
}

/** Any number of intake processes may share one database: this key serialises their migrations. */
const MIGRATION_LOCK = 0x41534231; // 'ASB1'

/**
 * The {@link IntakeStore} on PostgreSQL, for several intake instances behind a load balancer.
 * A report, its idempotency key (a unique column) and its alert outbox items are written by one
 * SQL statement, so they commit together or not at all; a second process saving the same key
 * waits for the first and then finds it (`'duplicate'`). Reference numbers come from one
 * PostgreSQL sequence per series (`intake_seq_HEX`). Open it with {@link PostgresReportStore.open}, which
 * applies the migrations.
 *
 * @example
 * const store = await PostgresReportStore.open({ connectionString: process.env.DATABASE_URL! });
 * await handleReportSubmission(request, { store });
 * await store.close();
 */
export class PostgresReportStore implements IntakeStore {
  readonly alertChannels: readonly AlertChannel[];
  private readonly pool: pg.Pool;
  private readonly claims = new KeyClaims();
  private readonly sequencesMade = new Set<string>();

  private constructor(pool: pg.Pool, alertChannels: readonly AlertChannel[]) {
    this.pool = pool;
    this.alertChannels = alertChannels;
  }

  /** Connects, applies any migration not yet applied, and answers the store. */
  static async open(options: PostgresReportStoreOptions): Promise<PostgresReportStore> {
    const pool = new pg.Pool({ connectionString: options.connectionString, max: options.maxConnections ?? 10 });
    // An idle connection that breaks (the server restarts) must not crash the process.
    pool.on('error', (error) => console.error(`PostgresReportStore: idle connection lost: ${error.message}`));
    try {
      await migrate(pool);
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    return new PostgresReportStore(pool, options.alertChannels ?? []);
  }

  async claim(key: string, fingerprint: string, series?: string): Promise<IdempotencyClaim> {
    const holder = this.claims.take(key, fingerprint);
    if (holder !== undefined) return { status: 'in-progress', fingerprint: holder };
    try {
      if (series === undefined) {
        const { rows } = await this.pool.query<{ fingerprint: string; receipt: ReportReceipt }>({
          name: 'intake-claim',
          text: `SELECT fingerprint, receipt FROM intake_reports WHERE idempotency_key = $1
                 UNION ALL SELECT fingerprint, receipt FROM intake_replaced_keys WHERE idempotency_key = $1 LIMIT 1`,
          values: [key],
        });
        const row = rows[0];
        if (!row) return { status: 'claimed' };
        this.claims.release(key);
        return { status: 'completed', fingerprint: row.fingerprint, receipt: row.receipt };
      }
      // The lookup and, for a new key only, the series' next number: one round trip.
      const sequence = await this.sequenceName(series);
      const { rows } = await this.pool.query<{ fingerprint: string | null; receipt: ReportReceipt | null; n: string | null }>({
        name: 'intake-claim-numbered',
        text: `SELECT r.fingerprint, r.receipt, CASE WHEN r.fingerprint IS NULL THEN nextval($2::regclass) END AS n
               FROM (SELECT 1) AS one LEFT JOIN (
                 SELECT fingerprint, receipt FROM intake_reports WHERE idempotency_key = $1
                 UNION ALL SELECT fingerprint, receipt FROM intake_replaced_keys WHERE idempotency_key = $1 LIMIT 1
               ) r ON true`,
        values: [key, sequence],
      });
      const row = rows[0]!;
      if (row.fingerprint === null || row.receipt === null) return { status: 'claimed', sequence: Number(row.n) };
      this.claims.release(key);
      return { status: 'completed', fingerprint: row.fingerprint, receipt: row.receipt };
    } catch (error) {
      this.claims.release(key);
      throw error;
    }
  }

  async nextSequence(series: string): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>({ name: 'intake-nextval', text: 'SELECT nextval($1::regclass) AS n', values: [await this.sequenceName(series)] });
    return Number(rows[0]!.n);
  }

  /**
   * The series' PostgreSQL sequence, made on first use: nextval never waits for another
   * transaction (a counter row would serialise every report behind the previous one's commit),
   * never hands out a number twice, and never goes back (a number taken by a request that then
   * failed is skipped).
   */
  private async sequenceName(series: string): Promise<string> {
    const name = `intake_seq_${Buffer.from(series, 'utf8').toString('hex')}`;
    if (!this.sequencesMade.has(name)) {
      for (let attempt = 0; ; attempt++) {
        try {
          await this.pool.query(`CREATE SEQUENCE IF NOT EXISTS ${name}`);
          break;
        } catch (error) {
          // Two processes creating it at once: one of them gets a unique violation; it exists now.
          if (attempt > 0 || (error as { code?: string }).code !== '23505') throw error;
        }
      }
      this.sequencesMade.add(name);
    }
    return name;
  }

  async save(record: StoredReport): Promise<SaveOutcome> {
    try {
      const { reference, receivedAt, outcome } = record;
      const receipt: ReportReceipt = { reference, receivedAt, outcome };
      const { taken: _taken, ...stored } = record;
      const { rows } = await this.pool.query<{ reference: string }>({
        name: 'intake-save',
        text: `WITH inserted AS (
           INSERT INTO intake_reports (reference, idempotency_key, fingerprint, received_at, policy_id, receipt, record)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (idempotency_key) DO NOTHING
           RETURNING reference
         ), alerts AS (
           INSERT INTO intake_alert_outbox (reference, channel)
           SELECT inserted.reference, channel FROM inserted, unnest($8::text[]) AS channel
         )
         SELECT reference FROM inserted`,
        values: [reference, record.idempotencyKey, record.fingerprint, receivedAt, record.policyId, JSON.stringify(receipt), JSON.stringify(stored), [...this.alertChannels]],
      });
      if (rows.length === 1) return { status: 'stored' };
      const existing = await this.pool.query<{ fingerprint: string; receipt: ReportReceipt }>(
        'SELECT fingerprint, receipt FROM intake_reports WHERE idempotency_key = $1',
        [record.idempotencyKey],
      );
      const row = existing.rows[0];
      if (!row) throw new Error('the idempotency key conflicted but its report is not there');
      return { status: 'duplicate', fingerprint: row.fingerprint, receipt: row.receipt };
    } finally {
      this.claims.release(record.idempotencyKey);
    }
  }

  async release(key: string): Promise<void> {
    this.claims.release(key);
  }

  async lookup(key: string): Promise<KeyLookup> {
    if (this.claims.holds(key)) return { status: 'in-progress' };
    const { rows } = await this.pool.query<Row>({
      name: 'intake-lookup',
      text: `SELECT record, taken_at, taken_by, hms_reference FROM intake_reports
             WHERE idempotency_key = $1 OR reference = (SELECT reference FROM intake_replaced_keys WHERE idempotency_key = $1) LIMIT 1`,
      values: [key],
    });
    return rows[0] ? { status: 'completed', record: fromRow(rows[0]) } : { status: 'unknown' };
  }

  async replace(record: StoredReport): Promise<SaveOutcome> {
    const client = await this.pool.connect();
    try {
      const { reference, receivedAt, outcome } = record;
      const receipt: ReportReceipt = { reference, receivedAt, outcome };
      const { taken: _taken, ...stored } = record;
      await client.query('BEGIN');
      try {
        const earlier = await client.query<{ idempotency_key: string; fingerprint: string; receipt: ReportReceipt }>(
          'SELECT idempotency_key, fingerprint, receipt FROM intake_reports WHERE reference = $1 FOR UPDATE',
          [reference],
        );
        const row = earlier.rows[0];
        if (!row) throw new Error('the report to replace is no longer stored');
        await client.query(
          `INSERT INTO intake_replaced_keys (idempotency_key, reference, fingerprint, receipt) VALUES ($1, $2, $3, $4)
           ON CONFLICT (idempotency_key) DO NOTHING`,
          [row.idempotency_key, reference, row.fingerprint, JSON.stringify(row.receipt)],
        );
        await client.query(
          'UPDATE intake_reports SET idempotency_key = $2, fingerprint = $3, policy_id = $4, receipt = $5, record = $6 WHERE reference = $1',
          [reference, record.idempotencyKey, record.fingerprint, record.policyId, JSON.stringify(receipt), JSON.stringify(stored)],
        );
        // Alerts of the earlier version not yet sent (and not being sent) go: the update alert says it all.
        await client.query('DELETE FROM intake_alert_outbox WHERE reference = $1 AND (leased_until IS NULL OR leased_until < now())', [reference]);
        await client.query('INSERT INTO intake_alert_outbox (reference, channel) SELECT $1, unnest($2::text[])', [reference, [...this.alertChannels]]);
        await client.query('COMMIT');
        return { status: 'stored' };
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        if ((error as { code?: string }).code !== '23505') throw error;
      }
      // The new key was completed meanwhile (another process): that answer stands.
      const existing = await client.query<{ fingerprint: string; receipt: ReportReceipt }>(
        `SELECT fingerprint, receipt FROM intake_reports WHERE idempotency_key = $1
         UNION ALL SELECT fingerprint, receipt FROM intake_replaced_keys WHERE idempotency_key = $1 LIMIT 1`,
        [record.idempotencyKey],
      );
      const found = existing.rows[0];
      if (!found) throw new Error('the idempotency key conflicted but its report is not there');
      return { status: 'duplicate', fingerprint: found.fingerprint, receipt: found.receipt };
    } finally {
      client.release();
      this.claims.release(record.idempotencyKey);
    }
  }

  async listReports(options: { status: 'new' | 'taken'; limit: number }): Promise<ReportSummary[]> {
    const { rows } = await this.pool.query<Row>(
      `SELECT record, taken_at, taken_by, hms_reference FROM intake_reports
       WHERE (taken_at IS NULL) = $1 ORDER BY received_at, reference LIMIT $2`,
      [options.status === 'new', options.limit],
    );
    return rows.map((row) => summarise(fromRow(row)));
  }

  async getReport(reference: string): Promise<StoredReport | undefined> {
    const { rows } = await this.pool.query<Row>(
      'SELECT record, taken_at, taken_by, hms_reference FROM intake_reports WHERE reference = $1',
      [reference],
    );
    return rows[0] && fromRow(rows[0]);
  }

  async markTaken(reference: string, mark: TakenMark): Promise<MarkTakenOutcome> {
    const updated = await this.pool.query(
      'UPDATE intake_reports SET taken_at = $2, taken_by = $3, hms_reference = $4 WHERE reference = $1 AND taken_at IS NULL',
      [reference, mark.at, mark.by, mark.hmsReference],
    );
    if (updated.rowCount === 1) return 'taken';
    const exists = await this.pool.query('SELECT 1 FROM intake_reports WHERE reference = $1', [reference]);
    return exists.rowCount === 1 ? 'already-taken' : 'not-found';
  }

  async purgeTakenBefore(before: string): Promise<number> {
    const result = await this.pool.query('DELETE FROM intake_reports WHERE taken_at < $1', [before]);
    return result.rowCount ?? 0;
  }

  async addStaffToken(record: StaffTokenRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO intake_staff_tokens (name, hash, created_at) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO UPDATE SET hash = EXCLUDED.hash, created_at = EXCLUDED.created_at`,
      [record.name, record.hash, record.createdAt],
    );
  }

  async removeStaffToken(name: string): Promise<boolean> {
    const result = await this.pool.query('DELETE FROM intake_staff_tokens WHERE name = $1', [name]);
    return (result.rowCount ?? 0) > 0;
  }

  async staffTokens(): Promise<StaffTokenRecord[]> {
    const { rows } = await this.pool.query<{ name: string; hash: string; created_at: Date }>(
      'SELECT name, hash, created_at FROM intake_staff_tokens ORDER BY name',
    );
    return rows.map((r) => ({ name: r.name, hash: r.hash, createdAt: r.created_at.toISOString() }));
  }

  async claimAlerts(options: { now: string; limit: number; leaseSeconds: number }): Promise<OutboxItem[]> {
    const { rows } = await this.pool.query<{ id: string; reference: string; channel: AlertChannel; attempts: number }>(
      `UPDATE intake_alert_outbox SET leased_until = $1::timestamptz + make_interval(secs => $3)
       WHERE id IN (
         SELECT id FROM intake_alert_outbox
         WHERE next_attempt_at <= $1 AND (leased_until IS NULL OR leased_until <= $1)
         ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED
       )
       RETURNING id, reference, channel, attempts`,
      [options.now, options.limit, options.leaseSeconds],
    );
    return rows.map((r) => ({ id: String(r.id), reference: r.reference, channel: r.channel, attempts: r.attempts })).sort((a, b) => Number(a.id) - Number(b.id));
  }

  async completeAlert(id: string): Promise<void> {
    await this.pool.query('DELETE FROM intake_alert_outbox WHERE id = $1', [id]);
  }

  async retryAlert(id: string, failure: { error: string; nextAttemptAt: string }): Promise<void> {
    await this.pool.query(
      `UPDATE intake_alert_outbox SET attempts = attempts + 1, next_attempt_at = $2, last_error = $3, leased_until = NULL WHERE id = $1`,
      [id, failure.nextAttemptAt, failure.error.slice(0, 500)],
    );
  }

  async pendingAlerts(): Promise<{ id: string; reference: string; channel: AlertChannel; attempts: number; lastError: string | null }[]> {
    const { rows } = await this.pool.query<{ id: string; reference: string; channel: AlertChannel; attempts: number; last_error: string | null }>(
      'SELECT id, reference, channel, attempts, last_error FROM intake_alert_outbox ORDER BY id',
    );
    return rows.map((r) => ({ id: String(r.id), reference: r.reference, channel: r.channel, attempts: r.attempts, lastError: r.last_error }));
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

interface Row {
  record: StoredReport;
  taken_at: Date | null;
  taken_by: string | null;
  hms_reference: string | null;
}

function fromRow(row: Row): StoredReport {
  if (!row.taken_at) return row.record;
  return { ...row.record, taken: { at: row.taken_at.toISOString(), by: row.taken_by ?? '', hmsReference: row.hms_reference ?? '' } };
}

/** Applies the migrations not yet applied, under an advisory lock so concurrent starts take turns. */
async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS intake_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ version: number }>('SELECT version FROM intake_migrations');
    const applied = new Set(rows.map((r) => r.version));
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO intake_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`);
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
