/**
 * The script of `report.html`, plain JavaScript run by the browser: it reads the page's
 * `<script type="application/json" id="report-data">` block (a `ReportView`) and draws the item
 * table a page of 100 rows at a time (so 10,000 items stay fast), sortable by every column,
 * filtered by text, type, outcome and warning kind or code (also by clicking a chart bar), with
 * each row's warnings on demand; then the dangling links and failed downloads, 200 at a time.
 * Text goes in with `textContent` only; links only to hrefs the server checked, checked again
 * here (http(s) for old URLs, relative for files). Inline in the page, allowed by its hash.
 */
export const reportScript = String.raw`
(function () {
  'use strict';
  var PAGE_SIZE = 100;
  var LIST_STEP = 200;
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  var rows = data.rows.map(function (row, index) { row.index = index; row.haystack = haystackOf(row); return row; });
  var types = distinct(rows.map(function (r) { return r.type; }));
  var columns = makeColumns(data.kinds);
  var state = { query: '', type: '', outcome: '', warning: '', sort: null, dir: 1, page: 0, open: new Set() };
  var visible = rows;

  function byId(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function distinct(values) {
    return Array.from(new Set(values)).sort(function (a, b) { return collator.compare(a === null ? '' : a, b === null ? '' : b); });
  }

  function haystackOf(row) {
    return [row.id === null ? '' : '#' + row.id, row.title, row.oldUrl, row.newUrl, row.file, row.editor, row.type, row.error]
      .filter(function (v) { return v !== null; }).join('\n').toLowerCase();
  }

  function makeColumns(kinds) {
    var cols = [
      { key: 'title', label: 'Title', get: function (r) { return r.title; } },
      { key: 'type', label: 'Type', get: function (r) { return r.type; } },
      { key: 'editor', label: 'Editor', get: function (r) { return r.editor; } },
      { key: 'words', label: 'Words', num: true, get: function (r) { return r.words; } },
      { key: 'total', label: 'Warnings', num: true, get: function (r) { return r.total; } }
    ];
    kinds.forEach(function (k, i) {
      cols.push({ key: 'kind' + i, label: k.short, title: k.label, num: true, get: function (r) { return r.kinds[i]; } });
    });
    cols.push({ key: 'outcome', label: 'Outcome', get: function (r) { return r.outcome; } });
    return cols;
  }

  // Old URLs link only over http(s); files only by a relative path (no scheme, no leading slash).
  function isSafeHref(href, external) {
    if (typeof href !== 'string' || href === '') return false;
    if (external) return /^https?:\/\//i.test(href);
    return !/^[a-z][a-z0-9+.\-]*:/i.test(href) && href.charAt(0) !== '/' && href.charAt(0) !== '\\';
  }

  function link(href, text, external) {
    var node = isSafeHref(href, external) ? el('a', 'mono', text) : el('span', 'mono', text);
    if (node.tagName === 'A') {
      node.href = href;
      if (external) node.rel = 'noreferrer noopener';
    }
    node.dir = 'ltr';
    return node;
  }

  function isolated(text, className) {
    var node = el('bdi', className, text);
    node.dir = 'auto';
    return node;
  }

  function matchesWarning(row) {
    var w = state.warning;
    if (w === '') return true;
    if (w === 'any') return row.total > 0;
    if (w === 'none') return row.total === 0;
    var parts = w.split(':');
    if (parts[0] === 'kind') return row.kinds[Number(parts[1])] > 0;
    var entry = data.codes[Number(parts[1])];
    return !!entry && row.warnings.some(function (x) { return x[0] === entry[0]; });
  }

  function matches(row) {
    if (state.type !== '' && row.type !== types[Number(state.type)]) return false;
    if (state.outcome !== '' && row.outcome !== state.outcome) return false;
    if (state.query !== '' && row.haystack.indexOf(state.query) < 0) return false;
    return matchesWarning(row);
  }

  // Empty values sort last whichever the direction; ties keep the report's order.
  function compareRows(column, dir) {
    return function (a, b) {
      var x = column.get(a), y = column.get(b);
      if (x === y) return a.index - b.index;
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      var c = column.num ? x - y : collator.compare(x, y);
      return c === 0 ? a.index - b.index : c * dir;
    };
  }

  function update() {
    visible = rows.filter(matches);
    var column = columns.find(function (c) { return c.key === state.sort; });
    if (column) visible.sort(compareRows(column, state.dir));
    var pages = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
    state.page = Math.min(state.page, pages - 1);
    renderHead();
    renderBody();
    renderStatus(pages);
  }

  function renderHead() {
    var tr = el('tr');
    columns.forEach(function (column) {
      var th = el('th', column.num ? 'num' : '');
      th.scope = 'col';
      if (state.sort === column.key) th.setAttribute('aria-sort', state.dir > 0 ? 'ascending' : 'descending');
      var button = el('button', '', column.label);
      button.type = 'button';
      if (column.title) button.title = column.title;
      button.addEventListener('click', function () { sortBy(column); });
      th.appendChild(button);
      tr.appendChild(th);
    });
    var head = byId('items').tHead;
    head.replaceChildren(tr);
  }

  function sortBy(column) {
    if (state.sort === column.key) state.dir = -state.dir;
    else { state.sort = column.key; state.dir = column.num ? -1 : 1; }
    update();
  }

  function renderBody() {
    var body = byId('items').tBodies[0];
    var start = state.page * PAGE_SIZE;
    var fragment = document.createDocumentFragment();
    visible.slice(start, start + PAGE_SIZE).forEach(function (row) {
      fragment.appendChild(itemRow(row));
      if (state.open.has(row.index)) fragment.appendChild(detailRow(row));
    });
    if (visible.length === 0) {
      var empty = el('td', 'empty', 'No item matches these filters.');
      empty.colSpan = columns.length;
      fragment.appendChild(el('tr')).appendChild(empty);
    }
    body.replaceChildren(fragment);
  }

  function itemRow(row) {
    var tr = el('tr');
    tr.appendChild(titleCell(row));
    tr.appendChild(el('td', '', row.type));
    tr.appendChild(el('td', '', row.editor));
    tr.appendChild(el('td', 'num', row.words.toLocaleString()));
    tr.appendChild(el('td', 'num', row.total > 0 ? row.total.toLocaleString() : ''));
    row.kinds.forEach(function (n) { tr.appendChild(el('td', 'num', n > 0 ? n.toLocaleString() : '')); });
    var outcome = el('td');
    outcome.appendChild(el('span', 'badge ' + row.outcome, row.outcome));
    tr.appendChild(outcome);
    return tr;
  }

  function titleCell(row) {
    var td = el('td');
    var line = el('div');
    if (row.total > 0 || row.error !== null) line.appendChild(toggle(row));
    line.appendChild(row.title ? isolated(row.title, 'title') : el('span', 'title untitled', '(untitled)'));
    if (row.id !== null) line.appendChild(el('span', 'id', '#' + row.id));
    td.appendChild(line);
    var links = el('div', 'links');
    if (row.oldUrl !== null) links.appendChild(labelled('old ', link(row.oldHref, row.oldUrl, true)));
    if (row.file !== null) links.appendChild(labelled('new ', link(row.fileHref, row.file, false)));
    if (links.childNodes.length > 0) td.appendChild(links);
    return td;
  }

  function labelled(label, node) {
    var span = el('span', '', label);
    span.appendChild(node);
    return span;
  }

  function toggle(row) {
    var open = state.open.has(row.index);
    var button = el('button', 'toggle', open ? '▾' : '▸');
    button.type = 'button';
    button.setAttribute('aria-expanded', String(open));
    button.setAttribute('aria-label', (open ? 'Hide' : 'Show') + ' warnings');
    button.addEventListener('click', function () {
      if (state.open.has(row.index)) state.open.delete(row.index); else state.open.add(row.index);
      renderBody();
    });
    return button;
  }

  function detailRow(row) {
    var td = el('td');
    td.colSpan = columns.length;
    if (row.error !== null) td.appendChild(isolated(row.error, 'error'));
    var list = el('ul');
    row.warnings.forEach(function (w) {
      var li = el('li');
      li.appendChild(el('code', '', w[0]));
      li.appendChild(document.createTextNode(' '));
      li.appendChild(isolated(w[1]));
      if (w[2] !== null) { li.appendChild(document.createTextNode(' ')); li.appendChild(isolated('(' + w[2] + ')', 'path')); }
      list.appendChild(li);
    });
    if (row.warnings.length > 0) td.appendChild(list);
    var tr = el('tr', 'detail');
    tr.appendChild(td);
    return tr;
  }

  function renderStatus(pages) {
    var start = state.page * PAGE_SIZE;
    var end = Math.min(visible.length, start + PAGE_SIZE);
    var text = visible.length === 0 ? 'No items' : (start + 1).toLocaleString() + '–' + end.toLocaleString() + ' of ' + visible.length.toLocaleString() + ' items';
    if (visible.length !== rows.length) text += ' (filtered from ' + rows.length.toLocaleString() + ')';
    byId('status').textContent = text;
    byId('page').textContent = 'Page ' + (state.page + 1) + ' of ' + pages;
    byId('prev').disabled = state.page === 0;
    byId('next').disabled = state.page >= pages - 1;
  }

  function fillSelect(select, options) {
    options.forEach(function (o) {
      var option = el('option', '', o[1]);
      option.value = o[0];
      select.appendChild(option);
    });
  }

  function fillControls() {
    fillSelect(byId('type'), types.map(function (t, i) { return [String(i), t === null ? '(none)' : t]; }));
    var warnings = [['any', 'With warnings'], ['none', 'Without warnings']];
    data.kinds.forEach(function (k, i) { warnings.push(['kind:' + i, k.label]); });
    data.codes.forEach(function (c, i) { warnings.push(['code:' + i, c[0] + ' (' + c[1].toLocaleString() + ')']); });
    fillSelect(byId('warning'), warnings);
  }

  function filterOn(id, key) {
    byId(id).addEventListener('change', function (event) { state[key] = event.target.value; state.page = 0; update(); });
  }

  function bindControls() {
    var timer = 0;
    byId('search').addEventListener('input', function (event) {
      clearTimeout(timer);
      timer = setTimeout(function () { state.query = event.target.value.trim().toLowerCase(); state.page = 0; update(); }, 120);
    });
    filterOn('type', 'type');
    filterOn('outcome', 'outcome');
    filterOn('warning', 'warning');
    byId('prev').addEventListener('click', function () { state.page -= 1; update(); });
    byId('next').addEventListener('click', function () { state.page += 1; update(); });
  }

  // A click on a chart bar shows the items with that code.
  function bindChart() {
    document.querySelectorAll('.chart .bar').forEach(function (bar) {
      bar.addEventListener('click', function () {
        var i = data.codes.findIndex(function (c) { return c[0] === bar.getAttribute('data-code'); });
        if (i < 0) return;
        state.warning = 'code:' + i;
        byId('warning').value = state.warning;
        state.page = 0;
        update();
        byId('items-heading').scrollIntoView({ behavior: 'smooth' });
      });
    });
  }

  // A long list shows LIST_STEP rows, then more on demand.
  function renderList(id, entries, draw) {
    var table = byId(id);
    if (!table) return;
    var shown = 0;
    var more = byId(id + '-more');
    function next() {
      var fragment = document.createDocumentFragment();
      entries.slice(shown, shown + LIST_STEP).forEach(function (e) { fragment.appendChild(draw(e)); });
      table.tBodies[0].appendChild(fragment);
      shown = Math.min(entries.length, shown + LIST_STEP);
      more.hidden = shown >= entries.length;
      more.textContent = 'Show ' + Math.min(LIST_STEP, entries.length - shown).toLocaleString() + ' more of ' + (entries.length - shown).toLocaleString();
    }
    more.addEventListener('click', next);
    next();
  }

  function danglingRow(entry) {
    var tr = el('tr');
    tr.appendChild(el('td')).appendChild(link(null, entry.href, true));
    var where = el('td');
    entry.items.forEach(function (item, i) {
      if (i > 0) where.appendChild(document.createTextNode(', '));
      where.appendChild(item.title ? isolated(item.title) : el('span', 'untitled', '(untitled)'));
      where.appendChild(el('span', 'id', '#' + item.id));
    });
    tr.appendChild(where);
    return tr;
  }

  function mediaRow(entry) {
    var tr = el('tr');
    tr.appendChild(el('td')).appendChild(link(entry.href, entry.url, true));
    tr.appendChild(el('td')).appendChild(isolated(entry.error, 'error'));
    return tr;
  }

  fillControls();
  bindControls();
  bindChart();
  update();
  renderList('dangling', data.dangling, danglingRow);
  renderList('media-failed', data.mediaFailed, mediaRow);
})();
`;
