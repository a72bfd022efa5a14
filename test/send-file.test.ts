import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendFile } from './send-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'send-file-'));
mkdirSync(join(dir, 'inner'));
writeFileSync(join(dir, 'inner', 'a.js'), 'export {};');
writeFileSync(join(tmpdir(), 'send-file-outside.txt'), 'secret');

const server = createServer((req, res) => sendFile(res, join(dir, 'inner'), decodeURIComponent(new URL(req.url!, 'http://x').pathname)));
let origin = '';
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('sendFile', () => {
  it('sends a file inside the folder with its type', async () => {
    const res = await fetch(`${origin}/a.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toBe('export {};');
  });

  it('answers 404 for missing files, folders and paths that climb out', async () => {
    expect((await fetch(`${origin}/missing.js`)).status).toBe(404);
    expect((await fetch(`${origin}/`)).status).toBe(404);
    expect((await fetch(`${origin}/..%2F..%2Fsend-file-outside.txt`)).status).toBe(404);
  });
});
