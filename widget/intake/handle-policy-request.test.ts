import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicy, policies } from '../../core/index.ts';
import { handlePolicyRequest } from './handle-policy-request.ts';

// A landlord's own policy file, as the intake loads it at start.
const merseyVale = parsePolicy(JSON.parse(readFileSync(new URL('../../test/fixtures/widget/policies/mersey-vale.json', import.meta.url), 'utf8')));
const URL_ = 'https://www.merseyvale.example/api/asb-reports';
const get = (headers: Record<string, string> = {}, method = 'GET') => new Request(URL_, { method, headers });

describe('handlePolicyRequest', () => {
  it('answers GET with the widget’s view of the landlord’s policy, as JSON with an ETag', async () => {
    const response = handlePolicyRequest(get(), merseyVale);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('etag')).toMatch(/^"pv-[0-9a-f]{16}"$/);
    const view = await response.json();
    expect(view).toEqual({
      id: 'mersey-vale',
      landlord: 'Mersey Vale Housing',
      contact: { phone: '0151 496 0731', email: 'asb.team@merseyvale.example' },
      messages: {
        outsideAsb:
          'We will not deal with this as anti-social behaviour, but we will still help. We will give you advice and can offer mediation, where someone neutral helps you and your neighbour talk it through.',
      },
      targets: [
        { level: 'high', label: 'Level 1 High Risk', firstContactWorkingDays: 1 },
        { level: 'medium', label: 'Level 2 Medium Risk', firstContactWorkingDays: 2 },
        { level: 'low', label: 'Level 3 Low Risk', firstContactWorkingDays: 3 },
      ],
      signposts: expect.arrayContaining([expect.objectContaining({ id: 'asb-help', label: 'ASB Help' })]),
    });
    // The file marks the Case Review threshold assumed: the tenant is never promised it.
    expect(view).not.toHaveProperty('caseReview');
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(JSON.stringify(view))));
  });

  it('answers If-None-Match with the current tag with 304 and no body; another tag gets the view', async () => {
    const etag = handlePolicyRequest(get(), merseyVale).headers.get('etag')!;
    const notModified = handlePolicyRequest(get({ 'If-None-Match': `"other", W/${etag}` }), merseyVale);
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('etag')).toBe(etag);
    expect(await notModified.text()).toBe('');
    expect(handlePolicyRequest(get({ 'If-None-Match': '"pv-0000000000000000"' }), merseyVale).status).toBe(200);
  });

  it('gives another policy another tag, and the same policy the same tag', () => {
    const tag = (policy = merseyVale) => handlePolicyRequest(get(), policy).headers.get('etag');
    const renamed = parsePolicy({ ...merseyVale, landlord: 'Mersey Vale Homes' });
    expect(tag()).toBe(tag(parsePolicy(structuredClone(merseyVale))));
    expect(tag(renamed)).not.toBe(tag());
    expect(tag(policies['plus-dane'])).not.toBe(tag());
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = handlePolicyRequest(get({}, 'HEAD'), merseyVale);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toMatch(/^"pv-/);
    expect(await response.text()).toBe('');
  });

  it.each(['PUT', 'DELETE', 'PATCH'])('answers %s with 405 and the methods the endpoint takes', async (method) => {
    const response = handlePolicyRequest(new Request(URL_, { method, body: method === 'DELETE' ? null : '{}' }), merseyVale);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, POST');
    expect((await response.json()).error).toBe('method-not-allowed');
  });

  it('answers 500 naming the missing phone number for a policy without one', async () => {
    const response = handlePolicyRequest(get(), policies['co-op-homes']!);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      error: 'policy-incomplete',
      message: 'contact.phone: policy "co-op-homes" has no phone number, and the form must tell tenants how to reach Co-op Homes',
    });
  });
});
