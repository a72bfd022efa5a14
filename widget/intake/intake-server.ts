import { createServer, type Server } from 'node:http';
import type { Policy } from '../../core/index.ts';
import { createAlertWorker } from './alerts/create-alert-worker.ts';
import type { IntakeConfig } from './intake-config.ts';
import { createIntakeService } from './intake-service.ts';
import type { IntakeStore } from './intake-store.ts';
import { openIntakeStore } from './open-intake-store.ts';
import type { StaffAccessEntry } from './staff-api.ts';
import { toNodeListener } from './to-node-listener.ts';

export interface RunningIntake {
  server: Server;
  store: IntakeStore;
  /** http://HOST:PORT */
  origin: string;
  close(): Promise<void>;
}

/** Writes one staff access entry as a JSON line on stdout. */
export function logStaffAccess(entry: StaffAccessEntry): void {
  process.stdout.write(`${JSON.stringify({ type: 'staff-access', ...entry })}\n`);
}

/**
 * Starts the intake service a landlord runs: opens the store, serves the report and policy
 * endpoints, the staff API and the widget, and purges taken reports past retention every hour.
 * When `config.alerts` turns a channel on, the alert worker (widget/intake/alerts) runs beside it
 * on the store's outbox: started with the server, woken after each stored report, stopped on close.
 *
 * @example
 * const intake = await startIntake(loadIntakeConfig(process.env), loadLandlordPolicy(config));
 * intake.origin //=> 'http://127.0.0.1:8080'
 */
export interface StartIntakeOptions {
  /** Other policies accepted too, by id (default: just the landlord's). */
  policies?: Record<string, Policy>;
  /** Staff access log (default: JSON lines on stdout). */
  log?: (entry: StaffAccessEntry) => void;
  /** An open store (default: the one the config names). */
  store?: IntakeStore;
  /** GET/HEAD on the report endpoint: the widget's view of the policy (default: `handlePolicyRequest`). */
  policyRequest?: (request: Request, policy: Policy) => Response | Promise<Response>;
  /**
   * Starts the alert worker beside the server (default: {@link startAlertWorker}, which runs one
   * when `config.alerts` turns a channel on). It is woken after each stored report and stopped
   * when the intake closes.
   */
  startAlertWorker?: (context: { store: IntakeStore; config: IntakeConfig; policy: Policy }) => { wake?(): void; stop(): Promise<void> | void } | undefined;
}

/**
 * The intake's alert worker: none when no channel is on, else one on the store's outbox with the
 * validated `config.alerts`, started.
 *
 * @example
 * const worker = startAlertWorker({ store, config }); // after each report: worker?.wake()
 */
export function startAlertWorker(context: { store: IntakeStore; config: Pick<IntakeConfig, 'alerts'> }): { wake(): void; stop(): Promise<void> } | undefined {
  const { store, config } = context;
  if (!config.alerts.email && !config.alerts.webhook) return undefined;
  const worker = createAlertWorker({ outbox: store, readReport: (reference) => store.getReport(reference), config: config.alerts });
  worker.start();
  return worker;
}

export async function startIntake(config: IntakeConfig, policy: Policy, options: StartIntakeOptions = {}): Promise<RunningIntake> {
  const store = options.store ?? (await openIntakeStore(config));
  let alertWorker: ReturnType<NonNullable<StartIntakeOptions['startAlertWorker']>>;
  const service = createIntakeService({
    store,
    policy,
    policies: options.policies,
    allowedOrigins: config.allowedOrigins,
    widgetDir: config.widgetDir,
    maxBodyBytes: config.maxBodyBytes,
    rateLimitPerMinute: config.rateLimitPerMinute,
    log: options.log ?? logStaffAccess,
    policyRequest: options.policyRequest,
    onStored: () => alertWorker?.wake?.(),
  });
  const server = createServer(toNodeListener(service, { trustProxy: config.trustProxy }));
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;

  const purge = async () => {
    const before = new Date(Date.now() - config.retentionDays * 86_400_000).toISOString();
    try {
      const purged = await store.purgeTakenBefore(before);
      if (purged) console.log(`intake: purged ${purged} report(s) taken before ${before}`);
    } catch (error) {
      console.error(`intake: purge failed: ${(error as Error).message}`);
    }
  };
  await purge();
  const timer = setInterval(() => void purge(), 3_600_000);
  timer.unref();

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, resolve);
    });
  } catch (error) {
    clearInterval(timer);
    await store.close();
    throw error;
  }
  alertWorker = (options.startAlertWorker ?? startAlertWorker)({ store, config, policy });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    server,
    store,
    origin: `http://${host}:${port}`,
    async close() {
      clearInterval(timer);
      await alertWorker?.stop();
      // Requests in progress finish (up to 10 s); idle keep-alive connections close now.
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), 10_000);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      });
      await store.close();
    },
  };
}
