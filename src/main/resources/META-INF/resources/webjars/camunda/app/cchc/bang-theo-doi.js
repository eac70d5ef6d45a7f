/*
 * The Office's dashboard (/dashboard) one click away in Tasklist and on the welcome page, and where the
 * Office's monitors and the directors land after logging in when no task waits for them.
 *
 * Loaded by scripts/config.js (customScripts) of Tasklist and of the welcome page. It asks
 * /api/dashboard/access, which answers 200 only to those with ACCESS on the application "dashboard"
 * (system/ApiAuthenticationFilter); for them it adds "Bảng theo dõi" to the header's menu, before the
 * account menu. Nobody else sees the link (they would be refused at /dashboard anyway).
 *
 * Landing: when someone logs in on this page (the page was loaded without a login and the account menu
 * then appears), and they may open the dashboard, and the engine lists no task assigned to them or
 * offered to them or their groups, the browser goes to /dashboard. Someone who opens Tasklist already
 * logged in stays there, so the dashboard's way back to Tasklist keeps working.
 *
 * The dashboard lives at the application's root; the link is placed by header-link.js, shared with the
 * header's other links of the product.
 */
// the user guide's link goes wherever this script goes (the welcome page, Tasklist)
import './huong-dan.js';
import {MENU, ROOT, placeLink, removeLink} from './header-link.js';

const base = document.querySelector('base');
const engineApi = base.getAttribute('engine-api'); // "/camunda/api/engine/"
const adminApi = base.getAttribute('admin-api'); // "/camunda/api/admin/"
const DASHBOARD = `${ROOT}/dashboard`;
const engine = (/\/app\/[^/]+\/([^/]+)\//.exec(window.location.pathname) || [null, 'default'])[1];
const LINK = {
  className: 'cchc-bang-theo-doi',
  href: DASHBOARD,
  text: 'Bảng theo dõi',
  title: 'Bảng theo dõi kế hoạch tuyên truyền CCHC'
};

async function json(url) {
  const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  return response.ok ? response.json() : null;
}

async function loggedInUser() {
  const user = await json(`${adminApi}auth/user/${encodeURIComponent(engine)}`);
  return user && user.userId ? user.userId : null;
}

async function mayOpenTheDashboard() {
  return (await json(`${ROOT}/api/dashboard/access`)) !== null;
}

async function noTaskWaitsFor(user) {
  const task = `${engineApi}engine/${encodeURIComponent(engine)}/task/count`;
  const mine = await json(`${task}?assignee=${encodeURIComponent(user)}`);
  const offered = await json(`${task}?candidateUser=${encodeURIComponent(user)}`);
  return mine !== null && offered !== null && mine.count + offered.count === 0;
}

let allowed = false;
/** The user seen by the last check: undefined before the first, null for nobody. */
let seen;
/** Whether this page showed nobody logged in (its login form): the next user seen has just logged in. */
let loggedOutHere = false;
/** The last question "who is logged in?", and the last decision begun for a newly seen user. */
let latestQuestion = 0;
let latest = 0;

function addLink() {
  placeLink(LINK);
}

/** Asks who is logged in; of answers that cross, only the last question's counts. */
async function check() {
  const asked = ++latestQuestion;
  const user = await loggedInUser().catch(() => null);
  if (asked !== latestQuestion || user === seen) {
    // a later question is under way, or nothing changed: a decision under way for this user stands
    return;
  }
  const deciding = ++latest;
  if (user === null) {
    loggedOutHere = true;
  }
  const justLoggedIn = loggedOutHere && user !== null;
  if (justLoggedIn) {
    loggedOutHere = false;
  }
  seen = user;
  allowed = user !== null && await mayOpenTheDashboard().catch(() => false);
  if (deciding !== latest) {
    return;
  }
  if (!allowed) {
    removeLink(LINK.className);
    stayed(user);
    return;
  }
  addLink();
  if (justLoggedIn && await noTaskWaitsFor(user).catch(() => false)) {
    window.location.assign(DASHBOARD);
    return;
  }
  stayed(user);
}

/**
 * Says on <html data-cchc-landing="stay"> that a logged-in person stays on this page: this script will not
 * send them on to the dashboard (the browser tests wait for it, or for the dashboard, after logging in).
 */
function stayed(user) {
  if (user !== null) {
    document.documentElement.dataset.cchcLanding = 'stay';
  }
}

// logging in and out change the address after the '#'; Angular redraws the header late and again
window.addEventListener('hashchange', check);
// the login form coming or going, or Tasklist's account menu, say that someone logged in or out
const signs = () => `${document.querySelector(`${MENU} > li.account`) !== null}`
  + `${document.querySelector('input[type="password"]') !== null}`;
let shown = signs();
new MutationObserver(() => {
  if (document.querySelector('input[type="password"]') !== null) {
    loggedOutHere = true;
  }
  const now = signs();
  if (now !== shown) {
    shown = now;
    check();
  }
  if (allowed) {
    addLink();
  }
}).observe(document.body, {childList: true, subtree: true});
check();

export default [];
