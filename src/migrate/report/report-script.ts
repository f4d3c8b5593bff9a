import { scriptControls } from './script-controls';
import { scriptDom } from './script-dom';
import { scriptLists } from './script-lists';
import { scriptTable } from './script-table';

/**
 * The script of `report.html`, plain JavaScript run by the browser: it reads the page's
 * `<script type="application/json" id="report-data">` block (a `ReportView`) and draws the item
 * table a page of 100 rows at a time (so 10,000 items stay fast), sortable by every column,
 * filtered by text (`#12`: that item), type, outcome and warning kind or code (also by a click
 * on a chart bar), with each row's warnings on demand; then the dangling links and failed
 * downloads, 200 at a time. Its parts, one file each: script-dom, script-table,
 * script-controls, script-lists.
 * Text goes in with `textContent` only; links only to hrefs the server checked, checked again
 * here (http(s) for old URLs, relative for files). Inline in the page, allowed by its hash.
 */
export const reportScript = [
  String.raw`
(function () {
  'use strict';
  var PAGE_SIZE = 100;
  var LIST_STEP = 200;
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  var rows = data.rows.map(function (row, index) { row.index = index; row.haystack = haystackOf(row); return row; });
  var types = distinct(rows.map(function (r) { return r.type; }));
  var columns = makeColumns(data.kinds);
  var state = { query: '', id: null, type: '', outcome: '', warning: '', sort: null, dir: 1, page: 0, open: new Set() };
  var visible = rows;
`,
  scriptDom,
  scriptTable,
  scriptControls,
  scriptLists,
  String.raw`
  fillControls();
  bindControls();
  bindChart();
  update();
  renderList('dangling', data.dangling, danglingRow);
  renderList('media-failed', data.mediaFailed, mediaRow);
})();
`,
].join('');
