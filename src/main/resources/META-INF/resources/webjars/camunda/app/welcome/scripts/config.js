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

// Welcome configuration of cchc-editorial, based on the default
// scripts/config.js of camunda-webapp-webjar 7.24.0 (replaces it).
export default {
  // The header shows "<vendor> <name>", the login page shows <name> alone,
  // hence the dash at the end of the vendor.
  app: {
    name: 'Trang chủ',
    vendor: 'Hệ thống duyệt tin bài CCHC –'
  },

  // Vietnamese (locales/vi.json) for everyone: the apps pick the browser's first
  // language when it is available, and office PCs are often set to English.
  locales: {
    availableLocales: ['vi'],
    fallbackLocale: 'vi'
  },

  // the Office's dashboard in the header and as the landing page of the Office and the directors
  // (shared with Tasklist); the page's language: ../cchc/tieng-viet.js; the person logged in by full name and
  // unit: ../cchc/ten-nguoi.js
  customScripts: ['../cchc/bang-theo-doi', '../cchc/tieng-viet', '../cchc/ten-nguoi'],
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
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // no links: the default one leads to Camunda's documentation for developers (docs.camunda.org),
  // of no use to a civil servant; an empty list hides the section
  links: [],
  // links: [
  //   {
  //     label: 'Angular.js Docs',
  //     href: 'https://code.angularjs.org/1.2.16/docs',
  //     description: 'Almost interesting'
  //   },
  //   {
  //     label: 'XKCD',
  //     href: 'http://xkcd.org',
  //     description: 'Nerdy comic'
  //   },
  //   {
  //     label: 'Slashdot',
  //     href: 'https://slashdot.org',
  //     description: 'News for nerds, stuff that matter'
  //   }
  // ],
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false
};
