import { measureRendered } from '../../scripts/corpus-report/rendered-measure';
import { sourceText } from '../../scripts/corpus-report/source-text';
import { makeArticle, p } from '../render/make-article';

// The corpus report's measure is what #23's targets are read from: these tests hold that it sees
// a loss, an addition and a missing medium, and does not take text for interface or shortcodes.
describe('corpus report: the Markdown as a reader sees it, against the source', () => {
  it('counts a word lost from the rendered Markdown and a word it adds', () => {
    const src = sourceText('<p>Alpha beta gamma.</p>');
    const m = measureRendered(makeArticle([p('Alpha beta delta.')], { title: 'T' }), src);
    expect([m.sourceWords, m.keptWords, m.lost]).toEqual([3, 2, ['gamma']]);
    expect([m.renderedWords, m.shownWords, m.added]).toEqual([3, 2, ['delta']]);
  });

  it('reads the Markdown as rendered: a tag written as text is seen as words', () => {
    const src = sourceText('<p>one two</p>');
    const m = measureRendered(makeArticle([p('one two &lt;b&gt;x&lt;/b&gt;', 'one two <b>x</b>')]), src);
    expect(m.added).toEqual(['b', 'x']);
  });

  it('counts media per URL, lazy URLs included, and not those in noscript or tracking pixels', () => {
    const src = sourceText('<p><iframe src="https://v.test/e/1"></iframe></p><img data-src="https://i.test/a.jpg" src="data:image/gif;base64,R0l"><noscript><img src="https://i.test/a.jpg"></noscript><img src="https://t.test/p.gif" width="1" height="1"><audio src="https://a.test/x.mp3"></audio>');
    expect(src.media).toBe(3);
    const m = measureRendered(makeArticle([p('Text')]), src);
    expect([m.sourceMedia, m.articleMedia, m.mediaWarnings]).toEqual([3, 0, 0]);
  });

  it('takes region buttons as content and shop buttons and breadcrumbs as interface', () => {
    const src = sourceText('<nav class="yoast-breadcrumbs">Home » Post</nav><button aria-expanded="false" aria-controls="p1">Question one</button><div id="p1">Answer</div><a class="button add_to_cart_button">Add to cart</a><button type="submit">Send</button>');
    expect(src.text.replace(/\s+/g, ' ').trim()).toBe('Question one Answer');
  });

  it('takes a lone [row] for a shortcode when the content closes it', () => {
    expect(sourceText('<p>[row]</p><p>Dogs [row] run.</p><p>[/row]</p>').text.replace(/\s+/g, ' ').trim()).toBe('Dogs run.');
    expect(sourceText('<p>A [row] of seats.</p>').text.replace(/\s+/g, ' ').trim()).toBe('A [row] of seats.');
  });

  it('keeps a word in brackets as text and drops builder shortcodes', () => {
    expect(sourceText('<p>Use [title] or a[i], not [vc_row][vc_column_text]x[/vc_column_text]</p>').text.replace(/\s+/g, ' ').trim()).toBe('Use [title] or a[i], not x');
  });
});
