/*
 * Offers "Bắt đầu quy trình" only to a person who may start a process from Tasklist.
 *
 * The Board and the directors start nothing (items come from the units, the year's plan from the Office):
 * Tasklist would still offer them the start menu and answer it with an empty list. This module, loaded by
 * tasklist/scripts/config.js (customScripts), asks the engine how many process definitions the person may
 * start from Tasklist (the same question Tasklist's own start dialog asks, with the permission check) and
 * marks <body> with "cchc-bat-dau" when there is at least one. tasklist/styles/user-styles.css hides the
 * start menu on a <body> without it, so until the answer comes, and when it cannot come, it is not offered.
 *
 * Targets the DOM of Camunda Tasklist 7.24.0 (li.start-process-action in the header).
 */
export const MAY_START = 'cchc-bat-dau';

const base = document.querySelector('base');
const engineApi = base.getAttribute('engine-api'); // "/camunda/api/engine/"
const engine = (/\/app\/[^/]+\/([^/]+)\//.exec(window.location.pathname) || [null, 'default'])[1];

let latest = 0;

async function startableCount() {
  const response = await fetch(`${engineApi}engine/${encodeURIComponent(engine)}/process-definition/count`
    + '?latestVersion=true&active=true&startableInTasklist=true&startablePermissionCheck=true',
  {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  return response.ok ? (await response.json()).count : 0;
}

/** Asks again; of answers that cross, only the last question's counts. */
function check() {
  const asked = ++latest;
  startableCount()
    .catch(() => 0)
    .then(count => {
      if (asked === latest) {
        document.body.classList.toggle(MAY_START, count > 0);
      }
    });
}

// logging in and out, and every move inside Tasklist, change the address after the '#'
window.addEventListener('hashchange', check);
check();

export default [];
