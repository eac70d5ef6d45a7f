/*
 * The item's content as in a word processor: wherever Tasklist shows a Camunda Forms textarea whose
 * component id is "Field_content" (the draft form article-draft.form and the revision form
 * article-revision.form), this module puts a TinyMCE editor (the webjar tinymce 6.8.3, MIT, served by the
 * application itself) in its place and writes the editor's HTML back into the textarea as the author
 * types, so Camunda Forms checks and submits it as before (required, the server's checks). The textarea
 * stays in the page, hidden; its messages stay under the editor.
 *
 * What the editor keeps is the server's list (article/ContentRules, GET /api/editor/content-rules): its
 * valid_elements, so what the author sees is what the Board and the portal get; the help text under the
 * editor says the same list in words. Pasting from Word or a web page keeps that structure (Word's list
 * paragraphs become lists, below) and drops the rest (styles, fonts, classes, scripts,
 * pictures from another host or pasted as data, with a note saying so; never fetched).
 *
 * Pictures (the image dialog's "Tải lên" tab or its browse button) and documents (the link dialog's browse
 * button) are uploaded to POST /api/uploads, which checks them by content and re-encodes pictures; the content
 * then points to /api/uploads/<token> on this host, the only picture address the server keeps. The limits
 * (cchc.uploads.*) are written under the editor.
 *
 * The review form (article-review.form) has the same "Xem trước", of the item as the author sent it (the task's
 * variables), under the content the Board reads.
 *
 * Loaded by scripts/config.js (customScripts). Targets Camunda 7.24.0's form-js markup (textarea.fjs-textarea
 * with the id "fjs-form-<form>-Field_content"); check at every Camunda upgrade.
 */
const base = document.querySelector('base');
const root = base.getAttribute('app-root').replace(/\/[^/]*$/, '');
const TINYMCE = `${root}/webjars/tinymce/6.8.3`;
const RULES = `${root}/api/editor/content-rules`;
const PREVIEW = `${root}/api/editor/preview`;
const ENGINE = base.getAttribute('engine-api');
const FIELD = 'textarea.fjs-textarea[id$="-Field_content"]';
/** The review form's decision (article-review.form): where the Board reads the item, to preview it too. */
const REVIEW_DECISION = 'form.fjs-form [id*="-Field_reviewDecision-"]';
const MARK = 'cchcEditor';

// the toolbar's and dialogs' words the editor shows (TinyMCE ships no Vietnamese)
const VIETNAMESE = {
  'Paragraph': 'Đoạn văn', 'Heading 2': 'Tiêu đề 2', 'Heading 3': 'Tiêu đề 3', 'Heading 4': 'Tiêu đề 4',
  'Blocks': 'Kiểu đoạn', 'Block {0}': 'Kiểu đoạn: {0}', 'Bold': 'In đậm', 'Italic': 'In nghiêng', 'Bullet list': 'Danh sách',
  'Numbered list': 'Danh sách đánh số', 'Insert/edit link': 'Chèn/sửa liên kết', 'Link': 'Liên kết',
  'URL': 'Địa chỉ', 'Text to display': 'Chữ hiển thị', 'Title': 'Tiêu đề', 'Open link in...': 'Mở liên kết',
  'Remove link': 'Bỏ liên kết', 'Open link': 'Mở liên kết', 'Table': 'Bảng', 'Insert table': 'Chèn bảng',
  'Delete table': 'Xóa bảng', 'Row': 'Dòng', 'Column': 'Cột', 'Cell': 'Ô',
  'Insert row before': 'Chèn dòng phía trên', 'Insert row after': 'Chèn dòng phía dưới', 'Delete row': 'Xóa dòng',
  'Insert column before': 'Chèn cột bên trái', 'Insert column after': 'Chèn cột bên phải', 'Delete column': 'Xóa cột',
  'Row header': 'Dòng tiêu đề', 'Table properties': 'Thuộc tính bảng', 'Merge cells': 'Gộp ô', 'Split cell': 'Tách ô', 'Insert/edit image': 'Chèn/sửa hình ảnh', 'Image': 'Hình ảnh', 'Source': 'Địa chỉ ảnh',
  'Alternative description': 'Mô tả ảnh', 'Blockquote': 'Trích dẫn', 'Horizontal line': 'Đường kẻ ngang',
  'Undo': 'Hoàn tác', 'Redo': 'Làm lại', 'Save': 'Lưu', 'Cancel': 'Hủy', 'General': 'Chung',
  'Rich Text Area': 'Vùng soạn nội dung', 'Rich Text Area. Press ALT-0 for help.': 'Vùng soạn nội dung.',
  'Words: {0}': 'Số từ: {0}', 'Upload': 'Tải lên', 'Browse for an image': 'Chọn ảnh trên máy tính',
  'Drop an image here': 'Thả ảnh vào đây', 'Browse files': 'Chọn tệp', 'Browse links': 'Chọn tệp trên máy tính', 'OK': 'Đóng', 'Image is being uploaded': 'Đang tải ảnh lên',
  'Image uploading...': 'Đang tải ảnh lên…', 'Failed to upload image: {0}': 'Không tải được ảnh lên: {0}', 'Remove': 'Xóa', 'Close': 'Đóng', 'More...': 'Thêm…', 'Reveal or hide additional toolbar items': 'Hiện/ẩn thêm nút'
};

