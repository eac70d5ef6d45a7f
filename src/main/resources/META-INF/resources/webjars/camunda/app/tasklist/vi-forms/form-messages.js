/*
 * Camunda Forms (form-js, inside Tasklist) checks required fields and lengths in the browser and says
 * so in English only: it has no translations. This module, loaded by scripts/config.js
 * (customScripts), rewrites those messages in Vietnamese wherever a form shows them. A message it
 * does not know stays as form-js wrote it.
 */
const MESSAGES = [
  [/^Field is required\.$/, () => 'Trường này bắt buộc phải điền.'],
  [/^Field must have minimum length of (\d+)\.$/, n => `Cần ít nhất ${n} ký tự.`],
  [/^Field must have maximum length of (\d+)\.$/, n => `Dài quá giới hạn ${n} ký tự.`],
  [/^Field must have minimum value of (.+)\.$/, n => `Giá trị phải từ ${n} trở lên.`],
  [/^Field must have maximum value of (.+)\.$/, n => `Giá trị không được vượt quá ${n}.`],
  [/^Field must match pattern (.+)\.$/, p => `Giá trị không đúng mẫu ${p}.`],
  [/^Field must be a valid email\.$/, () => 'Địa chỉ thư điện tử không hợp lệ.'],
  [/^Value is not a number\.$/, () => 'Giá trị phải là một số.']
];

export function translate(text) {
  for (const [pattern, vietnamese] of MESSAGES) {
    const match = pattern.exec(text.trim());
    if (match) {
      return vietnamese(...match.slice(1));
    }
  }
  return null;
}

function translateWithin(node) {
  const root = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
  if (!(root instanceof Element)) {
    return;
  }
  const own = root.closest('.fjs-form-field-error');
  const errors = own ? [own] : root.querySelectorAll('.fjs-form-field-error');
  errors.forEach(error => {
    // the text nodes themselves are changed, not replaced: form-js keeps them and writes into them again
    const texts = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
    for (let text = texts.nextNode(); text; text = texts.nextNode()) {
      const vietnamese = translate(text.data);
      if (vietnamese !== null && text.data !== vietnamese) {
        text.data = vietnamese;
      }
    }
  });
}

new MutationObserver(changes => {
  changes.forEach(change => {
    translateWithin(change.target);
    change.addedNodes.forEach(translateWithin);
  });
}).observe(document.body, {childList: true, subtree: true, characterData: true});

export default [];
