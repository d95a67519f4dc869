// The review page's markup, style and script, inlined into OUT/index.html so it
// works offline and from file:// (no CDN, no fetch of local files: a document's
// details come as a script, index.files/doc-ID.js, added when it is opened).
// The script builds every element with textContent: no record text is ever
// parsed as HTML. Served by `vnplan review OUT --serve` it also edits.
import type { ListItem } from './document-data.js';

const STYLE = String.raw`
:root { color-scheme: light; --line: #d8dde3; --muted: #5b6570; --flag: #b3261e; --ok: #1e6b34; --hl: #fff1a8; --chg: #dcecff; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: #1d232a; background: #fff; }
header.top { padding: 10px 20px; border-bottom: 1px solid var(--line); background: #f6f8fa; display: flex; gap: 16px; align-items: baseline; flex-wrap: wrap; }
header.top h1 { font-size: 18px; margin: 0; }
main { padding: 14px 20px 40px; }
a { color: #0b57d0; }
:focus-visible { outline: 3px solid #0b57d0; outline-offset: 1px; }
.muted { color: var(--muted); }
.filters { display: flex; flex-wrap: wrap; gap: 10px 16px; align-items: end; margin-bottom: 12px; }
.filters label { display: flex; flex-direction: column; font-size: 13px; color: var(--muted); gap: 2px; }
select, input[type=search], input[type=text] { font: inherit; padding: 4px 6px; border: 1px solid #aab3bd; border-radius: 4px; background: #fff; }
button { font: inherit; padding: 3px 10px; border: 1px solid #aab3bd; border-radius: 4px; background: #fff; cursor: pointer; }
button:hover { background: #eef2f6; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; font-size: 13px; white-space: nowrap; }
th button { border: 0; background: none; padding: 0; font-weight: 600; font-size: 13px; }
td.num, th.num { text-align: right; white-space: nowrap; }
.flagcount { color: var(--flag); font-weight: 600; }
.status-error { color: var(--flag); font-weight: 600; }
.status-ok, .status-skipped { color: var(--ok); }
.banner { border: 1px solid #e3b341; background: #fff8e1; padding: 8px 12px; border-radius: 4px; margin: 8px 0; }
.banner.error { border-color: #e5a4a0; background: #fdecea; }
.docgrid { display: grid; grid-template-columns: minmax(0, 6fr) minmax(0, 5fr); gap: 18px; align-items: start; }
.docgrid > section:first-child { overflow-x: auto; }
@media (max-width: 960px) { .docgrid { grid-template-columns: 1fr; } }
.fields tr.field { cursor: pointer; }
.fields tr.field.selected, .fields tr.field.selected th { background: var(--hl); }
.fields td.conf { white-space: nowrap; }
.pane-head button[aria-pressed=true] { background: #dbe7fb; border-color: #0b57d0; }
.fields tr.field.flagged td.flag { color: var(--flag); }
.fields td.value { word-break: break-word; min-width: 10em; }
.fields .was { display: block; font-size: 12px; color: var(--muted); }
.fields .empty { color: var(--muted); font-style: italic; }
.corrected-tag { font-size: 12px; color: var(--ok); font-weight: 600; }
.pane { position: sticky; top: 8px; max-height: calc(100vh - 16px); overflow: auto; border: 1px solid var(--line); border-radius: 4px; }
.pane-head { position: sticky; top: 0; background: #f6f8fa; border-bottom: 1px solid var(--line); padding: 6px 10px; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; z-index: 2; }
ol.text { margin: 0; padding: 6px 0; list-style: none; font-size: 14px; line-height: 1.5; }
ol.text li { display: grid; grid-template-columns: 3.5em 1fr; white-space: pre-wrap; word-break: break-word; }
ol.text li .no { color: #8b949e; text-align: right; padding-right: 10px; user-select: none; font-variant-numeric: tabular-nums; }
ol.text li.hl { background: var(--hl); }
mark.chg { background: var(--chg); border-bottom: 1px dotted #0b57d0; cursor: help; padding: 0; }
mark.chg.orig { background: #ffe0e0; border-bottom-color: var(--flag); }
.pages { display: flex; flex-direction: column; gap: 14px; padding: 10px; }
figure.page { margin: 0; position: relative; border: 1px solid var(--line); }
figure.page img { display: block; width: 100%; height: auto; }
figure.page figcaption { position: absolute; top: 4px; left: 4px; background: rgba(255,255,255,.85); font-size: 12px; padding: 1px 6px; border-radius: 3px; }
.box { position: absolute; border: 2px solid #d0321d; background: rgba(255, 214, 0, .22); pointer-events: none; transform-origin: center; }
.edit input[type=text] { width: 100%; }
.actions { margin-top: 3px; display: flex; gap: 6px; flex-wrap: wrap; }
.actions button { font-size: 12px; padding: 0 7px; color: #0b57d0; border-color: #c4cdd6; }
.fields th[scope=row] { width: 9em; }
.error-text { color: var(--flag); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
kbd { border: 1px solid #aab3bd; border-radius: 3px; padding: 0 4px; font-size: 12px; background: #f6f8fa; }
`;

