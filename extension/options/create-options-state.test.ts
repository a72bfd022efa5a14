import { describe, expect, it, vi } from 'vitest';
import { policies } from '../../core/index.ts';
import { applyManagedSettings } from '../settings/managed-settings.ts';
import type { OptionsService } from './options-service.ts';
import { createOptionsState } from './create-options-state.ts';
import { DEFAULT_SETTINGS } from '../settings/settings-schema.ts';
import type { Settings } from '../settings/settings-schema.ts';

/** An options service over memory, with the organisation's managed values. */
function fakeService(managed: Record<string, unknown> = {}, granted: string[] = []) {
  let own: Settings = { ...DEFAULT_SETTINGS };
  const calls: string[] = [];
  const service: OptionsService = {
    load: async () => applyManagedSettings(own, managed),
    save: vi.fn(async (changes: Partial<Settings>) => {
      own = { ...own, ...changes };
      return applyManagedSettings(own, managed);
    }),
    requestOrigin: vi.fn(async (origin: string) => {
      calls.push(`request ${origin}`);
      granted.push(origin);
      return true;
    }),
    hasOrigin: async (origin) => granted.includes(origin),
    syncHosts: vi.fn(async () => {
      calls.push('sync');
      return { matches: [], waiting: [], builtIn: [], problems: [] };
    }),
    exportFile: async () => ({ name: 'x.json', text: '{}' }),
    importText: async () => {
      throw new Error('version: this file comes from a newer version of ASB Assist (file version 9); this version reads version 1');
    },
    purgeNow: async () => 2,
    counts: async () => ({ total: 3, closed: 1 }),
    recompute: async () => undefined,
  };
  return { service, calls, own: () => own };
}