let loading = null;

/** TinyMCE and the content's rules, loaded once. */
function load() {
  if (!loading) {
    const script = new Promise((resolve, reject) => {
      const element = document.createElement('script');
      element.src = `${TINYMCE}/tinymce.min.js`;
      element.onload = () => resolve(window.tinymce);
      element.onerror = () => reject(new Error(`${TINYMCE}/tinymce.min.js`));
      document.head.appendChild(element);
    });
    const rules = fetch(RULES, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(response => response.ok ? response.json() : Promise.reject(new Error(`${RULES}: ${response.status}`)));
    loading = Promise.all([script, rules]).then(([tinymce, content]) => {
      tinymce.addI18n('vi', VIETNAMESE);
      return {tinymce, content};
    });
  }
  return loading;
}

/** The bullet or number Word writes before a list paragraph's text, in a conditional comment. */
const WORD_LIST_MARKER = /<!(?:--)?\[if !supportLists\]>([\s\S]*?)<!\[endif\](?:--)?>/gi;

/**
 * Word's lists are paragraphs (class MsoListParagraph…, style mso-list) whose bullet is text: consecutive
 * ones become a list, numbered when their marker is a number or a letter. Nesting is flattened.
 */
export function wordListsToLists(html) {
  if (!/mso-list|MsoListParagraph/i.test(html)) {
    return html;
  }
  const marked = html.replace(WORD_LIST_MARKER, (all, marker) => {
    const text = marker.replace(/<[^>]*>/g, '').replace(/&nbsp;|\s/g, '');
    return `<span data-cchc-list="${/^[0-9a-zA-Z]+[.)]$/.test(text) ? 'ol' : 'ul'}"></span>`;
  });
  const body = new DOMParser().parseFromString(marked, 'text/html').body;
  let list = null;
  Array.from(body.children).forEach(child => {
    const marker = child.querySelector('span[data-cchc-list]');
    const isItem = child.tagName === 'P' && marker
      && (/MsoListParagraph/i.test(child.className) || /mso-list/i.test(child.getAttribute('style') || ''));
    if (!isItem) {
      list = null;
      return;
    }
    const kind = marker.dataset.cchcList;
    marker.remove();
    if (!list || list.tagName.toLowerCase() !== kind) {
      list = document.createElement(kind);
      child.before(list);
    }
    const item = document.createElement('li');
    item.append(...child.childNodes);
    list.append(item);
    child.remove();
  });
  body.querySelectorAll('span[data-cchc-list]').forEach(marker => marker.remove());
  return body.innerHTML;
}

/** The address of a file uploaded with an item, on this host (article/ContentRules.FILE_ADDRESS). */
const UPLOADED = /^(?:\/[A-Za-z0-9._~-]+)*\/api\/uploads\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Pictures pasted from elsewhere go, never fetched: a picture is one uploaded to this host only (Word's own are
 * files on the author's PC, file:///…, which no reader could open; a web page's are on another host). One uploaded
 * here stays. {@code onRemoved(count)} is told how many went.
 */
export function withoutForeignPictures(html, onRemoved) {
  if (!/<img/i.test(html)) {
    return html;
  }
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  let removed = 0;
  body.querySelectorAll('img').forEach(image => {
    let address = null;
    try {
      address = new URL(image.getAttribute('src') || '', window.location.href);
    } catch (e) {
      // not an address at all
    }
    if (!address || address.origin !== window.location.origin || !UPLOADED.test(address.pathname)) {
      const parent = image.parentElement;
      image.remove();
      removed++;
      // the paragraph that held only the picture goes with it
      const block = parent && parent.closest('p');
      if (block && !block.textContent.trim() && !block.querySelector('img')) {
        block.remove();
      }
    }
  });
  if (removed && onRemoved) {
    onRemoved(removed);
  }
  return body.innerHTML;
}

/** Camunda's CSRF token, which every write of the session carries (X-XSRF-TOKEN). */
function csrfHeader() {
  const token = (document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/) || [])[1];
  return token ? {'X-XSRF-TOKEN': decodeURIComponent(token)} : {};
}

