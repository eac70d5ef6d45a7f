/*
 * Dates in Vietnamese in Tasklist, Cockpit and Admin, beyond what scripts/config.js (dateFormat,
 * dinh-dang-ngay.js) and locales/vi.json (moment's dateLocales) reach:
 *
 * - the date picker (AngularJS UI Bootstrap's uib-datepicker, as in a task's due or follow-up date) names
 *   months and weekdays from AngularJS's $locale, which the webapps leave in English: once the app has
 *   started, its names are set to Vietnamese, the week starts on Monday and the time picker counts 24 hours;
 * - Tasklist shows a task's due, follow-up and creation dates only as a relative time ("7 ngày nữa",
 *   angular-moment's am-time-ago), the date itself in the tooltip (camDate 'long', dd/MM/yyyy HH:mm): each
 *   such relative time gets that date written before it, <span class="cchc-ngay">dd/MM/yyyy HH:mm</span>,
 *   kept in step with the tooltip and removed with it;
 * - Cockpit's variable tables write a Date variable as it edits it, 2026-11-30T03:52:16 (the computer's
 *   time), and so does a process definition's list of instances its start times: each such value is written
 *   dd/MM/yyyy HH:mm in the plan's zone instead (the copy button still
 *   copies the raw one);
 * - Tasklist's task history ("Lịch sử") writes each event's hour with AngularJS's own date filter (HH:mm, in the
 *   computer's zone) under a day written in the plan's zone: the hour is written in the plan's zone too;
 * - every date in the plan's time zone, whatever the computer's: mui-gio.js.
 *
 * Loaded by scripts/config.js (customScripts) of each app. Targets Camunda 7.24.0 (window.angular from
 * lib/deps.js, UI Bootstrap 2, am-time-ago with uib-tooltip); check at every Camunda upgrade.
 */
import {wallTime} from './mui-gio.js';

const DATE = 'cchc-ngay';

const MONTHS = Array.from({length: 12}, (_, i) => `tháng ${i + 1}`);
const VIETNAMESE = {
  MONTH: MONTHS,
  STANDALONEMONTH: MONTHS.map(m => `T${m.slice(1)}`),
  SHORTMONTH: Array.from({length: 12}, (_, i) => `thg ${i + 1}`),
  STANDALONESHORTMONTH: Array.from({length: 12}, (_, i) => `Thg ${i + 1}`),
  DAY: ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  SHORTDAY: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
  AMPMS: ['SA', 'CH'],
  FIRSTDAYOFWEEK: 0
};

/** Sets the date picker's words once the app's injector exists (the app starts after its custom scripts). */
function vietnameseDatePicker() {
  const injector = window.angular && window.angular.element(document.documentElement).injector();
  if (!injector) {
    setTimeout(vietnameseDatePicker, 100);
    return;
  }
  Object.assign(injector.get('$locale').DATETIME_FORMATS, VIETNAMESE);
  if (injector.has('uibDatepickerConfig')) {
    Object.assign(injector.get('uibDatepickerConfig'), {
      startingDay: 1,
      formatDayTitle: "MMMM 'năm' yyyy",
      formatMonthTitle: "'năm' yyyy"
    });
  }
  if (injector.has('uibTimepickerConfig')) {
    injector.get('uibTimepickerConfig').showMeridian = false;
  }
}

/** Writes each relative time's date before it, and takes away a date whose relative time is gone. */
function datesBesideRelativeTimes() {
  document.querySelectorAll('.' + DATE).forEach(date => {
    const relative = date.nextElementSibling;
    if (!relative || !relative.hasAttribute('am-time-ago')) {
      date.remove();
    }
  });
  document.querySelectorAll('[am-time-ago][uib-tooltip]').forEach(relative => {
    let date = relative.previousElementSibling;
    if (!date || !date.classList.contains(DATE)) {
      date = document.createElement('span');
      date.className = DATE;
      relative.parentNode.insertBefore(date, relative);
    }
    const text = relative.getAttribute('uib-tooltip');
    if (date.textContent !== text) {
      date.textContent = text;
    }
  });
}

const two = n => String(n).padStart(2, '0');

/** An engine's timestamp (2026-12-01T04:06:00.000+0700) as a Date. */
function instant(timestamp) {
  return new Date(String(timestamp).replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}

/**
 * The hour of each event in a task's "Lịch sử", from the event's own time (its Angular scope), in the text node
 * Angular drew: Angular writes it again only when the event changes, and that change is seen here in turn.
 */
function historyHours() {
  document.querySelectorAll('.history-pane .operation-time').forEach(time => {
    const scope = window.angular && window.angular.element(time).scope();
    const at = scope && scope.event && scope.event.time ? instant(scope.event.time) : null;
    const text = Array.from(time.childNodes).find(node => node.nodeType === Node.TEXT_NODE && node.data.trim());
    if (!at || isNaN(at.getTime()) || !text) {
      return;
    }
    const t = wallTime(at);
    const hour = `${two(t.hour)}:${two(t.minute)}`;
    if (text.data.trim() !== hour) {
      text.data = hour;
    }
  });
}

const RAW_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d+)?)?$/;

/**
 * Cockpit's dates written as "2026-11-30T03:52:16" (the read-only Date variables, a process definition's list of
 * instances), as "30/11/2026 03:52": any copyable value that is exactly such a date.
 */
function dateVariables() {
  document.querySelectorAll('[cam-widget-clipboard] > [ng-transclude], [cam-widget-clipboard] [ng-transclude]').forEach(value => {
    const raw = RAW_DATE.exec(value.textContent.trim());
    if (raw) {
      // the computer's wall time, written in the plan's zone (mui-gio.js)
      const t = wallTime(new Date(+raw[1], +raw[2] - 1, +raw[3], +raw[4], +raw[5]));
      value.textContent = `${two(t.day)}/${two(t.month)}/${t.year} ${two(t.hour)}:${two(t.minute)}`;
    }
  });
}

vietnameseDatePicker();
new MutationObserver(() => {
  datesBesideRelativeTimes();
  dateVariables();
  historyHours();
}).observe(document.documentElement,
  {childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['uib-tooltip']});

export default [];
