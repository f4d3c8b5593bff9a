import { isTag, isText, type AnyNode, type Element } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { dropNoise } from '../kit/drop-noise';

// "Loading…" as script apps, maps, calculators and feeds print it until their script runs, in
// the languages of the corpus and the most common others.
// The dots are required outside a loader box: a bare "Loading" may be a word of the text.
const WORDS = '(?:loading|please wait|chargement|cargando|caricamento|carregando|wird geladen|laden|lädt|ładowanie|yükleniyor|загрузка|зареждане|đang tải|読み込み中|加载中|載入中)';
const LOADING = new RegExp(`^${WORDS}\\s*(?:\\.{2,}|…)$`, 'i');
const LOADING_IN_BOX = new RegExp(`^${WORDS}\\s*(?:\\.{2,}|…)?$`, 'i');
// Boxes that only hold a spinner or such a message.
const LOADER_CLASSES = ['loading', 'loader', 'spinner', 'preloader', 'is-loading', 'lds-ring', 'lds-dual-ring', 'sk-spinner', 'wd-loader-overlay', 'elementor-loader'];

/**
 * Placeholders of script apps: a box that holds nothing but a "Loading…" message or a spinner
 * shows a reader of the article nothing the article can keep. Any element whose whole text is
 * such a message goes, and loader boxes go when they hold no more than that (a loader class on
 * a box of real text is left alone). Dropped words are warned (`dropped_placeholder`).
 *
 * @example '<div id="app"><p class="loading">Loading…</p></div>' → <div id="app"></div>
 */
export const appPlaceholders: CleanRule[] = [
  { name: 'loader-boxes', match: { classes: LOADER_CLASSES, test: (el) => isPlaceholderText(shortText(el)) }, action: dropNoise('dropped_placeholder', 'a loading placeholder') },
  {
    name: 'loading-messages',
    match: { tags: ['p', 'div', 'span', 'em', 'i', 'small'], test: isLoadingMessage },
    action: dropNoise('dropped_placeholder', 'a loading placeholder'),
  },
];

/**
 * True when the whole text of `el` is a "Loading…" message (the `loading-messages` rule's
 * test, run on every p, div and span). Most elements are turned away by their text's last
 * visible character, read from the end (`mayEndInDots`), before the text is gathered.
 *
 * @example isLoadingMessage(el) // <p>Loading…</p> → true
 */
export function isLoadingMessage(el: Element): boolean {
  return el.children.length > 0 && mayEndInDots(el) && loadingMessageText(el);
}

/** The definition `isLoadingMessage` stands in front of: the element's short text, squashed, against the pattern. */
export function loadingMessageText(el: Element): boolean {
  return LOADING.test(squash(shortText(el) ?? ''));
}

// False when the element's text, read back from its end past white space (as `\s` and `trim`
// read it), does not end in '…' or '..': the squashed text then cannot end as LOADING requires
// (a sentence's one full stop is the usual end). A '.' that begins its text node defers.
// Read from the last node back, at most MAX_NODES nodes (as `shortText`), past which it answers
// true and leaves the decision to the definition.
function mayEndInDots(el: Element): boolean {
  seen = 0;
  return endOf(el.children) ?? false;
}

// Nodes read by the current `mayEndInDots`: the recursion below is at most MAX_NODES deep.
let seen = 0;

// `endsInDots` of the last text with a visible end among `nodes` and their descendants, from
// the last back (no copy of any children list: every div asks); true past MAX_NODES nodes.
function endOf(nodes: AnyNode[]): boolean | undefined {
  for (let i = nodes.length - 1; i >= 0; i--) {
    if (++seen > MAX_NODES) return true;
    const n = nodes[i]!;
    const end = isText(n) ? endsInDots(n.data) : isTag(n) ? endOf(n.children) : undefined;
    if (end !== undefined) return end;
  }
  return undefined;
}

// Whether `data`, without its trailing white space (`\s`), may end in '…' or '..' (true too for
// a '.' that begins it: the character before is in another node); undefined when it is all
// white space.
function endsInDots(data: string): boolean | undefined {
  for (let i = data.length - 1; i >= 0; i--) {
    const c = data.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c === 46) return i === 0 || data.charCodeAt(i - 1) === 46;
    if (c > 32 && c < 127) return false;
    if (c < 32 || !SPACE.test(data[i]!)) return c === 0x2026;
  }
  return undefined;
}

const SPACE = /\s/;

function isPlaceholderText(text: string | null): boolean {
  if (text === null) return false;
  const t = squash(text);
  return t === '' || LOADING_IN_BOX.test(t);
}

function squash(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

// The element's text, or null as soon as it is longer than any placeholder or holds more
// nodes than one: every div is tested, and reading a whole page's text for each of them would
// cost the square of its size.
const MAX_TEXT = 40;
const MAX_NODES = 24;

function shortText(el: Element): string | null {
  let out = '';
  let length = 0;
  const stack: AnyNode[] = [...el.children].reverse();
  let seen = 0;
  while (stack.length) {
    if (++seen > MAX_NODES) return null;
    const n = stack.pop()!;
    if (isText(n)) {
      // Counted as squash would leave it, stopping past the limit: a paragraph's text node is
      // read to its 41st character, not squashed whole for each element around it.
      length = squashedLength(n.data, length, out === '' || /[\s\u00a0]$/.test(out));
      if (length > MAX_TEXT) return null;
      out += n.data;
    } else if (isTag(n)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

// `length` plus the characters `text` adds once runs of white space are one space, up to just
// past MAX_TEXT.
function squashedLength(text: string, length: number, afterSpace: boolean): number {
  let space = afterSpace;
  for (let i = 0; i < text.length && length <= MAX_TEXT; i++) {
    const c = text.charCodeAt(i);
    const isSpace = c === 32 || c === 160 || (c >= 9 && c <= 13);
    if (!isSpace) length++;
    else if (!space) length++;
    space = isSpace;
  }
  return length;
}
