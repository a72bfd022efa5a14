import { html, type TemplateResult } from 'lit/html.js';
import type { Headings } from '../headings.ts';
import { pageTitle, subHeading } from '../render-field.ts';
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
  h: Headings,
): TemplateResult {
  const c = { h };
  const outcome = receipt.outcome ?? { isAsb: true, firstContactWorkingDays: policy.maxFirstContactWorkingDays };
  const outside = !outcome.isAsb;
  const signposts = policy.signposts.filter((p) => p.id === 'asb-help' || (p.id === 'mediation' && (outside || report.dispute)));
  return html`<div class="panel" part="panel">
      ${pageTitle(c, s.sentTitle)}
      ${s.referenceLabel}<br><strong class="reference">${receipt.reference}</strong>
    </div>
    <p>${s.keepReference}</p>
    ${subHeading(c, s.nextTitle)}
    ${outside
      ? html`<p>${s.outsideAsb}</p><p>${policy.outsideAsbMessage}</p>`
      : html`<p>${report.anonymous ? s.anonymousNext : s.aimToContact(outcome.firstContactWorkingDays ?? policy.maxFirstContactWorkingDays)}</p>`}
    ${subHeading(c, s.worseTitle)}
    <p>${s.worse}</p>
    <p>${s.worseAgain(policy.landlord, policy.contact.phone)}</p>
    <p>${s.caseReview(policy.caseReview.threshold, policy.caseReview.windowMonths)}</p>
    ${signposts.length
      ? html`${subHeading(c, s.helpTitle)}
          ${signposts.map((p) => html`<p>${p.url ? html`<a href=${p.url}>${p.label}</a>` : html`<strong>${p.label}</strong>`}: ${p.text}</p>`)}`
      : ''}`;
}
