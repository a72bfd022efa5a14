import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

/**
 * Adapts a web-style handler to Node's `http` server: the request body is streamed (never
 * buffered here, so the handler's size limit applies while reading), the client's address is
 * the socket's, or with `trustProxy` the last address in X-Forwarded-For (the one the
 * landlord's own proxy added).
 *
 * @example
 * createServer(toNodeListener(createIntakeService(options), { trustProxy: false })).listen(8080);
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
