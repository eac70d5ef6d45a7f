/*
 * "Thông báo" in Tasklist's header, before the account menu, for whoever is logged in: one click
 * to the person's own notification settings (/cai-dat, notification/SettingsPage), which live at the
 * application's root (the <base> app-root "/camunda" less its last segment).
 *
 * Loaded by tasklist/scripts/config.js (customScripts). Targets the header of the Camunda 7.24.0 webapps
 * (nav.cam-nav.app-menu, li.account); check at every Camunda upgrade.
 */
const base = document.querySelector('base');
const root = base.getAttribute('app-root').replace(/\/[^/]*$/, '');
const SETTINGS = `${root}/cai-dat`;
const MENU = 'nav.cam-nav.app-menu > ul';
const LINK_CLASS = 'cchc-cai-dat';

function placeLink() {
  const menu = document.querySelector(MENU);
  const account = menu && menu.querySelector(':scope > li.account');
  const present = menu && menu.querySelector(`:scope > li.${LINK_CLASS}`);
  if (!account) {
    // nobody logged in: no account menu, no link
    document.querySelectorAll(`li.${LINK_CLASS}`).forEach(item => item.remove());
    return;
  }
  if (present) {
    return;
  }
  const item = document.createElement('li');
  item.className = LINK_CLASS;
  const link = document.createElement('a');
  link.href = SETTINGS;
  // short: an administrator's header is nearly full, and a wrapped header lies over the page below it
  link.textContent = 'Thông báo';
  link.title = 'Cài đặt thông báo qua e-mail: các loại thông báo nhận và địa chỉ nhận';
  item.appendChild(link);
  menu.insertBefore(item, account);
}

// Angular draws the header late, and again after logging in or out
new MutationObserver(placeLink).observe(document.body, {childList: true, subtree: true});
placeLink();

export default [];
