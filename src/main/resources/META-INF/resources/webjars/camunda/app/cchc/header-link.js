/*
 * A link of the product in the header of Camunda's webapps, before the account menu where there is one
 * (Tasklist), else last (the welcome page has none): the one mechanism behind "Tin bài của tôi"
 * (tin-bai-cua-toi.js), "Thông báo" (cai-dat.js) and "Bảng theo dõi" (bang-theo-doi.js).
 *
 * The product's pages live at the application's root: the <base> app-root ("/camunda") less its last
 * segment (ROOT). Targets the header of the Camunda 7.24.0 webapps (nav.cam-nav.app-menu, li.account);
 * check at every Camunda upgrade. Texts are kept short: an administrator's header is nearly full, and a
 * wrapped header lies over the page below it.
 */
const base = document.querySelector('base');
export const ROOT = base.getAttribute('app-root').replace(/\/[^/]*$/, '');
export const MENU = 'nav.cam-nav.app-menu > ul';

/** Puts the link {className, href, text, title} in the header's menu, once; false when there is no menu yet. */
export function placeLink({className, href, text, title}) {
  const menu = document.querySelector(MENU);
  if (!menu) {
    return false;
  }
  if (!menu.querySelector(`:scope > li.${className}`)) {
    const item = document.createElement('li');
    item.className = className;
    const link = document.createElement('a');
    link.href = href;
    link.textContent = text;
    link.title = title;
    item.appendChild(link);
    menu.insertBefore(item, menu.querySelector(':scope > li.account'));
  }
  return true;
}

export function removeLink(className) {
  document.querySelectorAll(`li.${className}`).forEach(item => item.remove());
}

/**
 * Keeps the link in the header while someone is logged in (Tasklist's account menu is there) and
 * {@code allowed(userId)} answered true for them; removes it when nobody is. Angular draws the header late,
 * and again after logging in or out.
 */
export function keepLinkForLoggedIn(link, allowed = async () => true) {
  const adminApi = base.getAttribute('admin-api'); // "/camunda/api/admin/"
  const engine = (/\/app\/[^/]+\/([^/]+)\//.exec(window.location.pathname) || [null, 'default'])[1];
  let decided = null; // the user the last answer was for, and the answer
  let asking = false;

  async function decide() {
    asking = true;
    try {
      const response = await fetch(`${adminApi}auth/user/${encodeURIComponent(engine)}`,
        {credentials: 'same-origin', headers: {Accept: 'application/json'}});
      const user = response.ok ? (await response.json()).userId : null;
      decided = {user, yes: user ? await allowed(user).catch(() => false) : false};
    } finally {
      asking = false;
    }
    update();
  }

  function update() {
    const account = document.querySelector(`${MENU} > li.account`);
    if (!account) {
      // nobody logged in: no account menu, no link, and the next person is asked about afresh
      removeLink(link.className);
      decided = null;
      return;
    }
    if (decided === null) {
      if (!asking) decide();
      return;
    }
    if (decided.yes) {
      placeLink(link);
    } else {
      removeLink(link.className);
    }
  }

  new MutationObserver(update).observe(document.body, {childList: true, subtree: true});
  update();
}
