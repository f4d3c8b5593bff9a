/**
 * Part of `report.html`'s script (see `reportScript`): the item table: columns (one per kind
 * included), filtering, sorting (empty values last, ties in the report's order), a page of
 * `PAGE_SIZE` rows at a time with each row's warnings on demand and a failed row's error under
 * its title, and the status line.
 */
export const scriptTable = String.raw`
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
    if (state.id !== null) { if (row.id !== state.id) return false; }
    else if (state.query !== '' && row.haystack.indexOf(state.query) < 0) return false;
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
    var td = el('td', 'item');
    var line = el('div');
    if (row.total > 0) line.appendChild(toggle(row));
    line.appendChild(row.title ? isolated(row.title, 'title') : el('span', 'title untitled', '(untitled)'));
    if (row.id !== null) line.appendChild(el('span', 'id', '#' + row.id));
    td.appendChild(line);
    var links = el('div', 'links');
    if (row.oldUrl !== null) links.append(el('span', '', 'old'), link(row.oldHref, row.oldUrl, true));
    if (row.file !== null) links.append(el('span', '', 'new'), link(row.fileHref, row.file, false));
    if (links.childNodes.length > 0) td.appendChild(links);
    if (row.error !== null) td.appendChild(el('div', 'error-line')).appendChild(isolated(row.error, 'error'));
    return td;
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
    var list = el('ul');
    row.warnings.forEach(function (w) {
      var li = el('li');
      li.appendChild(el('code', '', w[0]));
      li.appendChild(document.createTextNode(' '));
      li.appendChild(isolated(w[1]));
      if (w[2] !== null) { li.appendChild(document.createTextNode(' ')); li.appendChild(isolated('(' + w[2] + ')', 'path')); }
      list.appendChild(li);
    });
    td.appendChild(list);
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
`;
