/*
 * Offers the controls that change the engine's state only to administrators (group camunda-admin).
 *
 * The engine's API refuses every such change to everyone else (system/EngineApiWriteGuard, see
 * docs/security.md): a variable edited or deleted, an instance cancelled or suspended, a job retried
 * or its due date changed, a task created, its dates, candidate groups or assignee changed. Tasklist
 * and Cockpit would still offer those buttons to all, and answer them with a refusal. This module,
 * loaded by scripts/config.js (customScripts) of Tasklist and Cockpit, asks who is logged in and
 * whether they belong to camunda-admin, and marks <body> with the class "cchc-quan-tri" for an
 * administrator, "cchc-khong-quan-tri" for anyone else (and nobody logged in). The apps'
 * styles/user-styles.css hide the controls on a <body> without "cchc-quan-tri", so until the answer
 * comes, and when it cannot come, nobody sees them. Administrators keep everything.
 *
 * Tasklist's task header keeps showing the dates, the candidate groups and the assignee, as text:
 * clicking or pressing a key on them would open their editors, so those events stop here for a
 * non-administrator (see LOCKED). Claiming stays: everyone with the task may claim it for themselves;
 * releasing a claim is an administrator's (the engine grants people TASK_WORK, not TASK_ASSIGN).
 *
 * Targets the DOM of the Camunda 7.24.0 webapps (camunda-webapp-webjar 7.24.0); check the selectors
 * here and in the styles at every Camunda upgrade. The engine's configured admin users
 * (adminUsers) are not known here: this application names none, only the group.
 */
export const ADMINISTRATOR = 'cchc-quan-tri';
export const NOT_ADMINISTRATOR = 'cchc-khong-quan-tri';
const ADMIN_GROUP = 'camunda-admin';

const base = document.querySelector('base');
const adminApi = base.getAttribute('admin-api'); // "/camunda/api/admin/"
const engineApi = base.getAttribute('engine-api'); // "/camunda/api/engine/"
const engine = (/\/app\/[^/]+\/([^/]+)\//.exec(window.location.pathname) || [null, 'default'])[1];

/** Tasklist's task header: the dates, candidate groups and assignee open editors when clicked. */
const LOCKED = [
  '[cam-tasklist-task-meta] .followup-date',
  '[cam-tasklist-task-meta] .due-date',
  '[cam-tasklist-task-meta] li.groups > span',
  '[cam-tasklist-task-meta] li.assignee > [cam-widget-inline-field]'
].join(',');

let latest = 0;

async function json(url) {
  const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  return response.ok ? response.json() : null;
}

/** Who is logged in (null for nobody) and whether they are a member of camunda-admin. */
async function whoIsLoggedIn() {
  const user = await json(`${adminApi}auth/user/${encodeURIComponent(engine)}`);
  if (!user || !user.userId) {
    return {userId: null, administrator: false};
  }
  // the engine shows a person only the groups they may read: a member of camunda-admin reads every
  // group, anyone else never gets camunda-admin back for a membership they do not have
  const groups = await json(`${engineApi}engine/${encodeURIComponent(engine)}/group?id=${ADMIN_GROUP}`
    + `&member=${encodeURIComponent(user.userId)}`);
  return {userId: user.userId, administrator: Array.isArray(groups) && groups.some(g => g.id === ADMIN_GROUP)};
}

/** Asks again; of answers that cross, only the last question's counts. */
function check() {
  const asked = ++latest;
  whoIsLoggedIn()
    .catch(() => ({administrator: false}))
    .then(({administrator}) => {
      if (asked === latest) {
        document.body.classList.toggle(ADMINISTRATOR, administrator);
        document.body.classList.toggle(NOT_ADMINISTRATOR, !administrator);
      }
    });
}

function stopForNonAdministrators(event) {
  if (event.type === 'keydown' && event.key === 'Tab') {
    return; // moving on through the page stays possible
  }
  if (!document.body.classList.contains(ADMINISTRATOR) && event.target instanceof Element
      && event.target.closest(LOCKED)) {
    event.stopPropagation();
    event.preventDefault();
  }
}

// capture phase on the document: before Angular's handlers on the elements themselves
['click', 'keydown', 'paste'].forEach(type => document.addEventListener(type, stopForNonAdministrators, true));

// logging in and out, and every move inside the apps, change the address after the '#'
window.addEventListener('hashchange', check);
check();

export default [];
