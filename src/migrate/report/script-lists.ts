/**
 * Part of `report.html`'s script (see `reportScript`): the dangling links and failed downloads,
 * `LIST_STEP` rows at a time; an item named there shows it in the table.
 */
export const scriptLists = String.raw`
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
      where.appendChild(showItem(item));
    });
    tr.appendChild(where);
    return tr;
  }

  // An item named in a list is a button that shows it alone in the table.
  function showItem(item) {
    var button = el('button', 'item-ref');
    button.type = 'button';
    button.appendChild(item.title ? isolated(item.title) : el('span', 'untitled', '(untitled)'));
    button.appendChild(el('span', 'id', '#' + item.id));
    button.addEventListener('click', function () {
      byId('search').value = '#' + item.id;
      search('#' + item.id);
      byId('items-heading').scrollIntoView({ behavior: 'smooth' });
    });
    return button;
  }

  function mediaRow(entry) {
    var tr = el('tr');
    tr.appendChild(el('td')).appendChild(link(entry.href, entry.url, true));
    tr.appendChild(el('td')).appendChild(isolated(entry.error, 'error'));
    return tr;
  }
`;
