import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { policies } from '../../core/index.ts';
import { loadLandlordPolicy } from './load-landlord-policy.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'asb-policy-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const riverside = {
  ...policies['co-op-homes']!,
  id: 'riverside',
  landlord: 'Riverside Housing Association',
  contact: { phone: '0345 111 0000', email: 'asb@riverside.org.uk' },
};

describe('loadLandlordPolicy', () => {
  it('loads a landlord’s policy file with a real name and phone', async () => {
    const file = join(dir, 'policy.json');
    await writeFile(file, JSON.stringify(riverside));
    const policy = loadLandlordPolicy({ policy: { file }, contact: {} });
    expect([policy.id, policy.landlord, policy.contact?.phone]).toEqual(['riverside', 'Riverside Housing Association', '0345 111 0000']);
  });

  it('accepts a preset with its landlord’s own phone', () => {
    expect(loadLandlordPolicy({ policy: { preset: 'plus-dane' }, contact: {} }).contact?.phone).toBe('0800 169 2988');
    expect(loadLandlordPolicy({ policy: { preset: 'co-op-homes' }, contact: { phone: '0161 000 4321' } }).contact?.phone).toBe('0161 000 4321');
  });

  it('refuses a policy that would show tenants a fictional landlord, naming why', () => {
    expect(() => loadLandlordPolicy({ policy: { preset: 'model' }, contact: {} })).toThrow(
      'INTAKE_POLICY_PRESET: tenants would be shown a fictional landlord: landlord: "Example Homes" is not a real landlord\'s name',
    );
    expect(() => loadLandlordPolicy({ policy: { preset: 'co-op-homes' }, contact: {} })).toThrow(
      'INTAKE_POLICY_PRESET: tenants would be shown a fictional landlord: contact.phone: the policy has no phone number for tenants (set INTAKE_CONTACT_PHONE)',
    );
    for (const phone of ['0300 000 0000', '0113 496 0123', '020 7946 0000', '07700 900123', '+44 (0)300 000 0000']) {
      expect(() => loadLandlordPolicy({ policy: { preset: 'co-op-homes' }, contact: { phone } }), phone).toThrow(/is a placeholder or drama number/);
    }
    expect(() => loadLandlordPolicy({ policy: { preset: 'co-op-homes' }, contact: { phone: 'ring us' } })).toThrow(/"ring us" is not a UK phone number/);
    expect(() => loadLandlordPolicy({ policy: { preset: 'plus-dane' }, contact: { email: 'asb@example.org' } })).toThrow(/contact.email: "asb@example.org" is a placeholder address/);
  });

  it('names the setting when the file is missing, not JSON, or not a valid policy', async () => {
    const file = join(dir, 'policy.json');
    expect(() => loadLandlordPolicy({ policy: { file }, contact: {} })).toThrow(`INTAKE_POLICY_FILE: cannot read ${file}: ENOENT`);
    await writeFile(file, '{"id": ');
    expect(() => loadLandlordPolicy({ policy: { file }, contact: {} })).toThrow(`INTAKE_POLICY_FILE: ${file} is not valid JSON`);
    await writeFile(file, JSON.stringify({ ...riverside, region: 'wales' }));
    expect(() => loadLandlordPolicy({ policy: { file }, contact: {} })).toThrow(/^INTAKE_POLICY_FILE: the policy is not valid:\n {2}region: must be one of/);
    expect(() => loadLandlordPolicy({ policy: { preset: 'riverside' }, contact: {} })).toThrow('INTAKE_POLICY_PRESET: unknown preset "riverside": choose from');
  });
});
