/*
 * "Thông báo" in Tasklist's header for whoever is logged in: one click to the person's own notification
 * settings (/cai-dat, notification/SettingsPage). Loaded by tasklist/scripts/config.js (customScripts);
 * the header mechanism is header-link.js.
 */
import {ROOT, keepLinkForLoggedIn} from './header-link.js';

keepLinkForLoggedIn({
  className: 'cchc-cai-dat',
  href: `${ROOT}/cai-dat`,
  text: 'Thông báo',
  title: 'Cài đặt thông báo qua e-mail: các loại thông báo nhận và địa chỉ nhận'
});

export default [];
