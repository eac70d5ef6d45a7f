/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// Tasklist configuration of cchc-editorial, based on the default
// scripts/config.js of camunda-webapp-webjar 7.24.0 (replaces it).
import {DATE_FORMAT} from '../../cchc/dinh-dang-ngay.js';

export default {
  // The header shows "<vendor> <name>", the login page shows <name> alone,
  // hence the dash at the end of the vendor.
  app: {
    name: 'Xử lý công việc',
    vendor: 'Hệ thống duyệt tin bài CCHC –'
  },

  // Vietnamese (locales/vi.json) for everyone: the apps pick the browser's first
  // language when it is available, and office PCs are often set to English.
  locales: {
    availableLocales: ['vi'],
    fallbackLocale: 'vi'
  },

  // dates as dd/MM/yyyy HH:mm (../cchc/dinh-dang-ngay.js, shared by Tasklist, Cockpit and Admin)
  dateFormat: DATE_FORMAT,

  // Camunda Forms' own checks (required, lengths) in Vietnamese: vi-forms/form-messages.js; the server's
  // refusals under the fields at fault, what was typed kept, the messages after an action in the person's
  // terms (vi-forms/action-messages.json): vi-forms/form-help.js; the item's
  // content in a rich-text editor (TinyMCE) in the draft and revision forms: vi-forms/content-editor.js;
  // controls that change the engine's state for administrators only: ../cchc/quan-tri.js
  // (shared with Cockpit) and styles/user-styles.css; the Office's dashboard in the header and as
  // the landing page of the Office and the directors: ../cchc/bang-theo-doi.js (shared with Welcome);
  // the start menu only for who may start a process: ../cchc/bat-dau.js;
  // everyone's notification settings (/cai-dat) in the header: ../cchc/cai-dat.js; an author's items
  // (/tin-bai-cua-toi) in the header: ../cchc/tin-bai-cua-toi.js; both, and the dashboard's link, placed
  // by ../cchc/header-link.js;
  // the date picker in Vietnamese and each relative time with its date: ../cchc/ngay-gio.js;
  // the page's language and the English words written without the locale files: ../cchc/tieng-viet.js;
  // people by full name and unit (the header, who holds a task, a task's history): ../cchc/ten-nguoi.js
  customScripts: ['vi-forms/form-messages', 'vi-forms/form-help', 'vi-forms/content-editor', '../cchc/quan-tri', '../cchc/bat-dau', '../cchc/bang-theo-doi',
    '../cchc/tin-bai-cua-toi', '../cchc/cai-dat', '../cchc/ngay-gio', '../cchc/tieng-viet', '../cchc/ten-nguoi'],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  // Same keys as the default configuration; the descriptions are shown as
  // they are (not translated by locales/*.json) in the "Danh sách phím tắt"
  // dialog, so they are written in Vietnamese here.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'Nhận công việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'Chuyển tới bộ lọc đầu tiên trong danh sách'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'Chuyển tới công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'Chuyển tới ô nhập liệu đầu tiên của biểu mẫu công việc'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'Mở hộp thoại bắt đầu quy trình'
    }
  }
};
