import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileReportStore } from './file-report-store.ts';
import { hashToken } from './staff-tokens.ts';

const dir = mkdtempSync(join(tmpdir(), 'asb-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, [join(import.meta.dirname, 'main.ts'), ...args], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 20_000 });

describe('npm run intake (widget/intake/main.ts)', () => {
  it('refuses to start with a message naming the wrong setting, and exits 1', () => {
    const result = run([], { INTAKE_POLICY_PRESET: 'model', INTAKE_DATA_DIR: join(dir, 'data') });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('INTAKE_POLICY_PRESET: tenants would be shown a fictional landlord: landlord: "Example Homes" is not a real landlord\'s name');
    const port = run([], { INTAKE_POLICY_PRESET: 'plus-dane', INTAKE_PORT: 'eighty' });
    expect(port.status).toBe(1);
    expect(port.stderr).toContain('INTAKE_PORT: must be a port number');
    writeFileSync(join(dir, 'a-file'), '');
    // A built form of its own, so the answer does not depend on whether dist/widget was built yet.
    mkdirSync(join(dir, 'widget'), { recursive: true });
    writeFileSync(join(dir, 'widget', 'asb-report-form.js'), '');
    const folder = run([], { INTAKE_POLICY_PRESET: 'plus-dane', INTAKE_DATA_DIR: join(dir, 'a-file', 'data'), INTAKE_WIDGET_DIR: join(dir, 'widget') });
    expect(folder.status).toBe(1);
    expect(folder.stderr.trim()).toBe(`INTAKE_DATA_DIR: cannot use ${join(dir, 'a-file', 'data')}: ENOTDIR`);
  }, 30_000);

  it('issues a staff token once and keeps only its hash; lists and revokes by name', async () => {
    const env = { INTAKE_POLICY_PRESET: 'plus-dane', INTAKE_DATA_DIR: join(dir, 'data') };
    const added = run(['token', 'add', 'alex.smith'], env);
    expect(added.status).toBe(0);
    const token = /^(asb_staff_[A-Za-z0-9_-]{43})$/m.exec(added.stdout)?.[1];
    expect(token).toBeDefined();
    const stored = await new FileReportStore(join(dir, 'data')).staffTokens();
    expect(stored.map((t) => [t.name, t.hash])).toEqual([['alex.smith', hashToken(token!)]]);
    expect(JSON.stringify(stored)).not.toContain(token!);
    expect(run(['token', 'list'], env).stdout).toMatch(/^alex\.smith\tcreated \d{4}-/);
    expect(run(['token', 'remove', 'alex.smith'], env).status).toBe(0);
    expect(run(['token', 'remove', 'alex.smith'], env).status).toBe(1);
    expect(run(['token', 'add', 'no spaces'], env).status).toBe(1);
  }, 60_000);

  it('checks the settings and the policy', () => {
    const result = run(['check'], { INTAKE_POLICY_PRESET: 'plus-dane', INTAKE_DATA_DIR: join(dir, 'data') });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe('Settings and policy are valid: Plus Dane Housing (plus-dane), store: files.');
  }, 30_000);
});
