import { createHash, randomUUID } from 'node:crypto';
import { chmod, link, mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { AlertChannel, OutboxItem } from './alerts/alert-outbox.ts';
import type { IntakeStore, MarkTakenOutcome, ReportSummary, StaffTokenRecord } from './intake-store.ts';
import { summarise } from './intake-store.ts';
import { KeyClaims } from './key-claims.ts';
import type { IdempotencyClaim, KeyLookup, SaveOutcome, StoredReport, TakenMark } from './report-store.ts';

/** The file a report is committed in: the record and the alerts queued with it. */
interface ReportFile {
  record: StoredReport;
  alerts: { id: string; channel: AlertChannel }[];
}

/** An alert's mutable state (absent until its first failure). */
interface AlertState {
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
}

/** Temporary files older than this are left by a process that died: removed when a store opens. */
const STALE_TEMP_MS = 10 * 60_000;

export interface FileReportStoreOptions {
  /** One outbox item per saved report for each (default: none). */
  alertChannels?: readonly AlertChannel[];
  /** Told about damaged files it skipped (default: console.warn). Never given report content. */
  warn?: (message: string) => void;
}

/**
 * The embedded {@link IntakeStore}: durable files under a data folder, safe for several
 * processes sharing it (two web servers on one disk) and for `kill -9` at any moment.
 *
 * - `reports/by-key/SHA256-OF-KEY.json`: the report, its receipt and its queued alerts, in one
 *   file. Writing it is the commit: a temporary file, flushed, then hard-linked into place,
 *   which fails if the key is there already. So a report and its idempotency entry (and its
 *   alerts) appear together or not at all, and one key never brings two reports.
 * - `reports/by-reference/REFERENCE.json`: a second link to the same file, for the staff API
 *   (made again on open if a crash came between the two).
 * - A replacement (`Replaces-Idempotency-Key`) is a new file under the new key, committed the same
 *   way, holding the reference and its version (`replaced.keys`); the reference link is then
 *   swapped to it (by rename, atomic). Readers take the highest version of each reference, so
 *   the earlier version's file only keeps answering its own key.
 * - `sequences/SERIES/N`: an empty file per reference number handed out, created exclusively, so
 *   two processes never get one number, and numbers are never reused after a purge.
 * - `taken/REFERENCE.json`, `outbox/{state,leases,done}/`, `staff-tokens.json`, `tmp/`.
 *
 * Files are 0600 and folders 0700: reports hold names, addresses and hate-crime details.
 *
 * @example
 * const store = new FileReportStore('/var/lib/asb-reports', { alertChannels: ['email'] });
 * await handleReportSubmission(request, { store }); // writes reports/by-key/….json
 * (await store.listReports({ status: 'new', limit: 10 })).length //=> 1
 */
export class FileReportStore implements IntakeStore {
  readonly dataDir: string;
  readonly alertChannels: readonly AlertChannel[];
  private readonly claims = new KeyClaims();
  private readonly warn: (message: string) => void;
  private readonly nextNumbers = new Map<string, Promise<number>>();
  /** Report files already read (they never change), by file name: their reference and alerts. */
  private readonly known = new Map<string, { reference: string; version: number; alerts: ReportFile['alerts'] }>();
  private ready: Promise<void> | undefined;

  constructor(dataDir: string, options: FileReportStoreOptions = {}) {
    if (!dataDir) throw new Error('dataDir: give the folder reports are kept in');
    this.dataDir = dataDir;
    this.alertChannels = options.alertChannels ?? [];
    this.warn = options.warn ?? ((message) => console.warn(`FileReportStore: ${message}`));
  }

  // ---- ReportStore -------------------------------------------------------------------------

  async claim(key: string, fingerprint: string): Promise<IdempotencyClaim> {
    await this.init();
    const holder = this.claims.take(key, fingerprint);
    if (holder !== undefined) return { status: 'in-progress', fingerprint: holder };
    try {
      const file = await readJson<ReportFile>(this.keyPath(key));
      if (!file) return { status: 'claimed' };
      this.claims.release(key);
      return { status: 'completed', fingerprint: file.record.fingerprint, receipt: receiptOf(file.record) };
    } catch (error) {
      this.claims.release(key);
      throw error;
    }
  }

  nextSequence(series: string): Promise<number> {
    // One allocation at a time per series in this process; across processes, the exclusive
    // create of the number's file decides.
    const previous = this.nextNumbers.get(series) ?? this.highestSequence(series);
    const next = previous.then(async (last) => {
      const dir = join(this.dataDir, 'sequences', fileName(series));
      await mkdir(dir, { recursive: true, mode: 0o700 });
      for (let n = last + 1; ; n++) {
        try {
          await (await open(join(dir, String(n)), 'wx', 0o600)).close();
          return n;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        }
      }
    });
    this.nextNumbers.set(
      series,
      next.catch(() => this.highestSequence(series)),
    );
    return next;
  }

  async save(record: StoredReport): Promise<SaveOutcome> {
    try {
      await this.init();
      const file: ReportFile = {
        record: withoutTaken(record),
        alerts: this.alertChannels.map((channel) => ({ id: `${fileName(record.reference)}.${channel}`, channel })),
      };
      const temp = await this.writeTemp(JSON.stringify(file));
      try {
        try {
          await link(temp, this.keyPath(record.idempotencyKey));
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
          const existing = await readJson<ReportFile>(this.keyPath(record.idempotencyKey));
          if (!existing) throw error;
          return { status: 'duplicate', fingerprint: existing.record.fingerprint, receipt: receiptOf(existing.record) };
        }
        await syncFolder(join(this.dataDir, 'reports', 'by-key'));
        await link(temp, this.referencePath(record.reference));
        await syncFolder(join(this.dataDir, 'reports', 'by-reference'));
      } finally {
        await unlink(temp).catch(() => undefined);
      }
      return { status: 'stored' };
    } finally {
      this.claims.release(record.idempotencyKey);
    }
  }

  async release(key: string): Promise<void> {
    this.claims.release(key);
  }

  async lookup(key: string): Promise<KeyLookup> {
    await this.init();
    if (this.claims.holds(key)) return { status: 'in-progress' };
    const file = await readJson<ReportFile>(this.keyPath(key));
    if (!file) return { status: 'unknown' };
    const latest = await this.getReport(file.record.reference);
    return { status: 'completed', record: latest ?? file.record };
  }

  async replace(record: StoredReport): Promise<SaveOutcome> {
    try {
      await this.init();
      const version = versionOf(record);
      const file: ReportFile = {
        record: withoutTaken(record),
        alerts: this.alertChannels.map((channel) => ({ id: `${fileName(record.reference)}.v${version}.${channel}`, channel })),
      };
      const temp = await this.writeTemp(JSON.stringify(file));
      try {
        try {
          await link(temp, this.keyPath(record.idempotencyKey));
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
          const existing = await readJson<ReportFile>(this.keyPath(record.idempotencyKey));
          if (!existing) throw error;
          return { status: 'duplicate', fingerprint: existing.record.fingerprint, receipt: receiptOf(existing.record) };
        }
        await syncFolder(join(this.dataDir, 'reports', 'by-key'));
        // Two replacements of one report at once: the reference points at the one readers take.
        const winner = (await this.reportFiles()).find((f) => f.reference === record.reference);
        if (winner?.name === keyFileName(record.idempotencyKey)) await this.pointReference(temp, record.reference);
      } finally {
        await unlink(temp).catch(() => undefined);
      }
      return { status: 'stored' };
    } finally {
      this.claims.release(record.idempotencyKey);
    }
  }

  /** Swaps the reference's link to `source` (a second link, renamed over the old: atomic). */
  private async pointReference(source: string, reference: string): Promise<void> {
    const swap = join(this.dataDir, 'tmp', `${randomUUID()}.ref`);
    await link(source, swap);
    try {
      await rename(swap, this.referencePath(reference));
    } catch (error) {
      await unlink(swap).catch(() => undefined);
      throw error;
    }
    await syncFolder(join(this.dataDir, 'reports', 'by-reference'));
  }

  // ---- Staff API ---------------------------------------------------------------------------

  async listReports(options: { status: 'new' | 'taken'; limit: number }): Promise<ReportSummary[]> {
    // Report files are read once per process (they never change); only the page asked for is read again.
    const files = await this.reportFiles();
    const taken = new Set(await this.names('taken'));
    const wanted = files.filter((f) => taken.has(`${fileName(f.reference)}.json`) === (options.status === 'taken')).slice(0, options.limit);
    const records = await Promise.all(wanted.map((f) => this.readQuietly<ReportFile>(join(this.dataDir, 'reports', 'by-key', f.name))));
    const withMarks = await Promise.all(records.filter((f): f is ReportFile => f !== undefined).map((f) => this.withTaken(f.record)));
    return withMarks.map(summarise);
  }

  async getReport(reference: string): Promise<StoredReport | undefined> {
    await this.init();
    let file = await readJson<ReportFile>(this.referencePath(reference));
    if (!file) {
      // A process may have died between the two links: link what it left, then look again.
      await this.linkReferences();
      file = await readJson<ReportFile>(this.referencePath(reference));
    }
    return file && this.withTaken(file.record);
  }

  async markTaken(reference: string, mark: TakenMark): Promise<MarkTakenOutcome> {
    if (!(await this.getReport(reference))) return 'not-found';
    const temp = await this.writeTemp(JSON.stringify(mark));
    try {
      await link(temp, this.takenPath(reference));
      return 'taken';
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'already-taken';
      throw error;
    } finally {
      await unlink(temp).catch(() => undefined);
    }
  }

  async purgeTakenBefore(before: string): Promise<number> {
    await this.init();
    let purged = 0;
    for (const name of await this.names('taken')) {
      const mark = await this.readQuietly<TakenMark>(join(this.dataDir, 'taken', name));
      if (!mark || !(mark.at < before)) continue;
      const file = await readJson<ReportFile>(join(this.dataDir, 'reports', 'by-reference', name));
      if (file) {
        // The reference link first: a crash after it leaves the key file, which opening links again.
        await unlinkIfThere(join(this.dataDir, 'reports', 'by-reference', name));
        // Every version: the keys it replaced first, its own key last (opening links again what a crash left).
        for (const key of [...(file.record.replaced?.keys ?? []), file.record.idempotencyKey]) {
          const version = await this.readQuietly<ReportFile>(this.keyPath(key));
          await unlinkIfThere(this.keyPath(key));
          this.known.delete(keyFileName(key));
          for (const alert of version?.alerts ?? []) {
            for (const folder of ['state', 'leases', 'done']) await unlinkIfThere(join(this.dataDir, 'outbox', folder, `${alert.id}.json`));
          }
        }
      }
      await unlinkIfThere(join(this.dataDir, 'taken', name));
      purged++;
    }
    return purged;
  }

  /** Every stored report, oldest reference first (the demo's simulated housing systems read these). */
  async list(): Promise<StoredReport[]> {
    return Promise.all((await this.allReports()).map((r) => this.withTaken(r)));
  }

  /** One stored report, or undefined: {@link getReport}. */
  get(reference: string): Promise<StoredReport | undefined> {
    return this.getReport(reference);
  }

  // ---- Staff tokens ------------------------------------------------------------------------

  async addStaffToken(record: StaffTokenRecord): Promise<void> {
    const tokens = (await this.staffTokens()).filter((t) => t.name !== record.name);
    await this.writeTokens([...tokens, record]);
  }

  async removeStaffToken(name: string): Promise<boolean> {
    const tokens = await this.staffTokens();
    const kept = tokens.filter((t) => t.name !== name);
    if (kept.length === tokens.length) return false;
    await this.writeTokens(kept);
    return true;
  }

  async staffTokens(): Promise<StaffTokenRecord[]> {
    await this.init();
    const tokens = (await readJson<{ tokens: StaffTokenRecord[] }>(join(this.dataDir, 'staff-tokens.json')))?.tokens ?? [];
    return tokens.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  // ---- AlertOutbox -------------------------------------------------------------------------

  async claimAlerts(options: { now: string; limit: number; leaseSeconds: number }): Promise<OutboxItem[]> {
    const pending = await this.pendingItems();
    const due: OutboxItem[] = [];
    for (const item of pending) {
      if (due.length >= options.limit) break;
      if (item.nextAttemptAt > options.now) continue;
      const until = new Date(Date.parse(options.now) + options.leaseSeconds * 1000).toISOString();
      if (await this.takeLease(item.id, options.now, until)) {
        due.push({ id: item.id, reference: item.reference, channel: item.channel, attempts: item.attempts });
      }
    }
    return due;
  }

  async completeAlert(id: string): Promise<void> {
    await this.init();
    const temp = await this.writeTemp('{}');
    try {
      await link(temp, this.outboxPath('done', id)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      });
    } finally {
      await unlink(temp).catch(() => undefined);
    }
    await unlinkIfThere(this.outboxPath('leases', id));
    await unlinkIfThere(this.outboxPath('state', id));
  }

  async retryAlert(id: string, failure: { error: string; nextAttemptAt: string }): Promise<void> {
    await this.init();
    const state = (await this.readQuietly<AlertState>(this.outboxPath('state', id))) ?? { attempts: 0 };
    const next: AlertState = { attempts: state.attempts + 1, nextAttemptAt: failure.nextAttemptAt, lastError: failure.error.slice(0, 500) };
    await this.replaceFile(this.outboxPath('state', id), JSON.stringify(next));
    await unlinkIfThere(this.outboxPath('leases', id));
  }

  async pendingAlerts(): Promise<{ id: string; reference: string; channel: AlertChannel; attempts: number; lastError: string | null }[]> {
    return (await this.pendingItems()).map(({ id, reference, channel, attempts, lastError }) => ({ id, reference, channel, attempts, lastError }));
  }

  async close(): Promise<void> {
    // Nothing held open between calls.
  }

  // ---- Internals ---------------------------------------------------------------------------

  /** Makes the folders (0700), removes temporary files a dead process left, links what a crash left unlinked. */
  init(): Promise<void> {
    this.ready ??= (async () => {
      await mkdir(this.dataDir, { recursive: true, mode: 0o700 });
      await chmod(this.dataDir, 0o700);
      const folders = ['reports/by-key', 'reports/by-reference', 'sequences', 'taken', 'outbox/state', 'outbox/leases', 'outbox/done', 'tmp'];
      for (const folder of folders) await mkdir(join(this.dataDir, folder), { recursive: true, mode: 0o700 });
      await this.removeStaleTemps();
      await this.linkReferences();
    })().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  private async removeStaleTemps(): Promise<void> {
    const dir = join(this.dataDir, 'tmp');
    const cutoff = Date.now() - STALE_TEMP_MS;
    for (const name of await readdir(dir)) {
      const path = join(dir, name);
      const info = await stat(path).catch(() => undefined);
      if (info && info.mtimeMs < cutoff) await unlinkIfThere(path);
    }
  }

  /** Every report file, read once each (they never change), in reference order. */
  private async reportFiles(): Promise<{ name: string; reference: string; alerts: ReportFile['alerts'] }[]> {
    await this.init();
    const names = await this.names('reports/by-key');
    const present = new Set(names);
    for (const name of this.known.keys()) if (!present.has(name)) this.known.delete(name);
    for (const name of names) {
      if (this.known.has(name)) continue;
      const file = await this.readQuietly<ReportFile>(join(this.dataDir, 'reports', 'by-key', name));
      if (file) this.known.set(name, { reference: file.record.reference, version: versionOf(file.record), alerts: file.alerts });
    }
    // The latest version of each reference (a replaced one's earlier files stay for their keys).
    const latest = new Map<string, { name: string; reference: string; version: number; alerts: ReportFile['alerts'] }>();
    for (const [name, entry] of this.known) {
      const seen = latest.get(entry.reference);
      if (!seen || isLater({ name, ...entry }, seen)) latest.set(entry.reference, { name, ...entry });
    }
    return [...latest.values()]
      .map(({ name, reference, alerts }) => ({ name, reference, alerts }))
      .sort((a, b) => compareReferences(a.reference, b.reference));
  }

  private async allReports(): Promise<StoredReport[]> {
    const files = await this.reportFiles();
    const records = await Promise.all(files.map((f) => this.readQuietly<ReportFile>(join(this.dataDir, 'reports', 'by-key', f.name))));
    return records.filter((f): f is ReportFile => f !== undefined).map((f) => f.record);
  }

  private async linkReferences(): Promise<void> {
    const referenced = new Set(await this.names('reports/by-reference'));
    const files = await this.reportFilesRaw();
    // A replacement whose process died before the reference was swapped to it: swap it now.
    const versions = new Map<string, { name: string; version: number }>();
    for (const file of files) {
      const seen = versions.get(file.reference);
      if (!seen || isLater(file, seen)) versions.set(file.reference, { name: file.name, version: file.version });
    }
    for (const [reference, { name, version }] of versions) {
      if (version === 0 || !referenced.has(`${fileName(reference)}.json`)) continue;
      const linked = await this.readQuietly<ReportFile>(this.referencePath(reference));
      if (linked && keyFileName(linked.record.idempotencyKey) !== name) await this.pointReference(join(this.dataDir, 'reports', 'by-key', name), reference);
    }
    for (const file of files) {
      if (referenced.has(`${fileName(file.reference)}.json`)) continue;
      if (versions.get(file.reference)?.name !== file.name) continue;
      await link(join(this.dataDir, 'reports', 'by-key', file.name), this.referencePath(file.reference)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST' && error.code !== 'ENOENT') throw error;
      });
    }
  }

  /** Like reportFiles, without waiting for init (init calls it). */
  private async reportFilesRaw(): Promise<{ name: string; reference: string; version: number }[]> {
    const out: { name: string; reference: string; version: number }[] = [];
    for (const name of await this.names('reports/by-key')) {
      const file = await this.readQuietly<ReportFile>(join(this.dataDir, 'reports', 'by-key', name));
      if (file) out.push({ name, reference: file.record.reference, version: versionOf(file.record) });
    }
    return out;
  }

  private async pendingItems(): Promise<(OutboxItem & { nextAttemptAt: string; lastError: string | null })[]> {
    const files = await this.reportFiles();
    const done = new Set(await this.names('outbox/done'));
    const withState = new Set(await this.names('outbox/state'));
    const items: (OutboxItem & { nextAttemptAt: string; lastError: string | null })[] = [];
    for (const file of files) {
      for (const alert of file.alerts) {
        if (done.has(`${alert.id}.json`)) continue;
        const state = withState.has(`${alert.id}.json`) ? await this.readQuietly<AlertState>(this.outboxPath('state', alert.id)) : undefined;
        items.push({
          id: alert.id,
          reference: file.reference,
          channel: alert.channel,
          attempts: state?.attempts ?? 0,
          nextAttemptAt: state?.nextAttemptAt ?? '',
          lastError: state?.lastError ?? null,
        });
      }
    }
    return items;
  }

  /** A lease is a file created exclusively; an expired one is renamed away first (only one process can). */
  private async takeLease(id: string, now: string, until: string): Promise<boolean> {
    const path = this.outboxPath('leases', id);
    for (let attempt = 0; attempt < 2; attempt++) {
      const temp = await this.writeTemp(JSON.stringify({ until }));
      try {
        await link(temp, path);
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      } finally {
        await unlink(temp).catch(() => undefined);
      }
      const lease = await this.readQuietly<{ until: string }>(path);
      if (lease && lease.until > now) return false;
      const away = join(this.dataDir, 'tmp', `expired-${randomUUID()}`);
      try {
        await rename(path, away);
      } catch {
        return false; // another process took it over first
      }
      await unlinkIfThere(away);
    }
    return false;
  }

  private async writeTokens(tokens: StaffTokenRecord[]): Promise<void> {
    await this.replaceFile(join(this.dataDir, 'staff-tokens.json'), JSON.stringify({ tokens }, null, 2));
  }

  private async withTaken(record: StoredReport): Promise<StoredReport> {
    const mark = await this.readQuietly<TakenMark>(this.takenPath(record.reference));
    return mark ? { ...record, taken: mark } : withoutTaken(record);
  }

  /** A temporary file (0600) under tmp/, written and flushed; the caller links or renames it. */
  private async writeTemp(data: string): Promise<string> {
    await this.init();
    const temp = join(this.dataDir, 'tmp', `${randomUUID()}.tmp`);
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } catch (error) {
      await handle.close().catch(() => undefined);
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    await handle.close();
    return temp;
  }

  /** Replaces a file whole: readers see the old content or the new, never a part. */
  private async replaceFile(path: string, data: string): Promise<void> {
    const temp = await this.writeTemp(data);
    try {
      await rename(temp, path);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    await syncFolder(join(path, '..'));
  }

  /** The highest number handed out in a series: its number files, or a legacy `SERIES.json`. */
  private async highestSequence(series: string): Promise<number> {
    await this.init();
    let highest = 0;
    for (const name of await this.names(join('sequences', fileName(series)))) {
      const n = Number(name);
      if (Number.isSafeInteger(n) && n > highest) highest = n;
    }
    const legacy = await this.readQuietly<{ last?: unknown }>(join(this.dataDir, 'sequences', `${fileName(series)}.json`));
    if (legacy && typeof legacy.last === 'number' && Number.isSafeInteger(legacy.last) && legacy.last > highest) highest = legacy.last;
    return highest;
  }

  /** A JSON file, or undefined when it is missing or damaged (a warning names the file, not its content). */
  private async readQuietly<T>(path: string): Promise<T | undefined> {
    try {
      return await readJson<T>(path);
    } catch (error) {
      this.warn(`skipped ${path}: ${error instanceof SyntaxError ? 'not valid JSON' : (error as Error).message}`);
      return undefined;
    }
  }

  private async names(folder: string): Promise<string[]> {
    try {
      return (await readdir(join(this.dataDir, folder))).filter((n) => !n.startsWith('.'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  private keyPath(key: string): string {
    return join(this.dataDir, 'reports', 'by-key', keyFileName(key));
  }

  private referencePath(reference: string): string {
    return join(this.dataDir, 'reports', 'by-reference', `${fileName(reference)}.json`);
  }

  private takenPath(reference: string): string {
    return join(this.dataDir, 'taken', `${fileName(reference)}.json`);
  }

  private outboxPath(folder: 'state' | 'leases' | 'done', id: string): string {
    return join(this.dataDir, 'outbox', folder, `${fileName(id)}.json`);
  }
}

function keyFileName(key: string): string {
  return `${createHash('sha256').update(key).digest('hex')}.json`;
}

/** Which of two files of one reference readers take: the higher version, then (two replacements at once) the greater file name. */
function isLater(a: { name: string; version: number }, b: { name: string; version: number }): boolean {
  return a.version > b.version || (a.version === b.version && a.name > b.name);
}

/** 0 for a report as first stored; n after its n-th replacement. */
function versionOf(record: StoredReport): number {
  return record.replaced?.keys.length ?? 0;
}

function receiptOf(record: StoredReport) {
  const { reference, receivedAt, outcome } = record;
  return { reference, receivedAt, outcome };
}

function withoutTaken(record: StoredReport): StoredReport {
  const { taken: _taken, ...rest } = record;
  return rest;
}

/** ASB-2026-000009 before ASB-2026-000010, and numbers of any width in order. */
function compareReferences(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
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

async function unlinkIfThere(path: string): Promise<void> {
  await unlink(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

/** Flushes a folder's entries (so a new link survives a power cut); best effort. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not supported on every platform: the file itself is already flushed.
  }
}
