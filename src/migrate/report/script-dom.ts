/**
 * Part of `report.html`'s script (see `reportScript`): building elements. Text only through
 * `textContent`; a link only to an href that passes `isSafeHref` (http(s) for old URLs, a
 * relative path for files), else the text alone; user text bidi-isolated (`<bdi dir=auto>`).
 */
export const scriptDom = String.raw`
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

  function fillSelect(select, options) {
    options.forEach(function (o) {
      var option = el('option', '', o[1]);
      option.value = o[0];
      select.appendChild(option);
    });
  }
`;
