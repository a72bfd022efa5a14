import type { Policy } from '../../core/index.ts';
import { widgetPolicyView } from '../widget-policy-view.ts';

/** The view, its body and its ETag, worked out once per policy object. */
const cache = new WeakMap<Policy, { body: string; etag: string } | { error: string }>();

/**
 * Answers `GET` (and `HEAD`) on the report endpoint with the widget's view of the landlord's
 * policy (`widgetPolicyView`: name, contact, outside-ASB message, first-contact targets, Case
 * Review, signposts; nothing the policy marks `assumed`), as JSON, so the form's promise and the
 * intake's triage come from one policy file. `ETag` is a hash of the body and `Cache-Control:
 * no-cache` makes browsers check it on each page load: `If-None-Match` with the current tag
 * answers 304 with no body, and a changed policy is seen at once. Other methods: 405 (the
 * endpoint takes reports by `POST`, through `handleReportSubmission`). A policy without a phone
 * number answers 500 with the reason (the intake refuses such a policy at start).
 * Synchronous, and runs on any runtime with web `Request`/`Response`.
 *
 * @example
 * const response = handlePolicyRequest(new Request('https://homes.example/api/asb-reports'), policy);
 * response.status //=> 200
 * response.headers.get('etag') //=> '"pv-1f3a9c04b2d6e871"'
 * (await response.json()).landlord //=> 'Mersey Vale Housing'
 */
export function handlePolicyRequest(request: Request, policy: Policy): Response {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return json(405, JSON.stringify({ error: 'method-not-allowed', message: 'GET reads the policy; POST sends a report' }), {
      Allow: 'GET, HEAD, POST',
    });
  }
  let entry = cache.get(policy);
  if (!entry) {
    try {
      const body = JSON.stringify(widgetPolicyView(policy));
      entry = { body, etag: `"pv-${fnv1a64(body)}"` };
    } catch (error) {
      entry = { error: (error as Error).message };
    }
    cache.set(policy, entry);
  }
  if ('error' in entry) return json(500, JSON.stringify({ error: 'policy-incomplete', message: entry.error }));
  const headers = { ETag: entry.etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
  if (matches(request.headers.get('if-none-match'), entry.etag)) return new Response(null, { status: 304, headers });
  const body = request.method === 'HEAD' ? null : entry.body;
  return json(200, body, { ...headers, 'Content-Length': String(new TextEncoder().encode(entry.body).length) });
}

function json(status: number, body: string | null, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...(status >= 400 ? { 'Cache-Control': 'no-store' } : {}), ...headers },
  });
}

/** `If-None-Match`: `*`, or a list of tags (weak or strong, compared weakly as RFC 9110 says). */
function matches(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** FNV-1a, 64 bits, of the UTF-16 code units, as 16 hex digits: a tag, not a security hash. */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}