/**
 * Sends a picture or document to POST /api/uploads (article/ItemFilesApi): resolves with the server's answer
 * ({location, name, kind}), rejects with its Vietnamese message, which names the file picked: the server's refusals
 * do; one it gives unread (over spring.servlet.multipart.max-file-size) cannot, and is named here.
 */
function upload(blob, name) {
  const form = new FormData();
  form.append('file', blob, name);
  return fetch(`${root}/api/uploads`, {method: 'POST', credentials: 'same-origin', headers: {Accept: 'application/json', ...csrfHeader()}, body: form})
    .then(response => response.json().catch(() => ({})).then(answer => {
      if (!response.ok) {
        const message = answer.message || `Không tải lên được (${response.status}).`;
        return Promise.reject(new Error(message.includes(`“${name}”`) ? message : `Tệp “${name}”: ${message}`));
      }
      return answer;
    }));
}

/**
 * A message about the editor's content (pictures left out of a paste), in the form right under the editor, where
 * the person is looking, until they close it: TinyMCE's own notices float over the page beside the editor, in a
 * start form past the dialog's edge and over the help text. {@code type}: 'error' or 'warning'.
 */
export function tell(editor, text, type) {
  const container = editor && editor.getContainer();
  if (!container) {
    window.alert(text);
    return;
  }
  let notices = container.nextElementSibling;
  if (!notices || !notices.classList.contains('cchc-editor-notices')) {
    notices = document.createElement('div');
    notices.className = 'cchc-editor-notices';
    container.after(notices);
  }
  const notice = document.createElement('div');
  notice.className = `alert alert-${type === 'error' ? 'danger' : 'warning'} cchc-editor-notice`;
  notice.setAttribute('role', 'alert');
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.title = 'Đóng thông báo';
  close.setAttribute('aria-label', 'Đóng thông báo');
  close.textContent = '×';
  close.addEventListener('click', () => notice.remove());
  const words = document.createElement('span');
  words.textContent = text;
  notice.append(close, words);
  notices.appendChild(notice);
  notice.scrollIntoView({block: 'nearest'});
}

/** The link dialog's and image dialog's "browse" button: a file from the computer, uploaded, its address put in. */
function pickFile(callback, meta) {
  // in the page while the person chooses (hidden), so that what is chosen reaches it in every browser
  document.querySelectorAll('input.cchc-file-picker').forEach(earlier => earlier.remove());
  const input = document.createElement('input');
  input.type = 'file';
  input.className = 'cchc-file-picker';
  input.hidden = true;
  input.accept = meta.filetype === 'image' ? '.jpg,.jpeg,.png,.webp' : '.pdf,.docx,.xlsx';
  document.body.appendChild(input);
  input.addEventListener('change', () => {
    const file = input.files[0];
    input.remove();
    if (!file) {
      return;
    }
    upload(file, file.name)
      .then(answer => callback(answer.location, meta.filetype === 'image' ? {alt: ''} : {text: answer.name, title: answer.name}))
      // said over the dialog the person picked it in, which stays open for another try
      .catch(error => window.tinymce.activeEditor.windowManager.alert(error.message));
  });
  input.click();
}

