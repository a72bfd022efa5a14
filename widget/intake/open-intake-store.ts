import { FileReportStore } from './file-report-store.ts';
import { alertChannelsOf, type IntakeConfig } from './intake-config.ts';
import type { IntakeStore } from './intake-store.ts';
import { PostgresReportStore } from './postgres/postgres-report-store.ts';

/**
 * Opens the store the config names: PostgreSQL when DATABASE_URL is set (migrations applied),
 * else the data folder (made 0700, temporary files a dead process left removed).
 *
 * @example
 * const store = await openIntakeStore(loadIntakeConfig(process.env));
 */
export async function openIntakeStore(config: Pick<IntakeConfig, 'store' | 'alerts'>): Promise<IntakeStore> {
  const alertChannels = alertChannelsOf(config as IntakeConfig);
  if (config.store.kind === 'postgres') return PostgresReportStore.open({ connectionString: config.store.connectionString, alertChannels, maxConnections: config.store.poolSize });
  const store = new FileReportStore(config.store.dataDir, { alertChannels });
  await store.init();
  return store;
}
