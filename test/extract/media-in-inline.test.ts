import { parsePost } from '../../src';
import type { Block } from '../../src/schema/block';

// Hand-written cases in the shapes the classic editor prints: wpautop wraps oEmbed iframes and
// the `[audio]`/`[video]` players in a paragraph (or in a link, a span, formatting).
const post = (html: string) => ({ id: 1, title: { rendered: 'M' }, content: { rendered: html } });
const parse = (html: string) => parsePost(post(html));
const shape = (body: Block[]) => body.map((b) => (b.type === 'paragraph' ? `p:${b.html}` : b.type === 'embed' ? `embed:${b.url}` : b.type === 'media' ? `${b.kind}:${b.src}` : b.type));
const codes = (html: string) => parse(html).warnings.map((w) => w.code);

const YT = '<iframe title="Harbour at dawn" width="840" height="473" src="https://www.youtube.com/embed/Zx81sHq2TLk?feature=oembed" frameborder="0" allowfullscreen></iframe>';
const YT_URL = 'https://www.youtube.com/watch?v=Zx81sHq2TLk';
const PLAYER = '<audio class="wp-audio-shortcode" id="audio-7-1" preload="none" style="width: 100%;" controls="controls"><source type="audio/mpeg" src="https://pod.test/wp-content/uploads/episode-12.mp3?_=1" /><a href="https://pod.test/wp-content/uploads/episode-12.mp3">https://pod.test/wp-content/uploads/episode-12.mp3</a></audio>';
const MP3 = 'https://pod.test/wp-content/uploads/episode-12.mp3';

describe('media inside paragraphs', () => {
  it('an oEmbed iframe alone in a paragraph is an embed block', () => {
    expect(shape(parse(`<p>${YT}</p>`).body)).toEqual([`embed:${YT_URL}`]);
  });

  it('an [audio] player in a paragraph is a media block, and the text around it stays in paragraphs', () => {
    const a = parse(`<p>This week we talk about tides.<br />\n${PLAYER}<br />\nShow notes below.</p><p>Thanks for listening.</p>`);
    expect(shape(a.body)).toEqual(['p:This week we talk about tides.', `audio:${MP3}`, 'p:Show notes below.', 'p:Thanks for listening.']);
    expect(a.warnings).toEqual([]);
  });

  it('a bare <audio src> or <video src> among text splits the paragraph', () => {
    expect(shape(parse('<p>Before <audio src="https://pod.test/a.ogg" controls></audio> after</p>').body)).toEqual(['p:Before', 'audio:https://pod.test/a.ogg', 'p:after']);
    expect(shape(parse('<p>Clip: <video src="https://pod.test/v.mp4" controls></video></p>').body)).toEqual(['p:Clip:', 'video:https://pod.test/v.mp4']);
  });

  it('a Google Maps iframe in a page paragraph is an embed', () => {
    const a = parse('<p>Find us here:</p><p><iframe style="border: 0;" src="https://www.google.com/maps/embed?pb=!1m18!1m12" width="600" height="450" allowfullscreen="allowfullscreen"></iframe></p>');
    expect(a.body).toEqual([{ type: 'paragraph', text: 'Find us here:', html: 'Find us here:' }, { type: 'embed', provider: 'google-maps', url: 'https://www.google.com/maps/embed?pb=!1m18!1m12', id: null, caption: null }]);
  });

  it('inside spans, links and formatting: the paragraph splits and the text keeps its formatting and link', () => {
    expect(shape(parse(`<p><span class="embed-youtube" style="text-align:center; display: block;">${YT}</span></p>`).body)).toEqual([`embed:${YT_URL}`]);
    const a = parse(`<p>Intro <strong>bold <a href="https://x.test/p">watch ${YT} then read</a> on</strong> end</p>`);
    expect(shape(a.body)).toEqual(['p:Intro <strong>bold <a href="https://x.test/p">watch</a></strong>', `embed:${YT_URL}`, 'p:<strong><a href="https://x.test/p">then read</a> on</strong> end']);
    // The link is one link in the input: recorded for both halves that show it.
    expect(a.links.map((l) => [l.href, l.text])).toEqual([['https://x.test/p', 'watch'], ['https://x.test/p', 'then read']]);
  });

  it('several media in one paragraph come out in document order', () => {
    const a = parse(`<p>One ${YT} two <audio src="https://pod.test/b.mp3"></audio> three</p>`);
    expect(shape(a.body)).toEqual(['p:One', `embed:${YT_URL}`, 'p:two', 'audio:https://pod.test/b.mp3', 'p:three']);
  });

  it('raw canonical <u-embed>/<u-media> in a paragraph are blocks too', () => {
    expect(shape(parse('<p>A <u-embed url="https://vimeo.com/76979871"></u-embed> B</p>').body)).toEqual(['p:A', 'embed:https://vimeo.com/76979871', 'p:B']);
  });

  it('inside a quote, the media follow the quote as blocks (as an image does)', () => {
    expect(shape(parse(`<blockquote><p>Said here ${YT}</p></blockquote>`).body)).toEqual(['quote', `embed:${YT_URL}`]);
  });

  it('a media element with no usable URL is dropped with a warning, never silently', () => {
    expect(codes('<p>Map <iframe src="https://unknown-widget.test/x"></iframe></p>')).toEqual(['dropped_iframe']);
    // Nothing took its place: the text around it stays one paragraph.
    expect(shape(parse('<p>Sponsor: <iframe src="https://ads.test/w"></iframe> thanks.</p>').body)).toEqual(['p:Sponsor: thanks.']);
    expect(codes('<p>Ep <audio controls></audio></p>')).toEqual(['dropped_media']);
    expect(codes('<p>Ep <u-media kind="audio" src="javascript:alert(1)"></u-media></p>')).toEqual(['dropped_media']);
  });

  it('deep formatting around a media element costs no stack', () => {
    const depth = 20000;
    const a = parse(`<p>${'<em><strong>'.repeat(depth / 2)}before ${YT} after${'</strong></em>'.repeat(depth / 2)}</p>`);
    expect(shape(a.body)).toEqual(['p:<em><strong>before</strong></em>', `embed:${YT_URL}`, 'p:<em><strong>after</strong></em>']);
  });

  it('article.html reads back into the same blocks', () => {
    const a = parse(`<p>Listen ${PLAYER} and watch <em>${YT}</em> now</p>`);
    expect(shape(a.body)).toEqual(['p:Listen', `audio:${MP3}`, 'p:and watch', `embed:${YT_URL}`, 'p:now']);
    expect(parse(a.html).body).toEqual(a.body);
  });
});

