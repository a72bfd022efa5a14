import { createHash, randomUUID } from 'node:crypto';
import { link, mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { IdempotencyClaim, ReportReceipt, ReportStore, StoredReport } from './report-store.ts';

/** One line of the idempotency index: a key, the report it brought, and the receipt given. */
interface IndexEntry {
  key: string;
  fingerprint: string;
  receipt: ReportReceipt;
}

/**
 * The embedded default {@link ReportStore}: durable files under a data folder.
 *
 * - `reports/REFERENCE.json`: one file per report, written to a temporary file, flushed to
 *   disk, then linked into place (atomic, and never over another report).
 * - `idempotency/SHA256-OF-KEY.json`: the idempotency index, written the same way after the
 *   report, so a retry finds the receipt.
 * - `sequences/SERIES.json`: the last reference number of each series (year), so numbers are
 *   never reused across restarts.
 *
 * Safe under concurrent submissions in one process: keys in progress are held in memory and
 * sequence numbers are handed out one at a time, so none is lost and none duplicated. Several
 * processes sharing one folder never overwrite each other's reports (linking fails instead),
 * but should use a store backed by a database.
 *
 * @example
 * const store = new FileReportStore('/var/lib/asb-reports');
 * await handleReportSubmission(request, { store }); // writes /var/lib/asb-reports/reports/ASB-2026-000001.json
 * (await store.list()).length //=> 1
 */
export class FileReportStore implements ReportStore {
  readonly dataDir: string;
  private readonly pending = new Map<string, string>();
  private readonly sequences = new Map<string, Promise<number>>();
  private ready: Promise<unknown> | undefined;

  constructor(dataDir: string) {
    if (!dataDir) throw new Error('dataDir: give the folder reports are kept in');
    this.dataDir = dataDir;
  }

  async claim(key: string, fingerprint: string): Promise<IdempotencyClaim> {
    const holder = this.pending.get(key);
    if (holder !== undefined) return { status: 'in-progress', fingerprint: holder };
    this.pending.set(key, fingerprint);
    try {
      const entry = await readJson<IndexEntry>(this.indexPath(key));
      if (!entry) return { status: 'claimed' };
      this.pending.delete(key);
      return { status: 'completed', fingerprint: entry.fingerprint, receipt: entry.receipt };
    } catch (error) {
      this.pending.delete(key);
      throw error;
    }
  }

  nextSequence(series: string): Promise<number> {
    // One allocation at a time per series: each waits for the one before it.
    const next = (this.sequences.get(series) ?? this.readSequence(series)).then(async (last) => {
      const value = last + 1;
      await writeAtomic(this.sequencePath(series), JSON.stringify({ series, last: value }));
      return value;
    });
    this.sequences.set(
      series,
      next.catch(() => this.readSequence(series)),
    );
    return next;
  }

  async save(record: StoredReport): Promise<void> {
    await this.init();
    await writeAtomic(join(this.dataDir, 'reports', `${fileName(record.reference)}.json`), JSON.stringify(record, null, 2), {
      exclusive: true,
    });
    const { reference, receivedAt, outcome } = record;
    const entry: IndexEntry = { key: record.idempotencyKey, fingerprint: record.fingerprint, receipt: { reference, receivedAt, outcome } };
    await writeAtomic(this.indexPath(record.idempotencyKey), JSON.stringify(entry));
    this.pending.delete(record.idempotencyKey);
  }

  async release(key: string): Promise<void> {
    this.pending.delete(key);
  }

  /** Every stored report, oldest reference first. */
  async list(): Promise<StoredReport[]> {
    await this.init();
    const dir = join(this.dataDir, 'reports');
    const names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
    const reports = await Promise.all(names.map((name) => readJson<StoredReport>(join(dir, name))));
    return reports.filter((r): r is StoredReport => r !== undefined);
  }

  /** One stored report, or undefined. */
  async get(reference: string): Promise<StoredReport | undefined> {
    return readJson<StoredReport>(join(this.dataDir, 'reports', `${fileName(reference)}.json`));
  }

  private init(): Promise<unknown> {
    this.ready ??= Promise.all(
      ['reports', 'idempotency', 'sequences'].map((dir) => mkdir(join(this.dataDir, dir), { recursive: true })),
    ).catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  private async readSequence(series: string): Promise<number> {
    await this.init();
    const saved = await readJson<{ last: number }>(this.sequencePath(series));
    return saved?.last ?? 0;
  }

  private indexPath(key: string): string {
    return join(this.dataDir, 'idempotency', `${createHash('sha256').update(key).digest('hex')}.json`);
  }

  private sequencePath(series: string): string {
    return join(this.dataDir, 'sequences', `${fileName(series)}.json`);
  }
}

/** A reference or series as a safe file name (`ASB-2026-000123` stays as it is). */
function fileName(value: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value) ? value : encodeURIComponent(value).replace(/\./g, '%2E');
}

async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Writes a file so that readers see the old content or the new, never a part: a temporary file
 * in the same folder, flushed to disk, then renamed over the target (or, `exclusive`, linked
 * to it, failing with EEXIST rather than replacing it).
 */
async function writeAtomic(path: string, data: string, options: { exclusive?: boolean } = {}): Promise<void> {
  const temp = `${path}.${randomUUID()}.tmp`;
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    if (options.exclusive) await link(temp, path);
    else await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  if (options.exclusive) await unlink(temp);
  await syncFolder(path);
}

/** Flushes the folder entry of a new file (so the rename itself survives a power cut); best effort. */
async function syncFolder(path: string): Promise<void> {
  try {
    const folder = await open(join(path, '..'), 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  } catch {
    // Not supported on every platform: the file itself is already flushed.
  }
}
