/**
 * Rows the dashboard shows at first, and adds with each "Show more" (in a module of its own so
 * the side panel's first script can read it without loading the panel).
 *
 * @example
 * DASHBOARD_PAGE_SIZE //=> 50
 */
export const DASHBOARD_PAGE_SIZE = 50;