/** The value of the form's field of that component id ("Field_title"), or of its ticked radio button; null if none. */
function fieldValue(form, componentId) {
  const field = form.querySelector(`[id$="-${componentId}"]`) || form.querySelector(`input[id*="-${componentId}-"]:checked`);
  return field ? field.value : null;
}

/** The draft and revision forms' item as the preview reads it: their fields, the content as the editor wrote it. */
function draftOf(textarea) {
  const form = textarea.closest('form');
  return {
    title: fieldValue(form, 'Field_title'), summary: fieldValue(form, 'Field_summary'), content: textarea.value,
    kind: fieldValue(form, 'Field_kind'), links: fieldValue(form, 'Field_links')
  };
}

/**
 * "Xem trước": the item as the portal will show it (POST /api/editor/preview, portal/PortalPreview, the portal's
 * own template), in a frame in {@code host} that runs no script. {@code draft} is {title, summary, content, kind,
 * links, unit}, or a promise of it.
 */
export function showPreview(host, draft) {
  return Promise.resolve(draft).then(item => fetch(PREVIEW, {
    method: 'POST', credentials: 'same-origin',
    headers: {'Content-Type': 'application/json', Accept: 'text/html', ...csrfHeader()},
    body: JSON.stringify(item)
  })).then(response => response.ok ? response.text() : Promise.reject(new Error(`${PREVIEW}: ${response.status}`)))
    .then(html => {
      let panel = host.querySelector('.cchc-preview');
      if (!panel) {
        panel = document.createElement('div');
        panel.className = 'cchc-preview';
        const close = document.createElement('button');
        close.type = 'button';
        close.className = 'btn btn-default btn-sm';
        close.textContent = 'Đóng bản xem trước';
        close.addEventListener('click', () => panel.remove());
        const frame = document.createElement('iframe');
        frame.title = 'Bản xem trước trên Cổng';
        frame.setAttribute('sandbox', 'allow-same-origin');
        panel.append(close, frame);
        host.appendChild(panel);
      }
      panel.querySelector('iframe').srcdoc = html;
      panel.scrollIntoView({block: 'nearest'});
    })
    .catch(error => {
      console.error('Không xem trước được', error);
      window.alert('Không xem trước được tin bài. Hãy thử lại sau.');
    });
}

/** A "Xem trước" button, titled as the three forms title it. */
function previewButton(onClick) {
  const preview = document.createElement('button');
  preview.type = 'button';
  preview.className = 'btn btn-default btn-sm cchc-preview-button';
  preview.textContent = 'Xem trước';
  preview.title = 'Xem tin bài như sẽ hiện trên Cổng thông tin điện tử của Sở';
  preview.addEventListener('click', onClick);
  return preview;
}

/** The open task's id, from Tasklist's address (#/?task=…). */
function openTaskId() {
  const query = window.location.hash.split('?')[1] || '';
  return new URLSearchParams(query).get('task');
}

/**
 * The review form's item (article-review.form shows it read-only, the content as text): the task's own variables
 * (Tasklist's engine API, the Board's own rights), the author's unit named as the portal names it.
 */
function reviewedItem(taskId) {
  const url = `${ENGINE}engine/default/task/${encodeURIComponent(taskId)}/variables?deserializeValues=false`;
  return fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => response.ok ? response.json() : Promise.reject(new Error(`${url}: ${response.status}`)))
    .then(variables => {
      const value = name => (variables[name] && typeof variables[name].value === 'string') ? variables[name].value : null;
      return {title: value('title'), summary: value('summary'), content: value('content'), kind: value('kind'),
        links: value('links'), unit: value('authorUnit')};
    });
}

