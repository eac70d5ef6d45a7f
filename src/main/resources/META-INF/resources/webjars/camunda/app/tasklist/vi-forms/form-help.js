/*
 * Forms that help, in Tasklist's Camunda Forms (start forms and task forms):
 *
 * - A refusal of the server is shown under the field at fault. The engine API's 400 names each field's problem
 *   ({"fields": [{"field": <the form's key>, "message": ...}]}, system/Refusals); each message goes under its
 *   field (the component whose id is "Field_<key>", as every form of processes/ names them: FormRulesTest), the
 *   field is marked, the first one scrolled into view, and the message goes away as soon as the field is
 *   changed. Tasklist's own notice then only says to look at the marked fields, naming them; a problem of no
 *   one field stays in it as the server wrote it.
 * - What was typed in a task's form is kept as it is typed: in Tasklist's own store of the form
 *   (localStorage "camunda-form:<task id>", which Tasklist 7.24 reads when it opens the task and clears once
 *   the task is completed), so closing the task, reloading the page or logging out loses nothing. A failed
 *   submit leaves the form as it was (Tasklist does not redraw it).
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

/** Each problem under its field; answers the labels of the fields marked, in the form's order. */
function showAtFields(form, problems) {
  form.querySelectorAll('.cchc-refused').forEach(clearRefusal);
  const marked = [];
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
      // corrected is changed: the message goes as the person types, picks or ticks
      const cleared = () => {
        clearRefusal(field);
        field.removeEventListener('input', cleared, true);
        field.removeEventListener('change', cleared, true);
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

/** Tasklist's notice of the refusal: what to look at instead of the fields' own messages. */
function rewriteNotice(original, replacement) {
  const rewrite = () => {
    let found = false;
    document.querySelectorAll('.notifications .alert .message').forEach(message => {
      if (message.textContent.trim() === original.trim()) {
        message.textContent = replacement;
        found = true;
      }
    });
    return found;
  };
  watchUntil(rewrite);
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
      }
      const message = task
        ? actionMessage(actionMessages, 'task', taskKeys.get(decodeURIComponent(task[1])), variables)
        : actionMessage(actionMessages, 'start', decodeURIComponent(start[1] || start[2]), variables);
      if (message) {
        announce(message, !!start);
      }
      return;
    }
    if (request.status !== 400 || !form) {
      return;
    }
    let answer = null;
    try {
      answer = JSON.parse(request.responseText);
    } catch (e) {
      return;
    }
    if (!answer || !Array.isArray(answer.fields) || !answer.fields.length) {
      return;
    }
    const labels = showAtFields(form, answer.fields);
    const placed = answer.fields.filter(problem => fieldOf(form, problem.field));
    if (labels.length && placed.length === answer.fields.length) {
      rewriteNotice(answer.message, `Chưa gửi được: hãy sửa ${labels.map(l => `"${l}"`).join(', ')} theo hướng dẫn ngay dưới từng ô.`);
    }
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

// what was typed in a task's form, kept in Tasklist's own store as it is typed

/** The open task's id, from Tasklist's address (#/?task=…). */
function openTaskId() {
  return new URLSearchParams(window.location.hash.split('?')[1] || '').get('task');
}

/** The task's form as Tasklist fetched it (its choices' values, which the page does not show), fetched once. */
const schemas = new Map();
function schemaOf(task) {
  if (!schemas.has(task)) {
    const url = `${base.getAttribute('engine-api')}engine/default/task/${encodeURIComponent(task)}/deployed-form`;
    schemas.set(task, fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(response => response.ok ? response.json() : {components: []}).catch(() => ({components: []})));
  }
  return schemas.get(task);
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
  const task = openTaskId();
  if (!form || !task || form.closest('.modal-dialog') || finished.has(task)) {
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

export default [];
