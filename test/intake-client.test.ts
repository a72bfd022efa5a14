import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { policies, sampleReport } from '../core/index.ts';
import { FileReportStore } from '../widget/intake/file-report-store.ts';
import { createIntakeService } from '../widget/intake/intake-service.ts';
import { issueStaffToken } from '../widget/intake/staff-tokens.ts';
import { parseIntakeSettings } from '../extension/settings/intake-settings.ts';
import { createIntakeClient, IntakeError } from '../extension/background/intake-client.ts';

// The extension's intake client (extension/background/intake-client.ts) against the real intake service (file store, staff API), called in-process: what the extension sees.
let dir: string;
let service: (request: Request, client: string) => Promise<Response>;
let token: string;
const fetchVia = (input: string, init: RequestInit) => service(new Request(input, init), '127.0.0.1');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'asb-intake-client-'));
  const store = new FileReportStore(dir);
  await store.init();
  const issued = issueStaffToken('priya', '2026-12-18T09:00:00.000Z');
  token = issued.token;
  await store.addStaffToken(issued.record);
  service = createIntakeService({ store, policy: policies.model!, policies, allowedOrigins: [], widgetDir: null, maxBodyBytes: 2_000_000, rateLimitPerMinute: 60, log: () => undefined });
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

async function submit(description: string): Promise<string> {
  const response = await fetchVia('https://reports.example.org/api/asb-reports', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({ ...sampleReport, policyId: 'model', description }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { reference: string }).reference;
}

describe('createIntakeClient against the intake service', () => {
  it('lists new reports, reads one in full, marks it taken, and the list drops it', async () => {
    const first = await submit('Loud music every night from the flat above.');
    const second = await submit('Shouting on the stairs.');
    const client = createIntakeClient(parseIntakeSettings({ intakeUrl: 'https://reports.example.org/', staffToken: token }), fetchVia);

    const listed = await client.listNew();
    expect(listed.map((r) => r.reference)).toEqual([first, second]);
    expect(Object.keys(listed[0]!).sort()).toEqual(['firstContactDue', 'levelLabel', 'receivedAt', 'reference']);

    const full = await client.getReport(first);
    expect(full.report.description).toBe('Loud music every night from the flat above.');

    await client.markTaken(first, 'OL-104240');
    expect((await client.listNew()).map((r) => r.reference)).toEqual([second]);
    await expect(client.markTaken(first, 'OL-104241')).rejects.toThrow('already marked as taken');
  });

  it('says in plain English when the token is refused or the intake cannot be reached', async () => {
    const refused = createIntakeClient(parseIntakeSettings({ intakeUrl: 'https://reports.example.org', staffToken: 'asb_staff_not-a-real-one' }), fetchVia);
    const error = await refused.listNew().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntakeError);
    expect((error as IntakeError).status).toBe(401);
    expect((error as Error).message).toBe('The intake service did not accept the staff token. Ask your administrator for a new one and enter it in ASB Assist’s settings.');
    expect((error as Error).message).not.toContain('asb_staff_not-a-real-one');

    const offline = createIntakeClient(parseIntakeSettings({ intakeUrl: 'https://reports.example.org', staffToken: token }), () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(offline.listNew()).rejects.toThrow('The intake service cannot be reached.');
  });
});
