/**
 * The core event every dated entry of a host's notes or case log stands for, whatever its type:
 * the entry is itself an update of the case log. Co-op Homes' procedure (002 2.5: "Update the ASB
 * case log and Omniledger Tenant Notes" within 2 working days following action) is met by any
 * entry dated on or after the action, including the entry that records the action itself (a note
 * of a phone call to the complainant is that call's update). Which deadlines this event completes
 * is the policy's (its `completedBy`), not the adapter's.
 *
 * @example
 * HOST_LOG_UPDATE_EVENT //=> 'case-log-updated'
 */
export const HOST_LOG_UPDATE_EVENT = 'case-log-updated';
