// Draws the extension's toolbar icons (16, 32, 48, 128 px PNG) with no dependency: a dark teal
// rounded square with a white tick. Run: node scripts/generate-icons.ts (writes
// extension/public/icon/<size>.png, which WXT puts in the manifest's `icons`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128] as const;
const BACKGROUND = [11, 80, 92] as const; // #0b505c
const MARK = [255, 255, 255] as const;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const body = Buffer.concat([head.subarray(4), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([head.subarray(0, 4), body, crc]);
}

/** Distance from point p to the segment a-b. */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage (0-1) of the rounded square and of the tick at a pixel centre, in unit coordinates. */
function shade(x: number, y: number, px: number): { square: number; tick: number } {
  const r = 0.2;
  const qx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const qy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  const squareDistance = Math.hypot(qx, qy) - r;
  const tickDistance = Math.min(segmentDistance(x, y, 0.24, 0.52, 0.43, 0.71), segmentDistance(x, y, 0.43, 0.71, 0.77, 0.3)) - 0.085;
  const cover = (d: number) => Math.max(0, Math.min(1, 0.5 - d / px));
  return { square: cover(squareDistance), tick: cover(tickDistance) };
}

function png(size: number): Buffer {
  const px = 1 / size;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row++) {
    raw[row * (size * 4 + 1)] = 0; // filter: none
    for (let col = 0; col < size; col++) {
      const { square, tick } = shade((col + 0.5) * px, (row + 0.5) * px, px);
      const i = row * (size * 4 + 1) + 1 + col * 4;
      for (let c = 0; c < 3; c++) raw[i + c] = Math.round(BACKGROUND[c]! * (1 - tick) + MARK[c]! * tick);
      raw[i + 3] = Math.round(255 * square);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

const dir = new URL('../extension/public/icon/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const size of SIZES) writeFileSync(new URL(`${size}.png`, dir), png(size));
console.log(`wrote ${SIZES.map((s) => `icon/${s}.png`).join(', ')}`);