/** The review form's "Xem trước", under the content the Board reads (before the links). */
function attachReviewPreview(decision) {
  const form = decision.closest('form');
  const links = form.querySelector('[id$="-Field_links"]');
  const before = links ? links.closest('.fjs-form-field') : decision.closest('.fjs-form-field');
  if (!before || form.querySelector('.cchc-review-preview')) {
    return;
  }
  const host = document.createElement('div');
  host.className = 'cchc-review-preview';
  host.appendChild(previewButton(() => showPreview(host, reviewedItem(openTaskId()))));
  before.before(host);
}

function attach(textarea) {
  textarea.dataset[MARK] = 'pending';
  load().then(({tinymce, content}) => {
    if (!textarea.isConnected) {
      return;
    }
    const host = document.createElement('div');
    host.className = 'cchc-content-editor';
    const target = document.createElement('textarea');
    target.value = textarea.value;
    host.appendChild(target);
    const help = document.createElement('p');
    help.className = 'cchc-content-rules';
    help.textContent = content.help;
    host.appendChild(help);
    const files = document.createElement('p');
    files.className = 'cchc-upload-limits';
    files.textContent = `Tải lên: ${content.files} Ảnh: nút Hình ảnh, thẻ “Tải lên”. Tệp đính kèm: nút Liên kết, biểu tượng thư mục.`;
    host.appendChild(files);
    host.appendChild(previewButton(() => showPreview(host, draftOf(textarea))));
    textarea.after(host);
    textarea.style.display = 'none';

    const writeBack = editor => {
      const html = editor.getContent();
      if (textarea.value !== html) {
        // the textarea's own setter and an input event: Camunda Forms (Preact) reads it as typed. It takes a typed
        // value only after a pause (a debounce of its own) and meanwhile draws the textarea from the value it had, so a
        // choice made in another field within that pause would put the old content back and then take that. Leaving
        // the field makes it take the value at once: Preact listens for "focusout" (not "blur") for that
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(textarea, html);
        textarea.dispatchEvent(new Event('input', {bubbles: true}));
        textarea.dispatchEvent(new FocusEvent('focusout', {bubbles: true}));
      }
    };

    tinymce.init({
      target,
      base_url: TINYMCE,
      suffix: '.min',
      language: 'vi',
      menubar: false,
      branding: false,
      promotion: false,
      elementpath: false,
      height: 420,
      plugins: 'lists link table image autolink',
      // "Bảng" is our own menu of the table plugin's items without "Ô" (merge, split, cell properties), and no table
      // context menu: the server keeps no colspan, rowspan or cell styles (article/ContentRules), so a merged cell
      // would reach the portal as a cell out of place
      toolbar: 'blocks | bold italic | bullist numlist | link image cchctable | blockquote hr | undo redo',
      contextmenu: 'link image',
      block_formats: 'Đoạn văn=p; Tiêu đề 2=h2; Tiêu đề 3=h3; Tiêu đề 4=h4',
      // the server's list, and nothing else: no style attribute, no class, no colspan
      valid_elements: content.validElements,
      valid_styles: {},
      entity_encoding: 'raw',
      // no line breaks between blocks: the HTML is the server's to the byte
      indent: false,
      convert_urls: false,
      paste_data_images: false,
      paste_webkit_styles: 'none',
      paste_remove_styles_if_webkit: true,
      paste_preprocess: (editor, args) => {
        args.content = withoutForeignPictures(wordListsToLists(args.content), removed => tell(editor,
          `Đã bỏ ${removed} hình ảnh dán từ nơi khác: ảnh chỉ được tải lên từ máy tính (nút Hình ảnh, thẻ “Tải lên”).`, 'warning'));
      },
      // pictures and documents go to our own server (POST /api/uploads), which checks and re-encodes them; the
      // content then points to them on this host
      images_upload_handler: (blobInfo, progress) => upload(blobInfo.blob(), blobInfo.filename())
        .then(answer => answer.location)
        .catch(error => Promise.reject({message: error.message, remove: true})),
      images_file_types: 'jpeg,jpg,png,webp',
      automatic_uploads: true,
      image_uploadtab: true,
      file_picker_types: 'file image',
      file_picker_callback: pickFile,

      link_title: false,
      link_target_list: false,
      link_default_protocol: 'https',
      link_assume_external_targets: 'https',
      image_dimensions: false,
      image_description: true,
      object_resizing: false,
      table_toolbar: 'tableinsertrowbefore tableinsertrowafter tabledeleterow | tableinsertcolbefore tableinsertcolafter tabledeletecol | tablerowheader | tabledelete',
      table_use_colgroups: false,
      table_sizing_mode: 'relative',
      table_default_attributes: {},
      table_default_styles: {},
      table_appearance_options: false,
      table_advtab: false,
      table_cell_advtab: false,
      table_row_advtab: false,
      table_resize_bars: false,
      table_header_type: 'sectionCells',
      content_style: 'td > p, th > p { margin: 0 } body { font-family: "Segoe UI", Arial, sans-serif; font-size: 15px; line-height: 1.5 } '
        + 'table { border-collapse: collapse } td, th { border: 1px solid #999; padding: 4px 6px }',
      setup: editor => {
        editor.ui.registry.addMenuButton('cchctable', {
          icon: 'table', tooltip: 'Table',
          fetch: callback => callback('inserttable | row column | deletetable')
        });
        // the link dialog writes "https://" before an address with no scheme (link_assume_external_targets, for an
        // address typed as "soctrang.gov.vn"), which turns a document picked in it, /api/uploads/<token> on this host,
        // into "https:///api/uploads/<token>": such an address is put back to the path it was
        editor.on('input change undo redo SetContent ExecCommand keyup', () => {
          editor.dom.select('a[href^="https:///"], a[href^="http:///"]').forEach(link =>
            editor.dom.setAttrib(link, 'href', link.getAttribute('href').replace(/^https?:\/\//, '')));
          writeBack(editor);
        });
        // leaving the editor is leaving the field: Camunda Forms then shows its checks (required)
        editor.on('blur', () => {
          writeBack(editor);
          textarea.dispatchEvent(new FocusEvent('focusout', {bubbles: true}));
        });
        editor.on('init', () => {
          textarea.dataset[MARK] = editor.id;
          host.dataset.editorId = editor.id;
        });
      }
    });
  }).catch(error => {
    // the textarea stays as it was: the author can still write HTML
    textarea.dataset[MARK] = 'failed';
    textarea.style.display = '';
    console.error('Trình soạn thảo không tải được', error);
  });
}

function scan() {
  document.querySelectorAll(FIELD).forEach(textarea => {
    if (!textarea.dataset[MARK]) {
      attach(textarea);
    }
  });
  const decision = document.querySelector(REVIEW_DECISION);
  if (decision) {
    attachReviewPreview(decision);
  }
  // a form closed or drawn anew: its editors go with it
  if (window.tinymce) {
    window.tinymce.get().forEach(editor => {
      if (!editor.getElement().isConnected) {
        editor.remove();
      }
    });
  }
}

/** TinyMCE's own screen: its toolbar and, in .tox-tinymce-aux at the end of <body>, its dialogs and menus. */
const EDITOR_UI = '.tox-tinymce, .tox-tinymce-aux';

/**
 * Escape in the editor's dialogs (link, image), menus and toolbar closes only them. Tasklist's start form is an
 * angular-ui-bootstrap modal, which closes on any Escape that reaches the document: everything typed in it would be
 * lost. The key is marked on its way down, while its target is still in the page (the dialog it closes is gone when
 * it bubbles), and stopped at <body>, after TinyMCE has handled it and before the modal sees it.
 */
window.addEventListener('keydown', event => {
  if (event.key === 'Escape' && event.target instanceof Element && event.target.closest(EDITOR_UI)) {
    event.cchcEditorKey = true;
  }
}, true);
document.body.addEventListener('keydown', event => {
  if (event.cchcEditorKey) {
    event.stopPropagation();
  }
});

new MutationObserver(scan).observe(document.body, {childList: true, subtree: true});
scan();

export default [];
