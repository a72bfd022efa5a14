import { createServer, type Server } from 'node:http';
import type { Policy } from '../../core/index.ts';
import type { AlertOutbox } from './alerts/alert-outbox.ts';
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
 * The alert worker (widget/intake/alerts) is started beside it by the lead's wiring: it reads
 * `config.alerts` and the store's {@link IntakeStore} outbox methods.
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
  /**
   * GET/HEAD on the report endpoint: the widget's view of the policy. The lead points this at
   * `handlePolicyRequest` (widget/intake/handle-policy-request.ts, from the widgetform branch);
   * until then GET answers 405.
   */
  policyRequest?: (request: Request, policy: Policy) => Response | Promise<Response>;
  /**
   * Starts the alert worker (widget/intake/alerts, from the alerts branch) beside the server: it
   * gets the store (its {@link AlertOutbox} methods and `getReport`), the validated
   * `config.alerts` and the policy, and is stopped when the intake closes. The lead wires it here.
   */
  startAlertWorker?: (context: { store: IntakeStore; config: IntakeConfig; policy: Policy }) => { stop(): Promise<void> | void };
}

export async function startIntake(config: IntakeConfig, policy: Policy, options: StartIntakeOptions = {}): Promise<RunningIntake> {
  const store = options.store ?? (await openIntakeStore(config));
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
  const alertWorker = options.startAlertWorker?.({ store, config, policy });
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
