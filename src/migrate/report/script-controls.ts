/**
 * Part of `report.html`'s script (see `reportScript`): the search box (debounced; `#12` finds
 * item 12), the type, outcome and warning filters, the pager and the chart's bars.
 */
export const scriptControls = String.raw`
  function fillControls() {
    fillSelect(byId('type'), types.map(function (t, i) { return [String(i), t === null ? '(none)' : t]; }));
    var warnings = [['any', 'With warnings'], ['none', 'Without warnings']];
    data.kinds.forEach(function (k, i) { warnings.push(['kind:' + i, k.label]); });
    data.codes.forEach(function (c, i) { warnings.push(['code:' + i, c[0] + ' (' + c[1].toLocaleString() + ')']); });
    fillSelect(byId('warning'), warnings);
  }

  // '#12' finds item 12 alone; other text is looked for in titles, URLs, files, types, editors, errors.
  function search(text) {
    var query = text.trim().toLowerCase();
    var id = /^#(\d+)$/.exec(query);
    state.query = query;
    state.id = id ? Number(id[1]) : null;
    state.page = 0;
    update();
  }

  function filterOn(id, key) {
    byId(id).addEventListener('change', function (event) { state[key] = event.target.value; state.page = 0; update(); });
  }

  function bindControls() {
    var timer = 0;
    byId('search').addEventListener('input', function (event) {
      clearTimeout(timer);
      timer = setTimeout(function () { search(event.target.value); }, 120);
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
`;