describe('createOptionsState', () => {
  it('shows managed settings as locked and never changes them', async () => {
    const { service } = fakeService({ notificationsOn: false, policyPreset: 'plus-dane' });
    const state = createOptionsState(service);
    await state.start();
    expect([...state.locked.value].sort()).toEqual(['notificationsOn', 'policyPreset']);
    state.set('notificationsOn', true);
    expect(state.draft.value?.notificationsOn).toBe(false);
    state.set('officerName', 'Sam Patel');
    expect(await state.save()).toBe(true);
    expect(service.save).toHaveBeenCalledWith({ officerName: 'Sam Patel' });
  });

  it('refuses a bad custom policy with each problem in words, and saves nothing', async () => {
    const { service } = fakeService();
    const state = createOptionsState(service);
    await state.start();
    state.set('policyPreset', 'custom');
    state.set('customPolicy', JSON.stringify({ ...policies.model, levels: [{ ...policies.model!.levels[0], label: '' }] }));
    expect(await state.save()).toBe(false);
    expect(state.errors.value).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'custom-policy', where: 'levels, item 1, label', problem: 'must not be empty' })]),
    );
    expect(service.save).not.toHaveBeenCalled();
  });

  it('refuses a retention period that is not a whole number of days', async () => {
    const { service } = fakeService();
    const state = createOptionsState(service);
    await state.start();
    state.set('retentionDays', 0);
    expect(await state.save()).toBe(false);
    expect(state.errors.value).toEqual([{ field: 'retention-days', where: '', problem: 'Enter a whole number of days from 1 to 3650.' }]);
  });

  it('saves the number of homes, or none, and refuses one that is not a whole number of at least 1', async () => {
    const { service } = fakeService();
    const state = createOptionsState(service);
    await state.start();
    state.set('homes', 2.5);
    expect(await state.save()).toBe(false);
    expect(state.errors.value).toEqual([{ field: 'homes', where: '', problem: 'Enter the number of homes as a whole number of at least 1, or leave it empty.' }]);
    state.set('homes', 0);
    expect(await state.save()).toBe(false);
    state.set('homes', 12400);
    expect(await state.save()).toBe(true);
    expect(service.save).toHaveBeenLastCalledWith({ homes: 12400 });
    state.set('homes', null);
    expect(await state.save()).toBe(true);
    expect(service.save).toHaveBeenLastCalledWith({ homes: null });
  });

  it('adding a host asks for its origin first, then saves it and registers the content script', async () => {
    const { service, calls, own } = fakeService();
    const state = createOptionsState(service);
    await state.start();
    state.host.system.value = 'omniledger';
    state.host.match.value = 'https://hms.example.org/asb/*';
    const adding = state.addHost();
    // Asked synchronously, inside the click that started it.
    expect(service.requestOrigin).toHaveBeenCalledWith('https://hms.example.org/*');
    await adding;
    expect(calls).toEqual(['request https://hms.example.org/*', 'sync']);
    expect(own().hosts).toEqual([{ match: 'https://hms.example.org/asb/*', system: 'omniledger' }]);
    expect(state.access.value).toEqual({ 'https://hms.example.org/asb/*': true });
  });

  it('explains a host address it cannot use, without asking for access', async () => {
    const { service } = fakeService();
    const state = createOptionsState(service);
    await state.start();
    state.host.match.value = 'hms.example.org';
    await state.addHost();
    expect(state.host.errors.value[0]?.problem).toMatch(/^The address must look like https:\/\/hms.example.org\/\*/);
    expect(service.requestOrigin).not.toHaveBeenCalled();
  });

  it('checks a generic host’s selectors, naming the field in words', async () => {
    const { service } = fakeService();
    const state = createOptionsState(service);
    await state.start();
    state.host.system.value = 'generic';
    state.host.match.value = 'https://hms.example.org/*';
    state.host.generic.value = JSON.stringify({ name: 'Our HMS', caseView: { reference: '#ref', receivedAt: '#rec', category: '#cat' } });
    await state.addHost();
    expect(state.host.errors.value).toEqual([expect.objectContaining({ field: 'host-generic', where: 'caseView, description' })]);
  });

  it('shows why an import file was refused, in words', async () => {
    const { service } = fakeService();
    const state = createOptionsState(service);
    await state.start();
    await state.importText('{}');
    expect(state.data.errors.value).toEqual([
      expect.objectContaining({ where: 'version', problem: 'this file comes from a newer version of ASB Assist (file version 9); this version reads version 1' }),
    ]);
  });

  it('saves the intake address and token, asking for the intake origin first; an empty token keeps the saved one', async () => {
    const { service, calls, own } = fakeService();
    const state = createOptionsState(service);
    await state.start();
    expect(await state.saveIntake({ intakeUrl: 'https://reports.merseyvale.example/', staffToken: 'asb_staff_Kq2' })).toBe(true);
    expect(calls).toEqual(['request https://reports.merseyvale.example/*']);
    expect(own()).toMatchObject({ intakeUrl: 'https://reports.merseyvale.example/', staffToken: 'asb_staff_Kq2' });
    expect(state.message.value).toBe('Intake settings saved. New website reports are listed in the side panel.');
    expect(await state.saveIntake({ intakeUrl: 'https://reports.merseyvale.example', staffToken: '' })).toBe(true);
    expect(own().staffToken).toBe('asb_staff_Kq2');
  });

  it('refuses a bad intake address or token naming the field, and asks for nothing', async () => {
    const { service, calls } = fakeService();
    const state = createOptionsState(service);
    await state.start();
    expect(await state.saveIntake({ intakeUrl: 'http://reports.merseyvale.example', staffToken: '' })).toBe(false);
    expect(state.intake.errors.value).toEqual([
      { field: 'intake-url', where: '', problem: 'The intake address must be an https address like https://reports.example.org (http only on this computer).' },
      { field: 'staff-token', where: '', problem: 'The staff token is required: the staff token your intake’s administrator gave you.' },
    ]);
    expect(calls).toEqual([]);
    expect(service.save).not.toHaveBeenCalled();
  });

  it('keeps the organisation’s intake address and token', async () => {
    const { service } = fakeService({ intakeUrl: 'https://reports.merseyvale.example', staffToken: 'asb_staff_org' });
    const state = createOptionsState(service);
    await state.start();
    expect(await state.saveIntake({ intakeUrl: 'https://elsewhere.example', staffToken: 'mine' })).toBe(true);
    expect(service.save).toHaveBeenCalledWith({});
  });
});
