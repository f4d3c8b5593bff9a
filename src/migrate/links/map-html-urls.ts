import { Tokenizer, QuoteType } from 'htmlparser2';
import { escapeAttribute } from '../../text/decode';
import { mapSrcset } from '../../text/map-srcset';

/** Attributes whose value is one URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'cite', 'action', 'formaction', 'data', 'longdesc', 'background', 'data-src', 'data-href', 'data-url', 'data-lazy-src', 'data-orig-file', 'data-large-file', 'data-medium-file', 'data-full-url']);
/** Attributes whose value is a `srcset` list. */
const SRCSET_ATTRIBUTES = new Set(['srcset', 'data-srcset', 'data-lazy-srcset']);

interface Span {
  start: number;
  end: number;
  replacement: string;
}

/**
 * An HTML string with the URL of every URL attribute (`href`, `src`, `poster`, `cite`, lazy-load
 * `data-src`, … and each candidate of `srcset`) passed through `map` (null = unchanged). The
 * string is read by htmlparser2's tokenizer, which gives the exact place of each attribute
 * value, so everything else stays byte for byte as it was: only a changed value is rewritten
 * (entity-escaped, in double quotes when it had single or none). `map` sees the decoded value
 * (`&amp;` read as `&`), as a browser would.
 *
 * @example mapHtmlUrls('<a href="/a?x=1&amp;y=2">a</a>', (u) => u === '/a?x=1&y=2' ? '/b' : null) // → '<a href="/b">a</a>'
 */
export function mapHtmlUrls(html: string, map: (url: string) => string | null): string {
  // No attribute, no URL: most paragraphs, headings and cells are skipped without tokenizing.
  if (!html.includes('=')) return html;
  const spans: Span[] = [];
  let name = '';
  let nameEnd = 0;
  let value = '';
  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      onattribname(start, end) {
        name = html.slice(start, end).toLowerCase();
        nameEnd = end;
        value = '';
      },
      onattribdata(start, end) {
        value += html.slice(start, end);
      },
      onattribentity(codepoint) {
        value += String.fromCodePoint(codepoint);
      },
      onattribend(quote, end) {
        if (quote === QuoteType.NoValue) return;
        const isList = SRCSET_ATTRIBUTES.has(name);
        if (!isList && !URL_ATTRIBUTES.has(name)) return;
        const mapped = isList ? mapSrcset(value, map) : mapUrl(value, map);
        if (mapped === value) return;
        const quoted = quote === QuoteType.Double || quote === QuoteType.Single;
        const valueEnd = quoted ? end - 1 : end;
        // The value starts after `=`, the spaces around it and the opening quote.
        const lead = /^\s*=\s*["']?/.exec(html.slice(nameEnd, valueEnd))![0].length;
        const start = nameEnd + lead;
        if (quote === QuoteType.Double) spans.push({ start, end: valueEnd, replacement: escapeAttribute(mapped) });
        else spans.push({ start: quoted ? start - 1 : start, end, replacement: `"${escapeAttribute(mapped)}"` });
      },
      oncdata() {},
      onclosetag() {},
      oncomment() {},
      ondeclaration() {},
      onend() {},
      onopentagend() {},
      onopentagname() {},
      onprocessinginstruction() {},
      onselfclosingtag() {},
      ontext() {},
      ontextentity() {},
    } as ConstructorParameters<typeof Tokenizer>[1],
  );
  tokenizer.write(html);
  tokenizer.end();
  if (spans.length === 0) return html;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += html.slice(at, s.start) + s.replacement;
    at = s.end;
  }
  return out + html.slice(at);
}

function mapUrl(value: string, map: (url: string) => string | null): string {
  // A URL attribute's value is the URL with leading and trailing whitespace stripped.
  const url = value.trim();
  if (url === '') return value;
  const mapped = map(url);
  return mapped === null || mapped === url ? value : mapped;
}
