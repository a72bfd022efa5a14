import { describe, expect, it } from 'vitest';
import { fetchPolicyView } from './fetch-policy-view.ts';

const view = {
  id: 'mersey-vale',
  landlord: 'Mersey Vale Housing',
  contact: { phone: '0151 496 0731' },
  messages: {},
  targets: [{ level: 'high', label: 'Level 1 High Risk', firstContactWorkingDays: 1 }],
  signposts: [],
};
const answering = (response: Response | Error): typeof fetch => async (_url, init) => {
  expect(init?.method ?? 'GET').toBe('GET');
  if (response instanceof Error) throw response;
  return response;
};

describe('fetchPolicyView', () => {
  it('answers the view the endpoint gives', async () => {
    expect(await fetchPolicyView('/api/asb-reports', answering(Response.json(view)))).toEqual(view);
  });

  it.each([
    [new TypeError('Failed to fetch'), 'policy view /api/asb-reports: could not reach the server (Failed to fetch)'],
    [new Response('Not found', { status: 404 }), 'policy view /api/asb-reports: the server answered 404'],
    [new Response('<!doctype html><p>Welcome', { status: 200 }), 'policy view /api/asb-reports: not JSON'],
    [Response.json({ ...view, contact: { phone: '' } }), 'policy view /api/asb-reports: contact.phone: must not be empty'],
  ])('says why it cannot use %s', async (response, message) => {
    await expect(fetchPolicyView('/api/asb-reports', answering(response))).rejects.toThrow(message);
  });
});
