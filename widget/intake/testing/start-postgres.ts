import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway PostgreSQL cluster for tests: started in a temporary folder, on a Unix socket only. */
export interface TestPostgres {
  /** `postgres://postgres@/postgres?host=SOCKETDIR&port=PORT` */
  connectionString: string;
  /** A fresh, empty database in the cluster. */
  createDatabase(name: string): string;
  stop(): void;
}

/** The folder with Debian's PostgreSQL server binaries (the newest installed), or undefined. */
export function findPostgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] && join(root, versions[0], 'bin');
}

/**
 * Starts a cluster: `initdb` and `pg_ctl` run as the `postgres` user when this process is root
 * (initdb refuses root), in a temporary folder owned by it, listening on a socket in that folder
 * (no TCP port to collide with other engineers' or CI's servers).
 *
 * @example
 * const pg = startTestPostgres();
 * const url = pg.createDatabase('contract'); // postgres://postgres@/contract?host=/tmp/asb-pg-…&port=5432
 * pg.stop();
 */
export function startTestPostgres(): TestPostgres {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed: run `bash scripts/ensure-deps.sh --postgres` (Debian: apt-get install postgresql)');
  const root = mkdtempSync(join(tmpdir(), 'asb-pg-'));
  chmodSync(root, 0o755);
  const dataDir = join(root, 'data');
  const asRoot = process.getuid?.() === 0;
  const uid = asRoot ? Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()) : undefined;
  const gid = asRoot ? Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()) : undefined;
  if (uid !== undefined && gid !== undefined) chownSync(root, uid, gid);
  const run = (command: string, args: string[]) => {
    const full = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]] as const : [join(bin, command), args] as const;
    const result = spawnSync(full[0], full[1] as string[], { encoding: 'utf8', cwd: root });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
  };
  const port = 5432;
  run('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
  run('pg_ctl', ['-D', dataDir, '-l', join(root, 'log'), '-o', `-p ${port} -k ${root} -c listen_addresses='' -c max_connections=200 -c fsync=on`, '-w', 'start']);
  const url = (db: string) => `postgres://postgres@/${db}?host=${encodeURIComponent(root)}`;
  let stopped = false;
  return {
    connectionString: url('postgres'),
    createDatabase(name) {
      run('psql', ['-h', root, '-p', String(port), '-U', 'postgres', '-q', '-c', `CREATE DATABASE "${name}"`]);
      return url(name);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}
