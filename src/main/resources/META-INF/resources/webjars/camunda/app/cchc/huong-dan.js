/*
 * "Hướng dẫn sử dụng": the user guide (/huong-dan, portal/GuidePage) one click away, for everyone, logged in
 * or not: in the header of the welcome page, before its account menu, and in Tasklist's account menu (Tasklist's
 * header is nearly full for an administrator, and a wrapped header lies over the page below it). The guide lives at the
 * application's root (header-link.js's ROOT).
 *
 * Imported by bang-theo-doi.js, the script the welcome page and Tasklist both load (their scripts/config.js
 * customScripts). Targets the header of the Camunda 7.24.0 webapps (nav.cam-nav.app-menu, li.account);
 * check at every Camunda upgrade.
 */
import {MENU, ROOT} from './header-link.js';

const GUIDE = `${ROOT}/huong-dan`;
const LINK_CLASS = 'cchc-huong-dan';
const IN_THE_HEADER = /\/app\/welcome\//.test(window.location.pathname);

function placeLink() {
  const menu = document.querySelector(MENU);
  if (!menu) {
    return;
  }
  const account = menu.querySelector(':scope > li.account');
  const accountMenu = account && account.querySelector('ul.dropdown-menu');
  if (!IN_THE_HEADER && !accountMenu) {
    // Tasklist: nobody logged in yet
    return;
  }
  const place = IN_THE_HEADER ? menu : accountMenu;
  if (place.querySelector(`:scope > li.${LINK_CLASS}`)) {
    return;
  }
  const item = document.createElement('li');
  item.className = LINK_CLASS;
  const link = document.createElement('a');
  link.href = GUIDE;
  link.textContent = 'Hướng dẫn sử dụng';
  link.title = 'Hướng dẫn sử dụng hệ thống cho từng vai trò, có hình minh họa';
  item.appendChild(link);
  place.insertBefore(item, IN_THE_HEADER ? account : accountMenu.firstElementChild);
}

// Angular draws the header late, and again after logging in or out
new MutationObserver(placeLink).observe(document.body, {childList: true, subtree: true});
placeLink();

export default [];
