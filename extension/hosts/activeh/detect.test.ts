import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectActiveH } from './detect.ts';

const HOSTS = new URL('../../../test/fixtures/hosts/', import.meta.url).pathname;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const doc = (path: string) => parseHTML(readFileSync(path, 'utf8')).document as unknown as Document;
const url = new URL('https://hms.example.org/asb/page.html');

describe('detectActiveH', () => {
  const own = htmlFiles(join(HOSTS, 'activeh'));
  const other = htmlFiles(join(HOSTS, 'omniledger'));

  it('has fixtures to look at', () => {
    expect(own.length).toBeGreaterThanOrEqual(5);
    expect(other.length).toBeGreaterThanOrEqual(5);
  });

  it.each(own.map((p) => [p.slice(HOSTS.length)]))('is true on Active H page %s', (path) => {
    expect(detectActiveH(url, doc(join(HOSTS, path)))).toBe(true);
  });

  it.each(other.map((p) => [p.slice(HOSTS.length)]))('is false on Omniledger page %s', (path) => {
    expect(detectActiveH(url, doc(join(HOSTS, path)))).toBe(false);
  });

  it('is false on a page that merely mentions Active H', () => {
    const page = parseHTML('<html><head><title>Active H user group</title></head><body>Active H tips</body></html>').document as unknown as Document;
    expect(detectActiveH(url, page)).toBe(false);
  });

  it('is false outside http and https', () => {
    expect(detectActiveH(new URL('file:///tmp/case.html'), doc(own[0]!))).toBe(false);
  });
});
