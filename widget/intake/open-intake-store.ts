import { FileReportStore } from './file-report-store.ts';
import { alertChannels as channelsOf } from './alerts/alert-channels.ts';
import { ConfigError, type IntakeConfig } from './intake-config.ts';
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
  const alertChannels = channelsOf(config.alerts);
  if (config.store.kind === 'postgres') {
    try {
      return await PostgresReportStore.open({ connectionString: config.store.connectionString, alertChannels, maxConnections: config.store.poolSize });
    } catch (error) {
      throw new ConfigError(`DATABASE_URL: cannot open the database: ${(error as Error).message}`);
    }
  }
  const store = new FileReportStore(config.store.dataDir, { alertChannels });
  try {
    await store.init();
  } catch (error) {
    throw new ConfigError(`INTAKE_DATA_DIR: cannot use ${config.store.dataDir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return store;
}
