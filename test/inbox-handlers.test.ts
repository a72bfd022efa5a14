// The background's web reports inbox (extension/background/inbox-handlers.ts) against the real
// intake service (file store, staff API), with WXT's fake browser for storage and tabs.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { policies, sampleReport } from '../core/index.ts';
import { createInboxHandlers } from '../extension/background/inbox-handlers.ts';
import { createIntakeClient } from '../extension/background/intake-client.ts';
import type { HostCase } from '../extension/hosts/host-case.ts';
import type { MessageHandlers } from '../extension/messaging/messaging.ts';
import { DEFAULT_SETTINGS, type Settings } from '../extension/settings/settings-schema.ts';
import { FileReportStore } from '../widget/intake/file-report-store.ts';
import { createIntakeService } from '../widget/intake/intake-service.ts';
import { issueStaffToken } from '../widget/intake/staff-tokens.ts';

const INTAKE = 'https://reports.merseyvale.example';
let dir: string;
let service: (request: Request, client: string) => Promise<Response>;
let token: string;
let settings: Settings;
let granted: boolean;
let opened: string[];
const fetchVia = (input: string, init: RequestInit) => service(new Request(input, init), '127.0.0.1');

beforeEach(async () => {
  fakeBrowser.reset();
  dir = await mkdtemp(join(tmpdir(), 'asb-inbox-'));
  const store = new FileReportStore(dir);
  await store.init();
  const issued = issueStaffToken('priya', '2026-12-18T09:00:00.000Z');
  token = issued.token;
  await store.addStaffToken(issued.record);
  service = createIntakeService({ store, policy: policies.model!, policies, allowedOrigins: [], widgetDir: null, maxBodyBytes: 2_000_000, rateLimitPerMinute: 60, log: () => undefined });
  settings = { ...DEFAULT_SETTINGS, intakeUrl: INTAKE, staffToken: token };
  granted = true;
  opened = [];
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

function inbox(ownOrigin?: string) {
  let nextTab = 40;
  return createInboxHandlers({
    ...(ownOrigin ? { ownOrigin } : {}),
    api: {
      tabs: { create: async ({ url }: { url?: string }) => (opened.push(url!), { id: nextTab++ }) } as never,
      permissions: { contains: async ({ origins }: { origins?: string[] }) => granted && origins?.[0] === `${INTAKE}/*` } as never,
    },
    local: fakeBrowser.storage.local,
    session: fakeBrowser.storage.session,
    settings: async () => ({ settings, policy: policies.model! }),
    client: (checked) => createIntakeClient(checked, fetchVia),
  });
}

async function submit(description: string): Promise<string> {
  const response = await fetchVia(`${INTAKE}/api/asb-reports`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({ ...sampleReport, policyId: 'model', description }),
  });
  return ((await response.json()) as { reference: string }).reference;
}

const sender = (tabId?: number) => ({ ...(tabId === undefined ? {} : { tab: { id: tabId } as Browser.tabs.Tab }) }) as Browser.runtime.MessageSender;
type Handler<T extends keyof MessageHandlers> = NonNullable<MessageHandlers[T]>;
const call = <T extends keyof MessageHandlers>(handlers: MessageHandlers, type: T, message: object, tabId?: number) =>
  (handlers[type] as Handler<T>)({ type, ...message } as never, sender(tabId)) as Promise<never>;

function savedCase(reference: string, description: string): HostCase {
  return {
    system: 'omniledger',
    reference,
    receivedAt: '2026-12-18T16:05',
    recordedCategory: 'Noise Nuisance',
    description,
    parties: [],
    logEntries: [],
    url: `https://hms.merseyvale.example/asb-log/${reference}.html`,
  };
}

describe('the web reports inbox in the background', () => {
  it('lists new reports, opens the new-case form on the system last seen, fills it, and marks the report taken once its case is saved', async () => {
    const reference = await submit('Loud music every night from the flat above.');
    const { handlers, caseSeen } = inbox();
    await call(handlers, 'host-seen', { system: 'omniledger', name: 'Omniledger', url: 'https://hms.merseyvale.example/asb-log/index.html' });

    const listing = (await call(handlers, 'inbox-list', {})) as { reports: { reference: string }[]; hostName: string; error: null };
    expect(listing.hostName).toBe('Omniledger');
    expect(listing.error).toBeNull();
    expect(listing.reports.map((r) => r.reference)).toEqual([reference]);

    expect(await call(handlers, 'inbox-create-case', { reference })).toEqual({ opened: true });
    expect(opened).toEqual(['https://hms.merseyvale.example/asb-log/new.html']);
    const { fill } = (await call(handlers, 'get-new-case-fill', {}, 40)) as { fill: { category: string; description: string } };
    expect(fill.category).toBe('Noise Nuisance');
    expect(fill.description.startsWith(`Website report ${reference}.`)).toBe(true);
    // Another tab's new-case form is not filled.
    expect(await call(handlers, 'get-new-case-fill', {}, 41)).toEqual({ fill: null });

    // Another case opened in that tab is not taken for it; the saved one is.
    expect(await caseSeen(savedCase('OL-104099', 'Dog barking.'), 40)).toBe(false);
    expect(await caseSeen(savedCase('OL-104300', fill.description), 40)).toBe(true);
    expect(((await call(handlers, 'inbox-list', {})) as { reports: unknown[] }).reports).toEqual([]);
    const stored = (await (await fetchVia(`${INTAKE}/api/staff/reports/${reference}`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { taken: { hmsReference: string } };
    expect(stored.taken.hmsReference).toBe('OL-104300');
  });

  it('says what is missing: no settings, no access, a refused token, no housing system seen', async () => {
    const { handlers } = inbox();
    settings = { ...DEFAULT_SETTINGS };
    expect(await call(handlers, 'inbox-list', {})).toEqual({ configured: false, reports: [], hostName: null, error: null });

    settings = { ...DEFAULT_SETTINGS, intakeUrl: INTAKE, staffToken: token };
    granted = false;
    expect(((await call(handlers, 'inbox-list', {})) as { error: string }).error).toBe(
      'ASB Assist has no access to the intake’s address. Save the intake settings again in ASB Assist’s settings and allow access.',
    );

    granted = true;
    settings = { ...settings, staffToken: 'asb_staff_revoked' };
    expect(((await call(handlers, 'inbox-list', {})) as { error: string }).error).toContain('did not accept the staff token');

    expect(await call(handlers, 'inbox-create-case', { reference: 'ASB-2026-000001' })).toEqual({
      opened: false,
      reason: 'Open a page of your housing system first, so ASB Assist knows where to create the case.',
    });
  });

  it('answers the inbox only to the extension’s own pages, and keeps only web addresses of known systems', async () => {
    const { handlers } = inbox('chrome-extension://abcdefgh/');
    const list = handlers['inbox-list']!;
    await expect(Promise.resolve(list({ type: 'inbox-list' }, { url: 'https://hms.merseyvale.example/asb-log/index.html' } as Browser.runtime.MessageSender))).rejects.toThrow(
      'Only ASB Assist’s own pages may read website reports.',
    );
    expect(await list({ type: 'inbox-list' }, { url: 'chrome-extension://abcdefgh/sidepanel.html?view=inbox' } as Browser.runtime.MessageSender)).toMatchObject({ configured: true, error: null });
    expect(await call(handlers, 'host-seen', { system: 'omniledger', name: 'Omniledger', url: 'javascript:alert(1)' })).toEqual({ saved: false });
    expect(await call(handlers, 'host-seen', { system: 'other', name: 'X', url: 'https://x.example/' })).toEqual({ saved: false });
  });
});
