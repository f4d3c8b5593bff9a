import { parsePost, toMarkdown } from '../../src';
import { extractTitle } from '../../src/extract/extract-title';

describe('extractTitle: HTML read once', () => {
  it('keeps text that decoding reveals: an escaped tag is text, a real tag is markup', () => {
    expect(extractTitle({ id: 1, title: { rendered: 'Styling a &lt;table&gt; with <em>grid</em>' } })).toBe('Styling a <table> with grid');
    expect(extractTitle({ id: 1, title: { rendered: 'Writing &amp;lt;br&amp;gt; and &amp;amp; in posts' } })).toBe('Writing &lt;br&gt; and &amp; in posts');
    // A `<` that starts no tag is text in HTML too; `</ x>` is a (bogus) comment.
    expect(extractTitle({ id: 1, title: { rendered: 'a < b > c, <3 and <> and</ x>' } })).toBe('a < b > c, <3 and <> and');
    // A `>` inside a quoted attribute value does not end the tag.
    expect(extractTitle({ id: 1, title: { rendered: '<span title="a > b">Quoted</span> end' } })).toBe('Quoted end');
  });

  it('writes the title into YAML front matter as the text it is', () => {
    const a = parsePost({ id: 1, title: { rendered: 'Styling a &lt;table&gt; &amp; &quot;more&quot;' } });
    expect(toMarkdown(a)).toContain('title: Styling a <table> & "more"\n');
  });
});

describe('extractTitle: WordPress\'s "Private: " and "Protected: " prefixes', () => {
  it('drops whatever rendered has in front of title.raw (context=edit), in any language', () => {
    expect(extractTitle({ id: 1, status: 'private', title: { raw: "Team's plans", rendered: 'Privat: Team&#8217;s plans' } })).toBe('Team’s plans');
    expect(extractTitle({ id: 1, title: { raw: 'Chiffres 2025', rendered: 'Protégé&nbsp;: Chiffres 2025' } })).toBe('Chiffres 2025');
    // No prefix: a title that has a colon of its own keeps it.
    expect(extractTitle({ id: 1, title: { raw: 'Note: read first', rendered: 'Note: read first' } })).toBe('Note: read first');
    expect(extractTitle({ id: 1, status: 'private', title: { raw: 'Private: diary', rendered: 'Private: diary' } })).toBe('Private: diary');
  });

  it('without title.raw, drops a known prefix only when the status says WordPress added it', () => {
    expect(extractTitle({ id: 1, status: 'private', title: { rendered: 'Private: Roadmap' } })).toBe('Roadmap');
    expect(extractTitle({ id: 1, status: 'private', title: { rendered: '非公開: ロードマップ' } })).toBe('ロードマップ');
    expect(extractTitle({ id: 1, content: { rendered: '', protected: true }, title: { rendered: 'Protected: Members' } })).toBe('Members');
    expect(extractTitle({ id: 1, password: 'x', title: { rendered: 'Geschützt: Preise' } })).toBe('Preise');
    // A published post's title is the author's, prefix-like words and all.
    expect(extractTitle({ id: 1, status: 'publish', title: { rendered: 'Private: a memoir' } })).toBe('Private: a memoir');
    // The prefix of one status is not stripped for the other.
    expect(extractTitle({ id: 1, status: 'private', title: { rendered: 'Protected: species' } })).toBe('Protected: species');
  });
});
