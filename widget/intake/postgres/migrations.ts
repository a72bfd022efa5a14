/**
 * The PostgreSQL store's schema, as numbered migrations applied in order, each once, each in its
 * own transaction, recorded in `intake_migrations`. Never edit a published migration: add one.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'reports, alert outbox, staff tokens',
    sql: `
      CREATE TABLE intake_reports (
        reference text PRIMARY KEY,
        idempotency_key text NOT NULL UNIQUE,
        fingerprint text NOT NULL,
        received_at timestamptz NOT NULL,
        policy_id text NOT NULL,
        receipt jsonb NOT NULL,
        record jsonb NOT NULL,
        taken_at timestamptz,
        taken_by text,
        hms_reference text
      );
      CREATE INDEX intake_reports_new ON intake_reports (received_at, reference) WHERE taken_at IS NULL;
      CREATE INDEX intake_reports_taken_at ON intake_reports (taken_at) WHERE taken_at IS NOT NULL;
      CREATE TABLE intake_alert_outbox (
        id bigserial PRIMARY KEY,
        reference text NOT NULL REFERENCES intake_reports (reference) ON DELETE CASCADE,
        channel text NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT '-infinity',
        leased_until timestamptz,
        last_error text
      );
      CREATE INDEX intake_alert_outbox_due ON intake_alert_outbox (next_attempt_at, id);
      CREATE TABLE intake_staff_tokens (
        name text PRIMARY KEY,
        hash text NOT NULL,
        created_at timestamptz NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'keys a replacement (Replaces-Idempotency-Key) took over',
    sql: `
      CREATE TABLE intake_replaced_keys (
        idempotency_key text PRIMARY KEY,
        reference text NOT NULL REFERENCES intake_reports (reference) ON DELETE CASCADE,
        fingerprint text NOT NULL,
        receipt jsonb NOT NULL
      );
      CREATE INDEX intake_replaced_keys_reference ON intake_replaced_keys (reference);
    `,
  },
];
