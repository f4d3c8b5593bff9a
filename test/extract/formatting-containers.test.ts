import { parsePost } from '../../src';

const post = (html: string) => ({ id: 1, title: { rendered: 'F' }, content: { rendered: html } });
const html = (h: string) => parsePost(post(h)).html;

describe('formatting around blocks deeper down', () => {
  it('keeps the formatting of the text beside them (a shortcode written as code stays code)', () => {
    // The block is below another inline element, so the clean rule that moves formatting into
    // direct block children does not see it; the walker keeps the formatting on the text runs.
    expect(html('<code>[vc_row]x[/vc_row]<em><iframe src="javascript:alert(1)"></iframe></em></code>')).toBe('<p><code>&#91;vc_row]x&#91;/vc_row]</code></p>');
    expect(html('<strong>Before <span><div>inside</div></span> after</strong>')).toBe('<p><strong>Before</strong></p>\n<p><strong>inside</strong></p>\n<p><strong>after</strong></p>');
  });

  it('reads its own html back the same (found by the idempotency property, seed 1234)', () => {
    const once = html('<code>[vc_row][vc_column][vc_column_text][/vc_column_text][/vc_column][/vc_row]\n<em><iframe src="javascript:alert(1)" srcdoc="<script>alert(1)</script>"></iframe></em></code>');
    expect(html(once)).toBe(once);
  });
});
