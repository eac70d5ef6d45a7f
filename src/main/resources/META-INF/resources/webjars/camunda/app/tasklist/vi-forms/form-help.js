/*
 * Forms that help, in Tasklist's Camunda Forms (start forms and task forms):
 *
 * - A refusal of the server is shown under the field at fault. The engine API's 400 names each field's problem
 *   ({"fields": [{"field": <the form's key>, "message": ...}]}, system/Refusals); each message goes under its
 *   field (the component whose id is "Field_<key>", as every form of processes/ names them: FormRulesTest), the
 *   field is marked, the first one scrolled into view, and the message goes away as soon as the field is
 *   changed. Tasklist's own notice then only says to look at the marked fields, naming them, and goes once every
 *   marked field has been changed; a problem of no one field stays in it as the server wrote it. Its heading says
 *   what was not sent in the person's terms ("Chưa gửi được tin bài": action-messages.json, "notSent"; Tasklist's
 *   COMPLETE_ERROR and PROCESS_START_ERROR of locales/vi.json for a form not in that table).
 * - What was typed in a task's form is kept as it is typed: in Tasklist's own store of the form
 *   (localStorage "camunda-form:<task id>", which Tasklist 7.24 reads when it opens the task and clears once
 *   the task is completed), so closing the task, reloading the page or logging out loses nothing. A failed
 *   submit leaves the form as it was (Tasklist does not redraw it). What was typed in a start form is kept for
 *   its person until the process is started, and is there again when that start form is opened again: a dialog
 *   closed by mistake loses nothing.
 * - What was typed last is sent: a text field's value is taken before any click or submit, as Camunda Forms
 *   otherwise takes it only after a pause in typing or once the field is left.
 * - After an action, the message says what happened in the person's terms ("Đã gửi tin bài cho Ban Biên tập",
 *   "Đã trả lại tin bài cho tác giả"), by the process started or the task completed and, where the task
 *   decides, by the decision: the table in action-messages.json (ActionMessagesTest checks it covers every
 *   start form and task of processes/ and each choice of their decisions).
 *
 * Loaded by scripts/config.js (customScripts). Targets Camunda 7.24.0's Tasklist (its XHR calls of submit-form,
 * its Notifications service, form-js markup); check at every Camunda upgrade.
 */
const base = document.querySelector('base');
const MESSAGES = new URL('action-messages.json', import.meta.url).href;
const SUBMIT_TASK = /\/task\/([^/?]+)\/submit-form(?:\?|$)/;
const SUBMIT_START = /\/process-definition\/(?:key\/([^/?]+)|([^/?:]+)[^/?]*)\/submit-form(?:\?|$)/;
const REFUSAL = 'cchc-field-refusal';
const STORE = 'camunda-form:';

let actionMessages = null;
fetch(MESSAGES, {credentials: 'same-origin'}).then(r => r.ok ? r.json() : null).then(json => {
  actionMessages = json;
}).catch(() => {
  // without the table Tasklist's own words stay
});

/** Tasks completed from this page: what is typed in them is no longer kept. */
const finished = new Set();

/** Task id -> task definition key, as Tasklist's own reads of tasks told it (task lists, a task's details). */
const taskKeys = new Map();

function learnTasks(json, depth = 0) {
  if (!json || typeof json !== 'object' || depth > 4) {
    return;
  }
  if (Array.isArray(json)) {
    json.forEach(item => learnTasks(item, depth + 1));
    return;
  }
  if (typeof json.id === 'string' && typeof json.taskDefinitionKey === 'string') {
    taskKeys.set(json.id, json.taskDefinitionKey);
  }
  Object.values(json).forEach(value => {
    if (value && typeof value === 'object') {
      learnTasks(value, depth + 1);
    }
  });
}

function angularService(name) {
  const injector = window.angular && window.angular.element(document.documentElement).injector();
  return injector && injector.has(name) ? injector.get(name) : null;
}

// the form being submitted and what the person is told about it

/** The open start form (a dialog) or task form. */
function openForm(start) {
  return document.querySelector(start ? '.modal-dialog form.fjs-form' : 'form.fjs-form');
}

/** The form field of that key: its container (.fjs-form-field), or null. */
function fieldOf(form, key) {
  const input = form.querySelector(`[id$="-Field_${CSS.escape(key)}"], [id*="-Field_${CSS.escape(key)}-"]`);
  return input ? input.closest('.fjs-form-field') : null;
}

function labelOf(field) {
  const label = field.querySelector('.fjs-form-field-label');
  return label ? label.childNodes[0].textContent.trim() : '';
}

