/*
 * The pages' language is Vietnamese: <html lang="vi"> (the webapps' index.html says "en", so a screen reader
 * would read Vietnamese with English sounds, and the browser offers to translate from English).
 *
 * The few English words that Cockpit 7.24.0 writes into its pages without its locale files, put in
 * Vietnamese where a person sees them:
 * - the diagram's zoom buttons (bpmn-js) are titled "zoom in", "zoom out", "reset zoom";
 * - the administrator's editable variable table heads its last column "Actions";
 * - a process instance without a calling instance says "null" for it, a field with no value.
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
  {selector: 'dd, dd > *', english: 'null', vietnamese: 'không có'}
];

function vietnamese() {
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

document.documentElement.lang = 'vi';
new MutationObserver(vietnamese).observe(document.documentElement,
  {childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['title']});

export default [];
