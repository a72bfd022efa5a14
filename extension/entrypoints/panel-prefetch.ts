import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { DASHBOARD_PAGE_SIZE } from '../panel/dashboard-page-size.ts';
import { prefetchFirstRows } from '../panel/prefetch-first-rows.ts';
import { DB_NAME } from '../storage/db-name.ts';

// The side panel's first script: a classic script in its <head>, so it runs as soon as it is
// parsed, before the panel's module script has loaded. When the dashboard is asked for
// (`?view=dashboard`) it starts reading the first rows (see prefetchFirstRows).
export default defineUnlistedScript(() => {
  if (new URLSearchParams(location.search).get('view') === 'dashboard') prefetchFirstRows(DB_NAME, DASHBOARD_PAGE_SIZE);
});