function clearRefusal(field) {
  field.querySelectorAll(`.${REFUSAL}`).forEach(message => message.remove());
  field.classList.remove('cchc-refused');
  field.querySelectorAll('[aria-invalid="true"][data-cchc-refused]').forEach(input => {
    input.removeAttribute('aria-invalid');
    input.removeAttribute('data-cchc-refused');
  });
}

/**
 * Each problem under its field; answers the labels of the fields marked, in the form's order. {@code allChanged} is
 * called once every marked field has been changed.
 */
function showAtFields(form, problems, allChanged) {
  form.querySelectorAll('.cchc-refused').forEach(clearRefusal);
  const marked = [];
  const unchanged = new Set();
  problems.forEach(({field: key, message}) => {
    const field = fieldOf(form, key);
    if (!field) {
      return;
    }
    const text = document.createElement('div');
    text.className = `${REFUSAL} fjs-form-field-error`;
    text.setAttribute('role', 'alert');
    text.textContent = message;
    field.appendChild(text);
    field.classList.add('cchc-refused');
    field.querySelectorAll('input, textarea').forEach(input => {
      if (!input.hasAttribute('aria-invalid')) {
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('data-cchc-refused', '');
      }
    });
    if (!marked.includes(field)) {
      marked.push(field);
      unchanged.add(field);
      // corrected is changed: the message goes as the person types, picks or ticks
      const cleared = () => {
        clearRefusal(field);
        field.removeEventListener('input', cleared, true);
        field.removeEventListener('change', cleared, true);
        if (unchanged.delete(field) && !unchanged.size) {
          allChanged();
        }
      };
      field.addEventListener('input', cleared, true);
      field.addEventListener('change', cleared, true);
    }
  });
  if (marked.length) {
    marked[0].scrollIntoView({block: 'center'});
  }
  return marked.map(labelOf);
}

/**
 * Tasklist's notice of a refusal whose message is {@code original}: headed {@code status} (what was not sent, in the
 * person's terms) when given, its message {@code replacement} when given; answers a function that closes it.
 */
function rewriteNotice(original, status, replacement) {
  const alerts = [];
  watchUntil(() => {
    document.querySelectorAll('.notifications .alert').forEach(alert => {
      const message = alert.querySelector('.message');
      if (alerts.includes(alert) || !message || message.textContent.trim() !== original.trim()) {
        return;
      }
      alerts.push(alert);
      if (status) {
        alert.querySelector('.status').textContent = status;
      }
      if (replacement) {
        message.textContent = replacement;
      }
    });
    return alerts.length > 0;
  });
  // as Tasklist's own cross does (its list of notices forgets it too), once the change that closes it is done
  return () => alerts.forEach(alert => {
    const scope = window.angular && window.angular.element(alert).scope();
    if (alert.isConnected && scope && scope.notification && scope.removeNotification) {
      scope.$applyAsync(() => scope.removeNotification(scope.notification));
    }
  });
}

/** Runs {@code done} at each change of the page until it answers true, for 10 seconds at most. */
function watchUntil(done) {
  if (done()) {
    return;
  }
  const observer = new MutationObserver(() => {
    if (done()) {
      observer.disconnect();
    }
  });
  observer.observe(document.body, {childList: true, subtree: true, characterData: true});
  setTimeout(() => observer.disconnect(), 10000);
}

/** The person's words for an action: the table's text for the process or task, by its decision where it decides. */
export function actionMessage(table, kind, key, variables) {
  const entry = table && table[kind] && table[kind][key];
  if (typeof entry === 'string') {
    return entry;
  }
  if (entry && typeof entry === 'object') {
    const chosen = variables && variables[entry.field] ? variables[entry.field].value : undefined;
    return entry[String(chosen)] || null;
  }
  return null;
}

function announce(message, start) {
  const notifications = angularService('Notifications');
  const root = angularService('$rootScope');
  const translate = angularService('$translate');
  if (!notifications || !root) {
    return;
  }
  if (start && translate) {
    // Tasklist says "Đã bắt đầu quy trình." itself: its words are replaced by ours
    const theirs = translate.instant('PROCESS_START_OK');
    watchUntil(() => {
      let found = false;
      document.querySelectorAll('.notifications .alert .status').forEach(status => {
        if (status.textContent.trim() === theirs) {
          status.textContent = message;
          found = true;
        }
      });
      return found;
    });
  } else {
    root.$evalAsync(() => notifications.addMessage({status: message, duration: 6000}));
  }
}