// Plain ES2017, no template literals (this file is one).
const SCRIPT = String.raw`
(function () {
  'use strict';
  var items = JSON.parse(document.getElementById('vnplan-list').textContent);
  var served = location.protocol === 'http:' || location.protocol === 'https:';
  var docs = {};
  var waiting = {};
  var app = document.getElementById('app');
  var live = document.getElementById('live');
  var state = { sort: 'path', dir: 1, status: '', flagged: '', type: '', issuer: '', year: '', q: '', selected: null, original: false, view: 'text' };
  var STATUS = { ok: 'Thành công', skipped: 'Không đổi (bỏ qua)', error: 'Lỗi' };

  window.vnplanReview = {
    receive: function (data) {
      docs[data.id] = data;
      var done = waiting[data.id];
      delete waiting[data.id];
      if (done) done(data);
    }
  };

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      var value = attrs[key];
      if (value === null || value === undefined || value === false) return;
      if (key === 'text') node.textContent = value;
      else if (key.slice(0, 2) === 'on') node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : value);
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }
  function say(message) { live.textContent = ''; setTimeout(function () { live.textContent = message; }, 30); }
  function dash(value) { return value === null || value === undefined || value === '' ? '—' : String(value); }
  function viDate(value) { return value ? value.split('-').reverse().join('/') : '—'; }
  function unique(key) {
    var seen = {};
    items.forEach(function (item) { if (item[key]) seen[item[key]] = true; });
    return Object.keys(seen).sort(function (a, b) { return a.localeCompare(b, 'vi'); });
  }

  // ---------------------------------------------------------------- list
  var COLUMNS = [
    ['path', 'Tệp'], ['status', 'Trạng thái'], ['documentType', 'Loại'], ['number', 'Số, ký hiệu'],
    ['issuedDate', 'Ngày'], ['issuer', 'Cơ quan ban hành'], ['title', 'Trích yếu'], ['flagged', 'Cần xem'], ['checked', 'Đã kiểm tra']
  ];

  function visible() {
    var q = state.q.trim().toLowerCase();
    return items.filter(function (item) {
      if (state.status && item.status !== state.status) return false;
      if (state.flagged === 'yes' && !(item.flagged > 0)) return false;
      if (state.flagged === 'no' && item.flagged > 0) return false;
      if (state.flagged === 'unchecked' && item.checked) return false;
      if (state.type && item.documentType !== state.type) return false;
      if (state.issuer && item.issuer !== state.issuer) return false;
      if (state.year && item.year !== state.year) return false;
      if (q && [item.path, item.title, item.number, item.issuer].join(' ').toLowerCase().indexOf(q) < 0) return false;
      return true;
    }).sort(function (a, b) {
      var x = a[state.sort], y = b[state.sort];
      if (x === y) return a.path.localeCompare(b.path, 'vi');
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      return (typeof x === 'number' || typeof x === 'boolean' ? (x > y ? 1 : -1) : String(x).localeCompare(String(y), 'vi')) * state.dir;
    });
  }

  function select(name, label, options) {
    return el('label', {}, [label, el('select', { id: 'filter-' + name, onchange: function (e) { state[name] = e.target.value; renderRows(); } },
      options.map(function (o) { return el('option', { value: o[0], selected: state[name] === o[0], text: o[1] }); }))]);
  }

  function renderList() {
    document.title = 'Duyệt kết quả — vnplan';
    var flaggedTotal = items.filter(function (i) { return i.flagged > 0; }).length;
    var checkedTotal = items.filter(function (i) { return i.checked; }).length;
    app.replaceChildren(
      el('p', { class: 'muted', text: items.length + ' văn bản · ' + flaggedTotal + ' có trường cần xem · ' + checkedTotal + ' đã kiểm tra' +
        (served ? '' : ' · Chỉ xem: để sửa, chạy vnplan review THƯ_MỤC --serve') }),
      el('div', { class: 'filters', role: 'search' }, [
        select('status', 'Trạng thái', [['', 'Tất cả'], ['ok', STATUS.ok], ['skipped', STATUS.skipped], ['error', STATUS.error]]),
        select('flagged', 'Cần xem', [['', 'Tất cả'], ['yes', 'Có trường cần xem'], ['no', 'Không có'], ['unchecked', 'Chưa kiểm tra']]),
        select('type', 'Loại văn bản', [['', 'Tất cả']].concat(unique('documentType').map(function (v) { return [v, v]; }))),
        select('issuer', 'Cơ quan ban hành', [['', 'Tất cả']].concat(unique('issuer').map(function (v) { return [v, v]; }))),
        select('year', 'Năm', [['', 'Tất cả']].concat(unique('year').map(function (v) { return [v, v]; }))),
        el('label', {}, ['Tìm (phím /)', el('input', { type: 'search', id: 'filter-q', value: state.q, placeholder: 'tệp, số, trích yếu…',
          oninput: function (e) { state.q = e.target.value; renderRows(); } })])
      ]),
      el('p', { id: 'shown', class: 'muted', 'aria-live': 'polite' }),
      el('table', { id: 'documents' }, [
        el('thead', {}, [el('tr', {}, COLUMNS.map(function (c) {
          var sorted = state.sort === c[0];
          return el('th', { scope: 'col', class: c[0] === 'flagged' ? 'num' : null, 'aria-sort': sorted ? (state.dir > 0 ? 'ascending' : 'descending') : 'none' }, [
            el('button', { type: 'button', 'data-sort': c[0], onclick: function () {
              state.dir = state.sort === c[0] ? -state.dir : 1;
              state.sort = c[0];
              renderList();
              document.querySelector('[data-sort="' + c[0] + '"]').focus();
            } }, [c[1] + (sorted ? (state.dir > 0 ? ' ▲' : ' ▼') : '')])
          ]);
        }))]),
        el('tbody', { id: 'rows' })
      ])
    );
    renderRows();
  }

  function renderRows() {
    var shown = visible();
    document.getElementById('shown').textContent = 'Hiển thị ' + shown.length + ' / ' + items.length + ' văn bản';
    document.getElementById('rows').replaceChildren.apply(document.getElementById('rows'), shown.map(function (item) {
      return el('tr', { 'data-id': item.id }, [
        el('td', {}, [el('a', { href: '#doc/' + item.id, text: item.path })]),
        el('td', { class: 'status-' + item.status, text: STATUS[item.status] + (item.sourceChanged ? ' · tệp đã đổi' : ''), title: item.error }),
        el('td', { text: dash(item.documentType) }),
        el('td', { text: dash(item.number) }),
        el('td', { text: viDate(item.issuedDate) }),
        el('td', { text: dash(item.issuer) }),
        el('td', { text: dash(item.title) }),
        el('td', { class: 'num' + (item.flagged > 0 ? ' flagcount' : ''), text: String(item.flagged) }),
        el('td', { text: item.checked ? 'Có' : 'Chưa' })
      ]);
    }));
  }

  // ---------------------------------------------------------------- document
  function load(id, done) {
    if (docs[id] && !served) return done(docs[id]);
    waiting[id] = done;
    var script = el('script', { src: 'index.files/doc-' + id + '.js' + (served ? '?t=' + Date.now() : '') });
    script.onerror = function () {
      delete waiting[id];
      app.replaceChildren(backLink(), el('p', { class: 'banner error', text: 'Không tải được dữ liệu của văn bản (index.files/doc-' + id + '.js).' }));
    };
    document.head.appendChild(script);
  }

  function backLink() { return el('p', {}, [el('a', { href: '#', id: 'back', text: '← Danh sách văn bản' }), ' ', el('span', { class: 'muted' }, ['(', el('kbd', { text: 'Esc' }), ')'])]); }

  function renderDocument(id) {
    app.replaceChildren(backLink(), el('p', { class: 'muted', text: 'Đang tải…' }));
    load(id, function (data) {
      if (location.hash !== '#doc/' + id) return;
      state.selected = null;
      drawDocument(data);
      var first = document.querySelector('tr.field');
      if (first) first.focus();
    });
  }

  function drawDocument(data) {
    document.title = (data.title || data.path) + ' — vnplan';
    var head = [
      backLink(),
      el('h2', { text: data.title || data.path }),
      el('p', { class: 'muted', text: [data.path, STATUS[data.status], data.documentType, data.number, viDate(data.issuedDate), data.format ? data.format.toUpperCase() + (data.pageCount ? ', ' + data.pageCount + ' trang' : '') : null].filter(Boolean).join(' · ') })
    ];
    if (data.status === 'error') head.push(el('p', { class: 'banner error', text: 'Không xử lý được: ' + dash(data.error) }));
    if (data.sourceChanged) head.push(el('p', { class: 'banner', id: 'source-changed', role: 'alert', text: 'Tệp nguồn đã thay đổi sau lần kiểm tra trước (mã SHA-256 khác): các sửa đổi vẫn được giữ, hãy kiểm tra lại văn bản.' }));
    if (data.textLines > data.text.length) head.push(el('p', { class: 'banner', id: 'text-part', text: 'Văn bản rất dài: trang chỉ hiện ' + data.text.length + ' dòng đầu trong ' + data.textLines + ' dòng. Toàn văn ở tệp ' + data.textFile + '.' }));
    if (data.unapplied.length) head.push(el('p', { class: 'banner', text: 'Không áp dụng được ' + data.unapplied.length + ' sửa đổi cũ (trường không còn trong bản ghi): ' + data.unapplied.map(function (c) { return c.field; }).join(', ') }));
    if (data.warnings.length) head.push(el('div', { class: 'banner' }, [el('strong', { text: 'Cảnh báo' }), el('ul', {}, data.warnings.map(function (w) { return el('li', { text: w }); }))]));
    head.push(checkedControl(data));
    app.replaceChildren.apply(app, head.concat([
      el('div', { class: 'docgrid' }, [fieldsTable(data), sourcePane(data)])
    ]));
    highlight(data);
  }

  function checkedControl(data) {
    if (!served) return el('p', { text: 'Đã kiểm tra: ' + (data.checked ? 'Có' : 'Chưa') + (data.checkedAt ? ' (' + new Date(data.checkedAt).toLocaleString('vi-VN') + ')' : '') });
    return el('p', {}, [el('label', {}, [
      el('input', { type: 'checkbox', id: 'checked', checked: data.checked, onchange: function (e) {
        post(data.id, 'checked', { checked: e.target.checked }, e.target.checked ? 'Đã đánh dấu đã kiểm tra' : 'Đã bỏ đánh dấu kiểm tra');
      } }),
      ' Đã kiểm tra văn bản này'
    ])]);
  }

  function fieldsTable(data) {
    return el('section', { 'aria-label': 'Các trường' }, [
      el('table', { class: 'fields', id: 'fields' }, [
        el('thead', {}, [el('tr', {}, ['Trường', 'Giá trị', 'Độ tin cậy', 'Cần xem', 'Dòng'].map(function (t) { return el('th', { scope: 'col', text: t }); }))]),
        el('tbody', {}, data.fields.map(function (f) { return fieldRow(data, f); }))
      ]),
      el('p', { class: 'muted', text: 'Chọn một trường (chuột, hoặc Tab rồi Enter) để tô sáng các dòng nguồn của nó.' + (served ? ' Sửa: nút Sửa, Enter lưu, Esc hủy; để trống ô = không có giá trị.' : '') })
    ]);
  }

  function fieldRow(data, f) {
    var valueCell = el('td', { class: 'value' }, [
      f.value === null ? el('span', { class: 'empty', text: '(trống)' }) : f.value,
      f.corrected ? el('span', { class: 'was' }, [el('span', { class: 'corrected-tag', text: 'Đã sửa' }), ' — trích xuất: ' + (f.extracted === null ? '(trống)' : f.extracted)]) : null
    ]);
    if (served && f.editable) {
      valueCell.appendChild(el('div', { class: 'actions' }, [
        el('button', { type: 'button', class: 'edit-button', text: 'Sửa', 'aria-label': 'Sửa ' + f.label, onclick: function (e) { e.stopPropagation(); startEdit(data, f, valueCell); } }),
        f.corrected ? el('button', { type: 'button', text: 'Trả về giá trị trích xuất', onclick: function (e) { e.stopPropagation(); post(data.id, 'fields', { field: f.field, value: f.extracted }, 'Đã trả về giá trị trích xuất'); } }) : null
      ]));
    }
    var row = el('tr', {
      class: 'field' + (f.flags.length ? ' flagged' : '') + (state.selected === f.field ? ' selected' : ''),
      tabindex: '0', 'data-field': f.field, 'aria-selected': state.selected === f.field ? 'true' : 'false',
      onclick: function () { choose(data, f.field); },
      onkeydown: function (e) {
        if (e.target !== row) return;
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); choose(data, f.field); }
        if (e.key === 'ArrowDown' && row.nextElementSibling) { e.preventDefault(); row.nextElementSibling.focus(); }
        if (e.key === 'ArrowUp' && row.previousElementSibling) { e.preventDefault(); row.previousElementSibling.focus(); }
      }
    }, [
      el('th', { scope: 'row', text: f.label, title: f.field }),
      valueCell,
      el('td', { class: 'num conf', title: f.confidenceSource === 'ocr' ? 'Độ tin cậy OCR trung bình của các dòng nguồn' : null, text: f.confidence === null ? '—' : Math.round(f.confidence * 100) + ' %' + (f.confidenceSource === 'ocr' ? ' OCR' : '') }),
      el('td', { class: 'flag', text: f.flags.join('; ') }),
      el('td', { class: 'num', text: f.lines ? (f.lines.from === f.lines.to ? String(f.lines.from) : f.lines.from + '–' + f.lines.to) : '—' })
    ]);
    return row;
  }

  function startEdit(data, f, cell) {
    var input = el('input', { type: 'text', value: f.value === null ? '' : f.value, 'aria-label': 'Giá trị mới của ' + f.label });
    var message = el('p', { class: 'error-text', role: 'alert' });
    var save = function () { post(data.id, 'fields', { field: f.field, value: input.value.trim() === '' ? null : input.value.trim() }, 'Đã lưu ' + f.label, message); };
    input.addEventListener('keydown', function (e) {
      e.stopPropagation();
      if (e.key === 'Enter') { e.preventDefault(); save(); }
      if (e.key === 'Escape') { e.preventDefault(); drawDocument(data); }
    });
    cell.replaceChildren(el('div', { class: 'edit' }, [input, el('div', { class: 'actions' }, [
      el('button', { type: 'button', text: 'Lưu', onclick: function (e) { e.stopPropagation(); save(); } }),
      el('button', { type: 'button', text: 'Hủy', onclick: function (e) { e.stopPropagation(); drawDocument(data); } })
    ]), message]));
    input.focus();
    input.select();
  }

  function post(id, what, body, done, messageNode) {
    fetch('api/documents/' + id + '/' + what, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (response) { return response.json().then(function (json) { return { ok: response.ok, json: json }; }); })
      .then(function (result) {
        if (!result.ok) throw new Error(result.json.error || 'lỗi không rõ');
        docs[id] = result.json.document;
        items = items.map(function (item) { return item.id === id ? result.json.item : item; });
        drawDocument(result.json.document);
        // keyboard users carry on where they were
        var back = body.field ? document.querySelector('tr.field[data-field="' + CSS.escape(body.field) + '"]') : document.getElementById('checked');
        if (back) back.focus();
        say(done);
      })
      .catch(function (error) {
        var text = 'Không lưu được: ' + error.message;
        if (messageNode) messageNode.textContent = text;
        say(text);
      });
  }

  function sourcePane(data) {
    var pages = data.pages.filter(function (p) { return p.image; });
    var view = pages.length ? state.view : 'text';
    var tab = function (name, label) {
      return el('button', { type: 'button', id: 'view-' + name, 'aria-pressed': view === name ? 'true' : 'false', text: label,
        onclick: function () { state.view = name; drawDocument(data); highlight(data, true); document.getElementById('view-' + name).focus(); } });
    };
    var toggle = data.original && view === 'text' ? el('button', { type: 'button', id: 'toggle-original', 'aria-pressed': state.original ? 'true' : 'false',
      text: 'Bản gốc (trước khôi phục)', title: 'Xem văn bản như đã đọc được, trước khi khôi phục dấu',
      onclick: function () { state.original = !state.original; drawDocument(data); } }) : null;
    return el('section', { class: 'pane', id: 'source', 'aria-label': 'Nguồn' }, [
      el('div', { class: 'pane-head' }, [
        pages.length ? tab('text', 'Văn bản') : el('strong', { text: 'Văn bản' }),
        pages.length ? tab('pages', 'Ảnh trang (' + pages.length + ')') : null,
        toggle,
        el('span', { class: 'muted', text: data.changes.length + ' chỗ khôi phục' + (view === 'text' ? (state.original ? ' · đang xem bản gốc' : ' · đang xem bản đã khôi phục') : '') })
      ]),
      view === 'text' ? textList(data) : el('div', { class: 'pages', id: 'pages' }, pages.map(function (p) {
        return el('figure', { class: 'page', 'data-page': String(p.pageNumber) }, [
          el('img', { src: p.image, alt: 'Trang ' + p.pageNumber + ' (ảnh quét)' }),
          el('figcaption', { text: 'Trang ' + p.pageNumber })
        ]);
      }))
    ]);
  }

  function textList(data) {
    var lines = state.original && data.original ? data.original : data.text;
    var byLine = {};
    data.changes.forEach(function (c) { (byLine[c.line] = byLine[c.line] || []).push(c); });
    return el('ol', { class: 'text', id: 'text' }, lines.map(function (line, i) {
      var n = i + 1;
      return el('li', { 'data-line': String(n) }, [el('span', { class: 'no', text: String(n) }), el('span', {}, marked(line, byLine[n] || [], state.original))]);
    }));
  }

  // restoration changes of one line, marked where their token stands
  function marked(line, changes, original) {
    var parts = [];
    var cursor = 0;
    changes.forEach(function (c) {
      var token = original ? c.from : c.to;
      var at = line.indexOf(token, cursor);
      if (at < 0 || token === '') return;
      parts.push(line.slice(cursor, at));
      var title = 'Khôi phục: «' + c.from + '» → «' + c.to + '», độ tin cậy ' + Math.round(c.confidence * 100) + '%';
      var mark = el('mark', { class: 'chg' + (original ? ' orig' : ''), title: title, tabindex: '0', 'data-from': c.from, 'data-to': c.to, text: token });
      var flip = function () { var shown = mark.textContent === c.to ? c.from : c.to; mark.textContent = shown; mark.classList.toggle('orig', shown === c.from); };
      mark.addEventListener('click', flip);
      mark.addEventListener('keydown', function (e) { if (e.key === 'Enter') flip(); });
      parts.push(mark);
      cursor = at + token.length;
    });
    parts.push(line.slice(cursor));
    return parts;
  }

  function choose(data, field) {
    state.selected = state.selected === field ? null : field;
    document.querySelectorAll('tr.field').forEach(function (row) {
      var on = row.getAttribute('data-field') === state.selected;
      row.classList.toggle('selected', on);
      row.setAttribute('aria-selected', on ? 'true' : 'false');
    });
    highlight(data, true);
  }

  function highlight(data, scroll) {
    var f = data.fields.filter(function (x) { return x.field === state.selected; })[0];
    var range = f && f.lines;
    var first = null;
    document.querySelectorAll('#text li').forEach(function (li) {
      var n = Number(li.getAttribute('data-line'));
      var on = !!range && n >= range.from && n <= range.to;
      li.classList.toggle('hl', on);
      if (on && !first) first = li;
    });
    document.querySelectorAll('.box').forEach(function (b) { b.remove(); });
    var firstBox = null;
    if (range) {
      data.pages.forEach(function (p) {
        var figure = document.querySelector('figure.page[data-page="' + p.pageNumber + '"]');
        if (!figure) return;
        p.lines.forEach(function (l) {
          if (l.line < range.from || l.line > range.to) return;
          var box = el('div', { class: 'box', 'data-line': String(l.line), title: 'Dòng ' + l.line });
          box.style.left = (l.box.x0 * 100) + '%';
          box.style.top = (l.box.y0 * 100) + '%';
          box.style.width = ((l.box.x1 - l.box.x0) * 100) + '%';
          box.style.height = ((l.box.y1 - l.box.y0) * 100) + '%';
          box.style.transform = 'rotate(' + p.skewDegrees + 'deg)';
          figure.appendChild(box);
          if (!firstBox) firstBox = box;
        });
      });
    }
    if (scroll && (first || firstBox)) (first || firstBox).scrollIntoView({ block: 'center' });
    if (range) say(f.label + ': dòng ' + range.from + (range.to !== range.from ? '–' + range.to : '') + (firstBox ? ', có khung trên ảnh trang' : ''));
  }

  // ---------------------------------------------------------------- routing
  function route() {
    var match = /^#doc\/([0-9a-f]+)$/.exec(location.hash);
    if (match) renderDocument(match[1]);
    else { renderList(); }
  }
  window.addEventListener('hashchange', route);
  document.addEventListener('keydown', function (e) {
    var typing = e.target && (e.target.tagName === 'INPUT' || e.target.tagName === 'SELECT' || e.target.tagName === 'TEXTAREA');
    if (e.key === '/' && !typing && !/^#doc\//.test(location.hash)) { e.preventDefault(); var q = document.getElementById('filter-q'); if (q) q.focus(); }
    if (e.key === 'Escape' && !typing && /^#doc\//.test(location.hash)) { location.hash = ''; }
  });
  route();
})();
`;

export interface PageMeta {
  /** The batch folder as given (shown in the header). */
  outDir: string;
  generatedAt: string;
}

/** OUT/index.html with the list inlined; `<` in the data is escaped so no value can close the script. */
export function reviewHtml(items: ListItem[], meta: PageMeta): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="vnplan">
<title>Duyệt kết quả — vnplan</title>
<style>${STYLE}</style>
</head>
<body>
<header class="top"><h1>Duyệt kết quả trích xuất</h1><span class="muted">${escapeHtml(meta.outDir)} · tạo lúc ${escapeHtml(meta.generatedAt)}</span></header>
<main id="app" tabindex="-1"><noscript>Trang này cần JavaScript để hiển thị danh sách văn bản.</noscript></main>
<div id="live" class="visually-hidden" aria-live="polite"></div>
<script id="vnplan-list" type="application/json">${scriptSafeJson(items)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/** JSON that can sit inside a script element or a script file: `<`, U+2028 and U+2029 escaped. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
