import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeStoreContract } from '../testing/store-contract.ts';
import { startTestPostgres, type TestPostgres } from '../testing/start-postgres.ts';
import { MIGRATIONS } from './migrations.ts';
import { PostgresReportStore } from './postgres-report-store.ts';

let server: TestPostgres;
let count = 0;
beforeAll(() => {
  server = startTestPostgres();
}, 60_000);
afterAll(() => server?.stop());

describeStoreContract('PostgresReportStore', {
  create: async () => server.createDatabase(`contract_${++count}`),
  open: (connectionString, options) => PostgresReportStore.open({ connectionString, alertChannels: options?.alertChannels }),
});

describe('PostgresReportStore migrations', () => {
  it('applies each migration once, even when several instances open a new database at once', async () => {
    const url = server.createDatabase('migrations');
    const stores = await Promise.all(Array.from({ length: 4 }, () => PostgresReportStore.open({ connectionString: url })));
    await Promise.all(stores.map((s) => s.close()));
    const again = await PostgresReportStore.open({ connectionString: url });
    await again.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ version: number; name: string }>('SELECT version, name FROM intake_migrations ORDER BY version');
      expect(rows).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })));
      expect(rows.map((r) => r.version)).toEqual([1, 2]);
    } finally {
      await client.end();
    }
  });

  it('refuses to open with a clear message when the database cannot be reached', async () => {
    await expect(PostgresReportStore.open({ connectionString: server.connectionString.replace('/postgres?', '/no_such_database?') })).rejects.toThrow(
      /database "no_such_database" does not exist/,
    );
  });
});