function submitted(request, body) {
  const task = SUBMIT_TASK.exec(request.cchcUrl);
  const start = task ? null : SUBMIT_START.exec(request.cchcUrl);
  if (!task && !start) {
    return;
  }
  let variables = null;
  try {
    variables = JSON.parse(body).variables;
  } catch (e) {
    // not a form's body: nothing to say about it
  }
  request.addEventListener('load', () => {
    const form = openForm(!!start);
    if (request.status >= 200 && request.status < 300) {
      if (task) {
        // done: nothing typed is kept any longer (Tasklist clears its store too; a late event must not refill it)
        finished.add(decodeURIComponent(task[1]));
        localStorage.removeItem(STORE + decodeURIComponent(task[1]));
      } else {
        startFormSent(start[1] ? decodeURIComponent(start[1]) : decodeURIComponent(start[2]).split(':')[0]);
      }
      const message = task
        ? actionMessage(actionMessages, 'task', taskKeys.get(decodeURIComponent(task[1])), variables)
        : actionMessage(actionMessages, 'start', decodeURIComponent(start[1] || start[2]), variables);
      if (message) {
        announce(message, !!start);
      }
      return;
    }
    if (request.status < 400 || request.status >= 500 || !form) {
      return;
    }
    let answer = null;
    try {
      answer = JSON.parse(request.responseText);
    } catch (e) {
      return;
    }
    if (!answer || typeof answer.message !== 'string') {
      return;
    }
    const notSent = task
      ? actionMessage(actionMessages && actionMessages.notSent, 'task', taskKeys.get(decodeURIComponent(task[1])))
      : actionMessage(actionMessages && actionMessages.notSent, 'start', decodeURIComponent(start[1] || start[2]));
    const fields = Array.isArray(answer.fields) ? answer.fields : [];
    if (!fields.length || !fields.every(problem => fieldOf(form, problem.field))) {
      // a problem of no one field (or of one the page does not show): the server's words under a heading of ours
      if (fields.length) {
        showAtFields(form, fields, () => {});
      }
      rewriteNotice(answer.message, notSent, null);
      return;
    }
    let close = () => {};
    const labels = showAtFields(form, fields, () => close());
    close = rewriteNotice(answer.message, notSent,
      `Hãy sửa ${labels.map(l => `"${l}"`).join(', ')} theo hướng dẫn ngay dưới từng ô.`);
  });
}

const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  this.cchcUrl = String(url);
  this.cchcMethod = String(method).toUpperCase();
  return open.call(this, method, url, ...rest);
};
XMLHttpRequest.prototype.send = function (body) {
  if (this.cchcMethod === 'POST' && /\/submit-form(?:\?|$)/.test(this.cchcUrl)) {
    submitted(this, body);
  } else if (this.cchcMethod === 'GET' && START_FORM.test(this.cchcUrl)) {
    openingStartForm(this.cchcUrl);
  } else if (/\/task(?:[/?]|$)|\/filter\//.test(this.cchcUrl)) {
    this.addEventListener('load', () => {
      if (this.status === 200 && (this.responseType === '' || this.responseType === 'text')) {
        try {
          learnTasks(JSON.parse(this.responseText));
        } catch (e) {
          // not JSON
        }
      }
    });
  }
  return send.call(this, body);
};

// what was typed last is what is sent

/**
 * Camunda Forms (Preact) takes what is typed in a text field after a pause in typing (a debounce of its own), or at
 * once when the field is left: it listens for "focusout". A click that moves the focus leaves the field; a click
 * where the focus stays in it (Safari's on a button, a screen reader's, a script's) and a form sent with Enter do
 * not, so "Hoàn thành", "Lưu" or "Bắt đầu" would send the field as it was before the pause (a comment typed just
 * before it arrived empty). Before any click outside the field and any submit, the field is left as far as Camunda
 * Forms can tell, the focus staying where it is.
 */
const TYPED = '.fjs-form-field-textfield, .fjs-form-field-textarea, .fjs-form-field-number';
function takeTyped(event) {
  const field = document.activeElement;
  const block = field && /^(INPUT|TEXTAREA)$/.test(field.tagName) ? field.closest(TYPED) : null;
  if (!block || !block.closest('form.fjs-form') || (event.type === 'click' && block.contains(event.target))) {
    return;
  }
  field.dispatchEvent(new FocusEvent('focusout', {bubbles: true}));
}
window.addEventListener('click', takeTyped, true);
window.addEventListener('submit', takeTyped, true);

// what was typed in a task's form, kept in Tasklist's own store as it is typed

/** The open task's id, from Tasklist's address (#/?task=…). */
function openTaskId() {
  return new URLSearchParams(window.location.hash.split('?')[1] || '').get('task');
}

/**
 * The task's form, or the start form of a process definition ({@code start} true), as Tasklist fetched it (its
 * choices' values, which the page does not show), fetched once.
 */
const schemas = new Map();
function schemaOf(id, start = false) {
  const url = `${base.getAttribute('engine-api')}engine/default/`
    + (start ? `process-definition/${encodeURIComponent(id)}/deployed-start-form` : `task/${encodeURIComponent(id)}/deployed-form`);
  if (!schemas.has(url)) {
    schemas.set(url, fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(response => response.ok ? response.json() : {components: []}).catch(() => ({components: []})));
  }
  return schemas.get(url);
}

