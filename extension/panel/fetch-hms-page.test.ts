import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchHmsPage } from './fetch-hms-page.ts';

// A small housing system on a free port: a page, a missing page, a redirect to a sign-in service,
// a JSON answer, and a slow page.
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/list') res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Cases</title>');
    else if (req.url === '/expired') res.writeHead(302, { Location: 'https://sso.example.net/login' }).end();
    else if (req.url === '/json') res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
    else if (req.url === '/slow') setTimeout(() => res.writeHead(200, { 'Content-Type': 'text/html' }).end('late'), 2_000);
    else res.writeHead(404, { 'Content-Type': 'text/html' }).end('Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const signal = () => new AbortController().signal;

describe('fetchHmsPage', () => {
  it('gives the page’s HTML', async () => {
    expect(await fetchHmsPage(new URL(`${base}/list`), signal())).toBe('<!doctype html><title>Cases</title>');
  });

  it('does not follow a redirect, and says the sign-in may have ended', async () => {
    await expect(fetchHmsPage(new URL(`${base}/expired`), signal())).rejects.toThrow('The housing system sent this page elsewhere (has your sign-in ended?');
  });

  it('names the status of a failed page, and refuses what is not a web page', async () => {
    await expect(fetchHmsPage(new URL(`${base}/missing`), signal())).rejects.toThrow('The housing system answered 404 Not Found.');
    await expect(fetchHmsPage(new URL(`${base}/json`), signal())).rejects.toThrow('The housing system did not send a web page.');
  });

  it('says in words when the housing system cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(fetchHmsPage(new URL(`http://127.0.0.1:${port}/list`), signal())).rejects.toThrow(
      `ASB Assist could not reach http://127.0.0.1:${port}. Check the address, and that ASB Assist may read this housing system`,
    );
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const reading = fetchHmsPage(new URL(`${base}/slow`), controller.signal);
    controller.abort(new Error('Cancelled.'));
    await expect(reading).rejects.toThrow('Cancelled.');
  });
});
