// The size of a built extension once zipped for a store, computed exactly as a deflate zip
// (local headers, data, central directory), without writing one. The Chrome package must stay
// under 250 KiB.
//   node scripts/extension-zip-size.ts [.output/chrome-mv3]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';

/**
 * The limit the Chrome package must stay under, in bytes.
 *
 * @example
 * CHROME_ZIP_LIMIT //=> 256000
 */
export const CHROME_ZIP_LIMIT = 250 * 1024;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/**
 * Bytes of a zip of `dir` with every file deflated (level 9), as `wxt zip` or any zip tool makes.
 *
 * @example
 * zipSize('.output/chrome-mv3') //=> 151234
 */
export function zipSize(dir: string): number {
  let total = 22; // end of central directory
  for (const file of files(dir)) {
    const name = Buffer.byteLength(relative(dir, file).split('\\').join('/'));
    const data = readFileSync(file);
    const stored = Math.min(deflateRawSync(data, { level: 9 }).length, data.length);
    total += 30 + name + stored + 46 + name;
  }
  return total;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? '.output/chrome-mv3';
  const size = zipSize(dir);
  console.log(`${dir}: ${(size / 1024).toFixed(1)} KiB zipped (limit ${CHROME_ZIP_LIMIT / 1024} KiB)`);
  if (size > CHROME_ZIP_LIMIT) process.exit(1);
}
