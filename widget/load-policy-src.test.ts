import { afterEach, describe, expect, it, vi } from 'vitest';
import { policies } from '../core/index.ts';
import { loadPolicySrc } from './load-policy-src.ts';

const serve = (status: number, body: string) => vi.stubGlobal('fetch', async () => new Response(body, { status }));

describe('loadPolicySrc', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('validates a landlord’s policy JSON with the core and reduces it', async () => {
    serve(200, JSON.stringify({ ...policies.model, id: 'riverside', landlord: 'Riverside Homes' }));
    expect(await loadPolicySrc('/asb/policy.json')).toMatchObject({ id: 'riverside', landlord: 'Riverside Homes' });
  });

  it('says why it cannot use the file', async () => {
    serve(200, JSON.stringify({ ...policies.model, region: 'wales' }));
    await expect(loadPolicySrc('/asb/policy.json')).rejects.toThrow(/^policy-src \/asb\/policy\.json: region: /);
    serve(200, '{ "id": ');
    await expect(loadPolicySrc('/p.json')).rejects.toThrow('policy-src /p.json: not valid JSON');
    serve(404, 'Not found');
    await expect(loadPolicySrc('/p.json')).rejects.toThrow('policy-src /p.json: the server answered 404');
  });
});