function componentsOf(node, byId = {}) {
  (node.components || []).forEach(component => {
    byId[component.id] = component;
    componentsOf(component, byId);
  });
  return byId;
}

/**
 * The form's fields a person can change, by key, as Camunda Forms would submit them: a choice by the value its
 * position stands for in the form ({@code schema}), as the page shows only its label.
 */
export function typedValues(form, schema) {
  const components = componentsOf(schema || {});
  const values = {};
  form.querySelectorAll('.fjs-form-field').forEach(field => {
    const inputs = Array.from(field.querySelectorAll('input, textarea')).filter(i => /-Field_/.test(i.id));
    if (!inputs.length || inputs.some(i => i.disabled || i.readOnly)) {
      return;
    }
    const id = inputs[0].id.replace(/^.*-(Field_)/, '$1').replace(/-\d+$/, '');
    const key = id.replace(/^Field_/, '');
    const choices = (components[id] && components[id].values) || [];
    const choice = input => {
      const position = /-(\d+)$/.exec(input.id);
      return position && choices[Number(position[1])] ? choices[Number(position[1])].value : undefined;
    };
    if (field.classList.contains('fjs-form-field-radio')) {
      const checked = inputs.find(i => i.checked);
      if (checked && choice(checked) !== undefined) {
        values[key] = choice(checked);
      }
    } else if (field.classList.contains('fjs-form-field-checklist')) {
      values[key] = inputs.filter(i => i.checked).map(choice).filter(v => v !== undefined);
    } else if (field.classList.contains('fjs-form-field-number')) {
      values[key] = inputs[0].value === '' ? null : Number(inputs[0].value);
    } else if (field.classList.contains('fjs-form-field-textfield') || field.classList.contains('fjs-form-field-textarea')) {
      values[key] = inputs[0].value;
    }
  });
  return values;
}

/** Written as soon as the form is known: the person may reload or leave the page right after typing. */
function keepTyped(event) {
  const form = event.target.closest && event.target.closest('form.fjs-form');
  if (form && form.closest('.modal-dialog')) {
    keepStartDraft(form);
    return;
  }
  const task = openTaskId();
  if (!form || !task || finished.has(task)) {
    return;
  }
  schemaOf(task).then(schema => {
    if (form.isConnected && openTaskId() === task && !finished.has(task)) {
      localStorage.setItem(STORE + task, JSON.stringify(typedValues(form, schema)));
    }
  });
}
document.addEventListener('input', keepTyped, true);
document.addEventListener('change', keepTyped, true);

// what was typed in a start form, kept until the process is started: a dialog closed by mistake loses nothing

/** The start form opened last: its process definition's id and key (Tasklist asks for its form key first). */
let startForm = null;
const START_FORM = /\/process-definition\/(?:key\/([^/?]+)|([^/?]+))\/startForm(?:\?|$)/;

function userId() {
  const root = angularService('$rootScope');
  return root && root.authentication ? root.authentication.name : null;
}

/** Where a person's unsent start form of a process is kept: by person, as people share a PC. */
function startDraftKey(processKey) {
  return `cchc-start-form:${userId()}:${processKey}`;
}

/**
 * Tasklist 7.24 fills a start form with what its own store holds under "camunda-form:undefined" (a start form has no
 * task id), read as the form is drawn, after its form key is fetched: that store is given the person's unsent form
 * of this process, or emptied.
 */
function openingStartForm(url) {
  const found = START_FORM.exec(url);
  if (!found) {
    return;
  }
  const id = found[2] ? decodeURIComponent(found[2]) : null;
  const processKey = found[1] ? decodeURIComponent(found[1]) : id.split(':')[0];
  startForm = {id, processKey};
  const draft = userId() ? localStorage.getItem(startDraftKey(processKey)) : null;
  if (draft) {
    localStorage.setItem(`${STORE}undefined`, draft);
  } else {
    localStorage.removeItem(`${STORE}undefined`);
  }
}

function keepStartDraft(form) {
  const opened = startForm;
  if (!opened || !opened.id || !userId()) {
    return;
  }
  schemaOf(opened.id, true).then(schema => {
    // the dialog may be closed already: its form is read as it was left
    if (startForm === opened) {
      localStorage.setItem(startDraftKey(opened.processKey), JSON.stringify(typedValues(form, schema)));
    }
  });
}

/** Started: the process's unsent form is no longer kept. */
function startFormSent(processKey) {
  if (userId()) {
    localStorage.removeItem(startDraftKey(processKey));
  }
  localStorage.removeItem(`${STORE}undefined`);
  startForm = null;
}

export default [];
