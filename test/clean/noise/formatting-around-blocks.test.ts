import { parsePost } from '../../../src';

const convert = (html: string) => parsePost({ id: 1, content: { rendered: html } });
// Converting the output again must give the same output (the idempotency property's cases).
const stable = (html: string) => {
  const first = convert(html).html;
  expect(convert(first).html).toBe(first);
  return first;
};

describe('formatting around blocks', () => {
  it('moves into the blocks and around the text between them, as a browser shows it', () => {
    expect(stable('<strong><p>A</p>B<ul><li>x</li></ul></strong>')).toBe('<p><strong>A</strong></p>\n<p><strong>B</strong></p>\n<ul><li>x</li></ul>');
    expect(stable('<em><div><div>deep</div></div> tail</em>')).toBe('<p><em>deep</em></p>\n<p><em>tail</em></p>');
  });

  it('keeps a shortcode written as code as code (property-test case, seed 42)', () => {
    expect(stable('<code><div></div>[vc_row][/vc_row]</code>')).toBe('<p><code>[vc_row][/vc_row]</code></p>');
    expect(stable('<code><div>[gallery]</div></code>')).toBe('<p><code>[gallery]</code></p>');
  });

  it('converts formatting around 20,000 blocks, and around 5,000 levels of nesting', () => {
    // Not a timing test: a quadratic (or worse) rule makes these take minutes, and jest times out.
    expect(convert(`<strong>${'<p>x</p>'.repeat(20_000)}</strong>`).body).toHaveLength(20_000);
    const nested = `<em>${'<b>'.repeat(5_000)}<div>x</div>${'</b>'.repeat(5_000)}</em>`;
    expect(convert(nested).text).toBe('x');
    const divs = `<em>${'<div>'.repeat(5_000)}x${'</div>'.repeat(5_000)}</em>`;
    expect(convert(divs).html).toBe('<p><em>x</em></p>');
  });
});

describe('formatting emptied by trimming its edge breaks', () => {
  it.each([
    ['<em><br></em>!', '<p>!</p>'],
    ['<em> <br> </em> !', '<p>!</p>'],
    ['<strong><em><br></em></strong>x', '<p>x</p>'],
    ['<em><br></em><strong><br></strong>x<em><br></em>', '<p>x</p>'],
  ])('%s → %s, and again the same (property-test case, seed 337518764)', (html, expected) => {
    expect(stable(html)).toBe(expected);
  });
});
