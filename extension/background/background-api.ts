import type { Browser } from 'wxt/browser';

/**
 * The parts of the extension API the background uses. `browser` from `wxt/browser` fits; tests
 * pass WXT's fake browser (with `sidePanel` and `scripting` stubbed, which it does not implement).
 */
export interface BackgroundApi {
  action: Pick<typeof Browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'>;
  alarms: Pick<typeof Browser.alarms, 'create' | 'get'> & { onAlarm: Pick<typeof Browser.alarms.onAlarm, 'addListener'> };
  notifications: Pick<typeof Browser.notifications, 'create'> & {
    onClicked: Pick<typeof Browser.notifications.onClicked, 'addListener'>;
  };
  storage: { session: Pick<Browser.storage.StorageArea, 'get' | 'set' | 'remove'>; managed: Pick<Browser.storage.StorageArea, 'get'> };
  tabs: Pick<typeof Browser.tabs, 'sendMessage' | 'create'>;
  permissions: Pick<typeof Browser.permissions, 'contains'>;
  scripting: Pick<
    typeof Browser.scripting,
    'getRegisteredContentScripts' | 'registerContentScripts' | 'unregisterContentScripts' | 'updateContentScripts'
  >;
  /** Chrome only (Firefox has a sidebar instead). */
  sidePanel?: Pick<typeof Browser.sidePanel, 'open' | 'setPanelBehavior'>;
}
