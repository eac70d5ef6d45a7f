/*
 * The webapps' dates in the plan's time zone (the plan file's timeZone, GET /api/plans/time-zone), whatever the
 * computer's zone is: Tasklist, Cockpit and Admin format their dates with moment.js (Camunda's camDate filter,
 * in the formats of dinh-dang-ngay.js), and those display formats are written at the plan zone's offset for each
 * instant (moment's utcOffset, the offset read through Intl with the zone's own rules). Every other format (the
 * ISO dates the webapps send to the engine, with their offset) is left as moment writes it. The footer names the
 * plan's zone instead of the computer's.
 *
 * Imported by ngay-gio.js, which each app's scripts/config.js loads. Targets Camunda 7.24.0 (moment.js in
 * lib/deps.js, the AngularJS constant "moment" of angular-moment; the footer's #footer-timezone); check at
 * every Camunda upgrade. Until the zone is known (one request once someone is logged in), dates are the computer's.
 */
import {DATE_FORMAT} from './dinh-dang-ngay.js';
import {ROOT} from './header-link.js';

const DISPLAY_FORMATS = new Set(Object.values(DATE_FORMAT));
let zone = null;

/** Minutes the zone is ahead of UTC at that instant (Asia/Ho_Chi_Minh: 420). */
export function offsetIn(timeZone, date) {
  const parts = {};
  new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit'
  }).formatToParts(date).forEach(part => { parts[part.type] = part.value; });
  const wallAsUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return Math.round((wallAsUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

/** The wall time of an instant in the plan's zone as {year, month, day, hour, minute} (the computer's until known). */
export function wallTime(date) {
  const shifted = zone ? new Date(date.getTime() + offsetIn(zone, date) * 60000) : null;
  return shifted
    ? {year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(),
      hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes()}
    : {year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate(),
      hour: date.getHours(), minute: date.getMinutes()};
}

function zonedMoment(moment) {
  if (moment.fn.cchcZoned) {
    return;
  }
  const format = moment.fn.format;
  moment.fn.format = function (pattern, ...rest) {
    if (zone && DISPLAY_FORMATS.has(pattern) && this.isValid()) {
      return format.call(this.clone().utcOffset(offsetIn(zone, this.toDate())), pattern, ...rest);
    }
    return format.call(this, pattern, ...rest);
  };
  moment.fn.cchcZoned = true;
}

function footer() {
  const name = document.querySelector('#footer-timezone i');
  if (zone && name && name.textContent !== zone) {
    name.textContent = zone;
  }
}

function whenTheAppRuns() {
  const injector = window.angular && window.angular.element(document.documentElement).injector();
  if (!injector) {
    setTimeout(whenTheAppRuns, 100);
    return;
  }
  if (injector.has('moment')) {
    zonedMoment(injector.get('moment'));
  }
  injector.get('$rootScope').$applyAsync();
}

let asking = false;

/** Asks for the plan's zone once someone is logged in (asked before, the answer's 401 would open the browser's own login). */
async function planZone() {
  if (asking) {
    return;
  }
  asking = true;
  try {
    const response = await fetch(`${ROOT}/api/plans/time-zone`, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    if (response.ok) {
      zone = (await response.json()).timeZone;
      footer();
      whenTheAppRuns();
    }
  } catch (e) {
    // asked again at the next change of the page
  } finally {
    asking = false;
  }
}

whenTheAppRuns();
new MutationObserver(() => {
  if (!zone && document.querySelector('li.account')) {
    planZone();
  }
  footer();
}).observe(document.documentElement, {childList: true, subtree: true});

export default [];