describe('media where no block can stand', () => {
  it('in a heading: the heading, then the media as a block', () => {
    expect(shape(parse(`<h2>Episode 12 ${PLAYER}</h2>`).body)).toEqual(['heading', `audio:${MP3}`]);
    expect(shape(parse(`<h3><span>${YT}</span></h3>`).body)).toEqual([`embed:${YT_URL}`]);
  });

  it('in a list item: the media follow the item as blocks, the list split around them and its numbering going on', () => {
    const a = parse(`<ol><li>Episode 12 ${PLAYER}</li><li>Trailer <span>${YT}</span></li><li>Notes</li></ol>`);
    expect(shape(a.body)).toEqual(['list', `audio:${MP3}`, 'list', `embed:${YT_URL}`, 'list']);
    expect(a.body.map((b) => (b.type === 'list' ? [b.start, b.items.map((i) => i.html)] : null)).filter(Boolean)).toEqual([[null, ['Episode 12']], [2, ['Trailer']], [3, ['Notes']]]);
    expect(a.warnings).toEqual([]);
  });

  it('in a nested list item: a link to the media (its title, else its URL) with a media_as_link warning', () => {
    const a = parse(`<ul><li>Season 2<ul><li>Episode 12 ${PLAYER}</li><li>Trailer ${YT}</li></ul></li></ul>`);
    const items = a.body[0]!.type === 'list' ? a.body[0]!.items[0]!.children!.items : [];
    expect(items).toEqual([
      { text: `Episode 12 ${MP3}`, html: `Episode 12 <a href="${MP3}">${MP3}</a>`, value: null, children: null },
      { text: 'Trailer Harbour at dawn', html: `Trailer <a href="${YT_URL}">Harbour at dawn</a>`, value: null, children: null },
    ]);
    expect(a.warnings).toEqual([expect.objectContaining({ code: 'media_as_link', path: 'u-media' }), expect.objectContaining({ code: 'media_as_link', path: 'iframe' })]);
    expect(a.links.map((l) => l.href)).toEqual([MP3, YT_URL]);
  });

  it('in a table cell: a link with a warning; inside a link already, its text only', () => {
    const a = parse(`<table><tr><td>Ep ${PLAYER}</td><td><a href="https://x.test/ep">More ${YT}</a></td></tr></table>`);
    const row = a.body[0]!.type === 'table' ? a.body[0]!.body[0]! : [];
    expect(row.map((c) => c.html)).toEqual([`Ep <a href="${MP3}">${MP3}</a>`, '<a href="https://x.test/ep">More Harbour at dawn</a>']);
    expect(a.warnings.map((w) => [w.code, w.path])).toEqual([['media_as_link', 'u-media'], ['media_as_link', 'iframe']]);
  });
});
