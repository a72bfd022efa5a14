import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { Policy } from '../../core/index.ts';
import { FileReportStore } from './file-report-store.ts';
import { alertChannelsOf, type IntakeConfig } from './intake-config.ts';
import { createIntakeService } from './intake-service.ts';
import type { AlertOutbox } from './alerts/alert-outbox.ts';
import type { IntakeStore } from './intake-store.ts';
import { PostgresReportStore } from './postgres/postgres-report-store.ts';
import type { StaffAccessEntry } from './staff-api.ts';

/** Opens the store the config names: PostgreSQL when DATABASE_URL is set, else the data folder. */
export async function openIntakeStore(config: Pick<IntakeConfig, 'store' | 'alerts'>): Promise<IntakeStore> {
  const alertChannels = alertChannelsOf(config as IntakeConfig);
  if (config.store.kind === 'postgres') return PostgresReportStore.open({ connectionString: config.store.connectionString, alertChannels });
  const store = new FileReportStore(config.store.dataDir, { alertChannels });
  await store.init();
  return store;
}

/**
 * Adapts a web-style handler to Node's `http` server: the request body is streamed (never
 * buffered here, so the handler's size limit applies while reading), the client's address is
 * the socket's, or with `trustProxy` the last address in X-Forwarded-For (the one the
 * landlord's own proxy added).
 */
export function toNodeListener(
  handle: (request: Request, client: string) => Promise<Response>,
  options: { trustProxy: boolean },
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void (async () => {
      // Behind the landlord's proxy, the host the page used is X-Forwarded-Host (or Host, if the proxy passes it on).
      const forwardedHost = options.trustProxy ? req.headers['x-forwarded-host'] : undefined;
      const host = (typeof forwardedHost === 'string' ? forwardedHost.split(',')[0]!.trim() : undefined) || req.headers.host || 'localhost';
      const url = new URL(req.url ?? '/', `http://${/^[A-Za-z0-9.:[\]-]+$/.test(host) ? host : 'localhost'}`);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers.set(name, value);
        else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
      }
      const method = req.method ?? 'GET';
      const hasBody = method !== 'GET' && method !== 'HEAD';
      const request = new Request(url, {
        method,
        headers,
        ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
      } as RequestInit);
      const forwarded = options.trustProxy ? req.headers['x-forwarded-for'] : undefined;
      const client = (typeof forwarded === 'string' ? forwarded.split(',').at(-1)?.trim() : undefined) || req.socket.remoteAddress || 'unknown';
      const response = await handle(request, client);
      const out: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        out[name] = value;
      });
      // A body the handler stopped reading (413, 429) is not drained: close the connection after answering.
      if (hasBody && !req.readableEnded) out.connection = 'close';
      // Every answer is small (JSON, or a widget file): one write with the headers.
      const payload = response.body && method !== 'HEAD' ? Buffer.from(await response.arrayBuffer()) : undefined;
      if (payload) out['content-length'] = String(payload.byteLength);
      res.writeHead(response.status, out);
      res.end(payload);
    })().catch((error: unknown) => {
      console.error(`intake: answering failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500));
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end();
    });
  };
}

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
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await store.close();
    },
  };
}
