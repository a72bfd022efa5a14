import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDb } from './db.ts';
import { createSettingsRepository } from './settings-repository.ts';
import { DEFAULT_SETTINGS } from '../settings/settings-schema.ts';

const freshDb = () => openDb('s', { indexedDB: new IDBFactory(), IDBKeyRange });

describe('createSettingsRepository', () => {
  it('gives the defaults until something is saved, then the saved values', async () => {
    const repo = createSettingsRepository(freshDb());
    expect((await repo.load()).settings).toEqual(DEFAULT_SETTINGS);
    expect(await repo.hasSaved()).toBe(false);
    await repo.save({ officerName: 'Sam Patel', retentionDays: 30 });
    expect((await repo.load()).settings).toMatchObject({ officerName: 'Sam Patel', retentionDays: 30, policyPreset: 'model' });
    expect(await repo.hasSaved()).toBe(true);
  });

  it('lets managed values win and refuses to save over them', async () => {
    const repo = createSettingsRepository(freshDb(), async () => ({ notificationsOn: false }));
    const { settings, locked } = await repo.load();
    expect(settings.notificationsOn).toBe(false);
    expect(locked).toEqual(['notificationsOn']);
    await expect(repo.save({ notificationsOn: true })).rejects.toThrow('notificationsOn: set by your organisation, cannot be changed here');
  });

  it('refuses a bad value, naming the setting', async () => {
    const repo = createSettingsRepository(freshDb());
    await expect(repo.save({ retentionDays: 0 })).rejects.toThrow('retentionDays: must be 1 or more');
  });

  it('keeps reading settings when managed storage cannot be read', async () => {
    const repo = createSettingsRepository(freshDb(), async () => {
      throw new Error('managed storage not available');
    });
    expect((await repo.load()).locked).toEqual([]);
  });
});
