import { afterAll, beforeAll } from 'vitest';
import { describeStoreContract } from '../testing/store-contract.ts';
import { startTestPostgres, type TestPostgres } from '../testing/start-postgres.ts';
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
