/*
 * People as the department knows them, full name in Vietnamese order and unit ("Huỳnh Thanh Mai (Ban Biên tập Cổng
 * TTĐT của Sở)", identity/PersonNames through GET /api/people), where Camunda's webapps write a login id or a name
 * alone:
 * - the header's account menu: who is logged in (Tasklist, Cockpit, Admin, Welcome);
 * - Tasklist's list of tasks and a task's header: who holds the task;
 * - a task's "Lịch sử": who did each thing, and to whom the task, its ownership or a candidacy went.
 *
 * Each place's person is read from the place's own Angular scope (the login id the template writes from), and the
 * text Angular drew is replaced in the same text node: when Angular draws another person there, the change is
 * seen and that person is named in turn. Loaded by scripts/config.js (customScripts) of each webapp. Targets the
 * Camunda 7.24.0 webapps' templates; check at every upgrade.
 */
const base = document.querySelector('base');
const PEOPLE = `${base.getAttribute('app-root').replace(/\/[^/]*$/, '')}/api/people`;
/** The history's properties whose values are login ids (Tasklist's history-pane, subEvent.property). */
const PERSON_PROPERTIES = new Set(['assignee', 'owner', 'userId']);

const PLACES = [
  // whole in its title: a long unit's name is cut short in a full header (styles/user-styles.css)
  {selector: 'li.account > a.dropdown-toggle', person: scope => scope.authentication && scope.authentication.name, titled: true},
  {selector: '.tasks-list h5.assignee', person: scope => scope.task && scope.task.assignee},
  {selector: 'li.assignee [cam-widget-inline-field] span[ng-if]', person: scope => scope.assignee && scope.assignee.id},
  {selector: '.history-pane .operation-user', person: scope => scope.event && scope.event.userId},
  {selector: '.history-pane .new-value > span', person: scope => personValue(scope, 'newValue')},
  {selector: '.history-pane .original-value > span', person: scope => personValue(scope, 'orgValue')}
];

function personValue(scope, which) {
  return scope.subEvent && PERSON_PROPERTIES.has(scope.subEvent.property) ? scope.subEvent[which] : null;
}

/** Login id -> what is shown; null while it is being asked about, '' when there is no answer. */
const shown = new Map();
const wanted = new Set();
let asking = false;

async function ask() {
  if (asking || !wanted.size) {
    return;
  }
  asking = true;
  const ids = Array.from(wanted).slice(0, 50);
  ids.forEach(id => wanted.delete(id));
  try {
    const query = ids.map(id => `id=${encodeURIComponent(id)}`).join('&');
    const response = await fetch(`${PEOPLE}?${query}`, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    const people = response.ok ? await response.json() : [];
    people.forEach(person => shown.set(person.id, person.shown));
  } catch (e) {
    // Camunda's own words stay
  } finally {
    // an id not answered for keeps Camunda's words until the page is loaded again
    ids.filter(id => shown.get(id) === null).forEach(id => shown.set(id, ''));
    asking = false;
  }
  name();
  ask();
}

/** The text node Angular writes the person into: the element's first one that says something. */
function textOf(element) {
  return Array.from(element.childNodes).find(node => node.nodeType === Node.TEXT_NODE && node.nodeValue.trim());
}

function name() {
  if (!window.angular) {
    return;
  }
  PLACES.forEach(({selector, person, titled}) => {
    document.querySelectorAll(selector).forEach(element => {
      const scope = window.angular.element(element).scope();
      const id = scope && person(scope);
      const text = textOf(element);
      if (!id || !text) {
        return;
      }
      if (!shown.has(id)) {
        shown.set(id, null);
        wanted.add(id);
        return;
      }
      const label = shown.get(id);
      if (label && text.nodeValue.trim() !== label) {
        text.nodeValue = ` ${label} `;
      }
      if (label && titled && element.title !== label) {
        element.title = label;
      }
    });
  });
  ask();
}

new MutationObserver(name).observe(document.body, {childList: true, subtree: true, characterData: true});
name();

export default [];
