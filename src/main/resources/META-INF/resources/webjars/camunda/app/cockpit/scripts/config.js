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

// Cockpit configuration of cchc-editorial, based on the default
// scripts/config.js of camunda-webapp-webjar 7.24.0 (replaces it).
import {DATE_FORMAT} from '../../cchc/dinh-dang-ngay.js';

export default {
  // The header shows "<vendor> <name>", the login page shows <name> alone,
  // hence the dash at the end of the vendor.
  app: {
    name: 'Giám sát quy trình',
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

  // Controls that change the engine's state for administrators only: ../cchc/quan-tri.js (shared
  // with Tasklist) and styles/user-styles.css; the date picker in Vietnamese: ../cchc/ngay-gio.js
  // the page's language and the English words Cockpit writes without its locale files: ../cchc/tieng-viet.js;
  // the person logged in by full name and unit: ../cchc/ten-nguoi.js
  customScripts: ['../cchc/quan-tri', '../cchc/ngay-gio', '../cchc/tieng-viet', '../cchc/ten-nguoi'],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `cockpit` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // historicActivityInstanceMetrics: {
  //   adjustablePeriod: true,
  //   //select from the default time period: day, week, month, complete
  //   period: {
  //     unit: 'week'
  //   }
  // },
  // runtimeActivityInstanceMetrics: {
  //   display: true
  // },
  // skipCustomListeners: {
  //   default: true,
  //   hidden: false
  // },
  // skipIoMappings: {
  //   default: true,
  //   hidden: false
  // },
  // cascade: {
  //   default: false
  // },
  // 'batchOperation' : {
  //   // select mode of query for process instances or decision instances
  //   // possible values: filter, search
  //   'mode': 'filter',
  //
  //   // select if Historic Batches should be loaded automatically when navigating to #/batch
  //   'autoLoadEnded': true
  // },
  // bpmnJs: {
  //   moddleExtensions: {
  //     // if you have a folder called 'my-custom-moddle' (in the 'cockpit' folder)
  //     // with a file called 'camunda.json' in it defining the 'camunda' moddle extension
  //     camunda: 'my-custom-moddle/camunda'
  //   },
  //   additionalModules: [
  //     // if you have a folder called 'my-custom-module' (in the 'cockpit' folder)
  //     // with a file called 'module.js' in it
  //     'my-custom-module/module'
  //   ],
  // },
  // defaultFilter: {
  //   historicProcessDefinitionInstancesSearch: {
  //     lastDays: 5,
  //     event: 'started'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // userOperationLogAnnotationLength: 5000,
  // previewHtml: true
};
