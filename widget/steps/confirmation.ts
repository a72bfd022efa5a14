import { html, type TemplateResult } from 'lit/html.js';
import type { Strings } from '../strings.en-GB.ts';
import type { Receipt } from '../submit.ts';
import type { WidgetPolicy } from '../widget-policy.ts';

/**
 * 10. Confirmation: the reference, when we aim to contact them (the server's triage of their
 * answers under the policy), or, when the policy handles it outside ASB, what happens instead;
 * what to do if it gets worse; the ASB Case Review in one sentence; ASB Help, and mediation for
 * disputes.
 */
export function renderConfirmation(
  receipt: Receipt,
  policy: WidgetPolicy,
  report: { anonymous: boolean; dispute: boolean },
  s: Strings,
): TemplateResult {
  const outcome = receipt.outcome ?? { isAsb: true, firstContactWorkingDays: policy.maxFirstContactWorkingDays };
  const outside = !outcome.isAsb;
  const signposts = policy.signposts.filter((p) => p.id === 'asb-help' || (p.id === 'mediation' && (outside || report.dispute)));
  return html`<div class="panel" part="panel">
      <h1 tabindex="-1">${s.sentTitle}</h1>
      ${s.referenceLabel}<br><strong class="reference">${receipt.reference}</strong>
    </div>
    <p>${s.keepReference}</p>
    <h2>${s.nextTitle}</h2>
    ${outside
      ? html`<p>${s.outsideAsb}</p><p>${policy.outsideAsbMessage}</p>`
      : html`<p>${report.anonymous ? s.anonymousNext : s.aimToContact(outcome.firstContactWorkingDays ?? policy.maxFirstContactWorkingDays)}</p>`}
    <h2>${s.worseTitle}</h2>
    <p>${s.worse}</p>
    <p>${s.worseAgain(policy.landlord, policy.contact.phone)}</p>
    <p>${s.caseReview(policy.caseReview.threshold, policy.caseReview.windowMonths)}</p>
    ${signposts.length
      ? html`<h2>${s.helpTitle}</h2>
          ${signposts.map((p) => html`<p>${p.url ? html`<a href=${p.url}>${p.label}</a>` : html`<strong>${p.label}</strong>`}: ${p.text}</p>`)}`
      : ''}`;
}
