import { html, nothing, type TemplateResult } from 'lit/html.js';
import { dateInWords } from '../date-in-words.ts';
import { firstContactPromise } from '../first-contact-promise.ts';
import type { Headings } from '../headings.ts';
import { pageTitle, subHeading } from '../render-field.ts';
import type { Strings } from '../strings.en-GB.ts';
import type { Receipt } from '../submit.ts';
import type { WidgetPolicy } from '../widget-policy.ts';

/** What the confirmation needs to know about the report that was sent. */
export interface SentReport {
  anonymous: boolean;
  dispute: boolean;
  /** A hate incident, or a hate motive perceived. */
  hate: boolean;
}

/**
 * 10. Confirmation: the reference; when we aim to contact them (the date the intake worked out
 * from the policy's stated target; never a value the policy assumed), or, when the policy handles
 * it outside ASB, what happens instead (an anonymous tenant is promised no contact); for hate,
 * how to report a hate crime to the police (101, True Vision); what to do if it gets worse; the
 * ASB Case Review in one sentence; ASB Help, and mediation for disputes (unless anonymous).
 */
export function renderConfirmation(receipt: Receipt, policy: WidgetPolicy, report: SentReport, s: Strings, h: Headings): TemplateResult {
  const c = { h };
  const outside = receipt.outcome?.isAsb === false;
  // Mediation needs us to contact them ("We can refer you"): not offered to an anonymous tenant.
  const signposts = policy.signposts.filter(
    (p) => p.id === 'asb-help' || (p.id === 'mediation' && !report.anonymous && (outside || report.dispute)),
  );
  const promise = firstContactPromise(receipt, policy);
  const next = report.anonymous
    ? s.anonymousNext
    : !promise
      ? s.willContact
      : 'by' in promise
        ? s.aimToContactBy(dateInWords(promise.by, s.lang))
        : s.aimToContact(promise.withinWorkingDays);
  const review = policy.caseReview;
  return html`<div class="panel" part="panel">
      ${pageTitle(c, s.sentTitle)}
      ${s.referenceLabel}<br><strong class="reference">${receipt.reference}</strong>
    </div>
    <p>${s.keepReference}</p>
    ${subHeading(c, s.nextTitle)}
    ${outside
      ? html`<p>${s.outsideAsb}</p>
          ${report.anonymous
            ? html`<p>${s.anonymousOutsideAsb}</p>`
            : policy.messages.outsideAsb
              ? html`<p>${policy.messages.outsideAsb}</p>`
              : nothing}`
      : html`<p>${next}</p>`}
    ${report.hate
      ? html`${subHeading(c, s.hateTitle)}
          <p>${s.hatePolice}</p>
          <p><a href=${s.hateOnline.url}>${s.hateOnline.label}</a>: ${s.hateOnline.text}</p>`
      : nothing}
    ${subHeading(c, s.worseTitle)}
    <p>${s.worse}</p>
    <p>${s.worseAgain(policy.landlord, policy.contact.phone)}</p>
    <p>${review ? s.caseReview(review.threshold, review.windowMonths) : s.caseReviewAny}</p>
    ${signposts.length
      ? html`${subHeading(c, s.helpTitle)}
          ${signposts.map((p) => html`<p>${p.url ? html`<a href=${p.url}>${p.label}</a>` : html`<strong>${p.label}</strong>`}: ${p.text}</p>`)}`
      : nothing}`;
}
