import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, normalize, resolve, sep } from 'node:path';

/** Content types of the files the test, demo and bench servers hand out. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Sends the file at `relative` inside `dir`, never outside it (`..` and absolute paths answer
 * 404, as a missing file does). Shared by the fixture, widget, demo and bench servers so each
 * does not carry its own path check.
 *
 * @example
 * sendFile(res, 'dist/widget', 'asb-report-form.js', { headers: { 'Content-Security-Policy': csp } })
 */
export function sendFile(
  res: ServerResponse,
  dir: string,
  relative: string,
  options: { headers?: Record<string, string>; head?: boolean } = {},
): void {
  const root = resolve(dir);
  const path = normalize(resolve(root, `.${sep}${relative}`));
  if (!path.startsWith(root + sep) || !existsSync(path) || !statSync(path).isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
    ...options.headers,
  });
  if (options.head) res.end();
  else createReadStream(path).pipe(res);
}
