/*
 * The pages' language is Vietnamese: <html lang="vi"> (the webapps' index.html says "en", so a screen reader
 * would read Vietnamese with English sounds, and the browser offers to translate from English).
 *
 * The few English words that Cockpit 7.24.0 writes into its pages without its locale files, put in
 * Vietnamese where a person sees them:
 * - the diagram's zoom buttons (bpmn-js) are titled "zoom in", "zoom out", "reset zoom";
 * - the administrator's editable variable table heads its last column "Actions";
 * - a process instance without a calling instance says "null" for it, a field with no value;
 * - a section's fold button's tooltip says "Toggle this section", the date picker's arrows "previous", "next".
 * A notice's heading and message read as one sentence: the webapps' notice writes a colon of its own, after a space,
 * between them ("Chưa gửi được biểu mẫu : …", "….  : …" after a heading that ends a sentence); the colon follows the
 * heading, or is left out after one that ends with a stop.
 * Loaded by scripts/config.js (customScripts) of Tasklist, Cockpit, Admin and Welcome; a MutationObserver
 * keeps up with the pages Angular draws. Targets the Camunda 7.24.0 webapps; check at every upgrade.
 */
const TITLES = {
  'zoom in': 'Phóng to',
  'zoom out': 'Thu nhỏ',
  'reset zoom': 'Về kích thước mặc định'
};
const TEXTS = [
  {selector: 'thead td.actions', english: 'Actions', vietnamese: 'Thao tác'},
  {selector: 'dd, dd > *', english: 'null', vietnamese: 'không có'},
  // a section's fold button's tooltip, shown in a .tooltip-inner while the pointer is on it
  {selector: '.tooltip-inner', english: 'Toggle this section', vietnamese: 'Ẩn/hiện mục này'},
  // the date picker's arrows, read out by a screen reader
  {selector: '.uib-left .sr-only, .uib-right .sr-only', english: 'previous', vietnamese: 'trước'},
  {selector: '.uib-left .sr-only, .uib-right .sr-only', english: 'next', vietnamese: 'sau'}
];

function translate() {
  document.querySelectorAll('[title]').forEach(element => {
    const title = TITLES[element.getAttribute('title')];
    if (title) {
      element.setAttribute('title', title);
    }
  });
  TEXTS.forEach(({selector, english, vietnamese}) => {
    document.querySelectorAll(selector).forEach(element => {
      if (element.children.length === 0 && element.textContent.trim() === english) {
        element.textContent = vietnamese;
      }
    });
  });
}

/** The notices' colon between heading and message (commons-ui's notifications-panel: strong.status, strong ":"). */
function noticeColons() {
  document.querySelectorAll('.notifications .alert strong.status').forEach(status => {
    let colon = status.nextSibling;
    while (colon && colon.nodeType !== Node.ELEMENT_NODE) {
      colon = colon.nextSibling;
    }
    if (!colon || colon.tagName !== 'STRONG' || !/^\s*:\s*$/.test(colon.textContent)) {
      return;
    }
    // the space before the colon: the text between the heading and it (Angular binds nothing there; its ngIf's
    // comment stays)
    for (let node = status.nextSibling; node !== colon; node = node.nextSibling) {
      if (node.nodeType === Node.TEXT_NODE && node.textContent) {
        node.textContent = '';
      }
    }
    const ended = /[.!?:…]$/.test(status.textContent.trim());
    if (colon.hidden !== ended) {
      colon.hidden = ended;
    }
  });
}

function vietnamese() {
  translate();
  noticeColons();
}

document.documentElement.lang = 'vi';
new MutationObserver(vietnamese).observe(document.documentElement,
  {childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['title']});

export default [];
