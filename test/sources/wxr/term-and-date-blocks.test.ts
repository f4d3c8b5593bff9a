import { indexElements } from '../../../src/sources/wxr/index-scan';
import { resolveContent } from '../../../src/sources/wxr/resolve-content';
import { WxrSite } from '../../../src/sources/wxr/wxr-site';

// A small site as export_wp() writes it: a category with a child, an empty one, three tags, and
// posts across two months and two years. `declared: false` leaves out the channel's terms, as an
// export of one post type does.
function xml(opts: { declared?: boolean; plain?: boolean } = {}): string {
  const terms = opts.declared === false ? '' : `
    <wp:category><wp:term_id>2</wp:term_id><wp:category_nicename><![CDATA[birds]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[Birds &amp; Bees]]></wp:cat_name></wp:category>
    <wp:category><wp:term_id>5</wp:term_id><wp:category_nicename><![CDATA[waders]]></wp:category_nicename><wp:category_parent><![CDATA[birds]]></wp:category_parent><wp:cat_name><![CDATA[Waders]]></wp:cat_name></wp:category>
    <wp:category><wp:term_id>6</wp:term_id><wp:category_nicename><![CDATA[gulls]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[Gulls]]></wp:cat_name></wp:category>
    <wp:category><wp:term_id>3</wp:term_id><wp:category_nicename><![CDATA[walks]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[Walks]]></wp:cat_name></wp:category>
    <wp:tag><wp:term_id>7</wp:term_id><wp:tag_slug><![CDATA[estuary]]></wp:tag_slug><wp:tag_name><![CDATA[estuary]]></wp:tag_name></wp:tag>
    <wp:tag><wp:term_id>8</wp:term_id><wp:tag_slug><![CDATA[summer]]></wp:tag_slug><wp:tag_name><![CDATA[summer]]></wp:tag_name></wp:tag>
    <wp:tag><wp:term_id>9</wp:term_id><wp:tag_slug><![CDATA[o-brien]]></wp:tag_slug><wp:tag_name><![CDATA[O'Brien's]]></wp:tag_name></wp:tag>`;
  const item = (id: number, date: string, status: string, cats: string[]) => `
    <item><title><![CDATA[Post ${id}]]></title><link>${opts.plain ? `https://x.test/?p=${id}` : `https://x.test/${date.slice(0, 4)}/post-${id}/`}</link>
      <content:encoded><![CDATA[<p>Text with <category domain="category" nicename="gulls">Gulls</category> in it.</p>]]></content:encoded>
      <wp:post_id>${id}</wp:post_id><wp:post_date><![CDATA[${date}]]></wp:post_date><wp:status><![CDATA[${status}]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type>
      ${cats.map((c) => { const [tax, slug, name] = c.split(':'); return `<category domain="${tax}" nicename="${slug}"><![CDATA[${name}]]></category>`; }).join('')}
      <wp:postmeta><wp:meta_key>x</wp:meta_key><wp:meta_value><![CDATA[<category domain="category" nicename="walks">Walks</category>]]></wp:meta_value></wp:postmeta>
    </item>`;
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/"><channel>
    <link>https://x.test</link><wp:base_blog_url>https://x.test</wp:base_blog_url>${terms}
    ${item(11, '2026-05-06 10:00:00', 'publish', ['category:birds:Birds &amp; Bees', 'post_tag:estuary:estuary', 'post_tag:summer:summer'])}
    ${item(12, '2026-06-01 10:00:00', 'publish', ['category:waders:Waders', 'post_tag:summer:summer', "post_tag:o-brien:O'Brien's"])}
    ${item(13, '2026-06-20 10:00:00', 'publish', ['category:walks:Walks', 'category:waders:Waders', 'post_tag:summer:summer'])}
    ${item(14, '2025-12-31 23:00:00', 'publish', ['category:walks:Walks'])}
    ${item(15, '2026-07-01 10:00:00', 'draft', ['category:gulls:Gulls', 'post_tag:estuary:estuary'])}
  </channel></rss>`;
}

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

async function render(block: string, opts: { declared?: boolean; plain?: boolean } = {}) {
  const site = new WxrSite();
  for await (const el of indexElements(once(xml(opts)))) site.add(el);
  const warnings: string[] = [];
  const html = resolveContent(block, { id: 1, site, meta: new Map(), warn: (code, message, path) => void warnings.push(`${code} ${path}: ${message}`) });
  return { html, warnings };
}

describe('categories, tag cloud and archives from the export, as WordPress renders them', () => {
  it('categories: by name, children nested, counts of published posts taking in the children’s, empty ones hidden', async () => {
    const { html, warnings } = await render('<!-- wp:categories {"showHierarchy":true,"showPostCounts":true} /-->');
    expect(html).toBe(
      '<ul class="wp-block-categories-list wp-block-categories">' +
        '\t<li class="cat-item cat-item-2"><a href="https://x.test/category/birds/">Birds &amp; Bees</a> (3)\n' +
        "<ul class='children'>\n\t<li class=\"cat-item cat-item-5\"><a href=\"https://x.test/category/birds/waders/\">Waders</a> (2)\n</li>\n</ul>\n</li>\n" +
        '\t<li class="cat-item cat-item-3"><a href="https://x.test/category/walks/">Walks</a> (2)\n</li>\n</ul>',
    );
    expect(warnings).toEqual(['dynamic_block_approximate wp:categories: The block categories is rendered from the export, but category links use WordPress’s default category base (/category/)']);
  });

  it('categories: flat without the hierarchy (own counts), empty ones with showEmpty, top level only', async () => {
    const flat = (await render('<!-- wp:categories {"showPostCounts":true} /-->')).html;
    expect(flat.match(/>[^<>]+<\/a> \(\d\)/g)).toEqual(['>Birds &amp; Bees</a> (1)', '>Waders</a> (2)', '>Walks</a> (2)']);
    const top = (await render('<!-- wp:categories {"showEmpty":true,"showOnlyTopLevel":true} /-->')).html;
    expect(top.match(/>[^<>]+<\/a>/g)).toEqual(['>Birds &amp; Bees</a>', '>Gulls</a>', '>Walks</a>']);
  });

  it('categories as a dropdown: indented options with counts, numbered like core numbers its blocks', async () => {
    const { html } = await render('<!-- wp:categories /-->\n<!-- wp:categories {"displayAsDropdown":true,"showHierarchy":true,"showPostCounts":true} /-->');
    expect(html).toContain(
      '<div class="wp-block-categories-dropdown wp-block-categories"><label class="screen-reader-text" for="wp-block-categories-2">Categories</label>' +
        "<select  name='cat' id='wp-block-categories-2' class='postform'>\n\t<option value='-1'>Select Category</option>\n" +
        '\t<option class="level-0" value="2">Birds &amp; Bees&nbsp;&nbsp;(3)</option>\n\t<option class="level-1" value="5">&nbsp;&nbsp;&nbsp;Waders&nbsp;&nbsp;(2)</option>\n' +
        '\t<option class="level-0" value="3">Walks&nbsp;&nbsp;(2)</option>\n</select>\t<script',
    );
    expect(html).toContain('location.href = "https://x.test/?cat=" + dropdown');
  });

  it('categories of an export that declares none: from the posts’ own terms, flat, without ids, warned', async () => {
    const { html, warnings } = await render('<!-- wp:categories {"showHierarchy":true,"showPostCounts":true} /-->', { declared: false });
    expect(html.match(/<li class="[^"]+"><a[^>]*>[^<>]+<\/a> \(\d\)/g)).toEqual([
      '<li class="cat-item"><a href="https://x.test/category/birds/">Birds &amp; Bees</a> (1)',
      '<li class="cat-item"><a href="https://x.test/category/waders/">Waders</a> (2)',
      '<li class="cat-item"><a href="https://x.test/category/walks/">Walks</a> (2)',
    ]);
    expect(warnings[0]).toMatch(/^dynamic_block_approximate wp:categories: .*the export declares no categories/);
  });

  it('tag cloud: sized on the log of each count between the font sizes, by name, quotes escaped as esc_html does', async () => {
    const { html } = await render('<!-- wp:tag-cloud {"showTagCounts":true} /-->');
    expect(html.split('\n')).toEqual([
      '<p class="wp-block-tag-cloud"><a href="https://x.test/tag/estuary/" class="tag-cloud-link tag-link-7 tag-link-position-1" style="font-size: 8pt;" aria-label="estuary (1 item)">estuary<span class="tag-link-count"> (1)</span></a>',
      '<a href="https://x.test/tag/o-brien/" class="tag-cloud-link tag-link-9 tag-link-position-2" style="font-size: 8pt;" aria-label="O&#039;Brien&#039;s (1 item)">O&#039;Brien&#039;s<span class="tag-link-count"> (1)</span></a>',
      '<a href="https://x.test/tag/summer/" class="tag-cloud-link tag-link-8 tag-link-position-3" style="font-size: 22pt;" aria-label="summer (3 items)">summer<span class="tag-link-count"> (3)</span></a></p>',
    ]);
    // log10(2)·100 = 30, log10(4)·100 = 60: a tag of two posts sits half-way, as PHP prints it.
    const two = await render('<!-- wp:tag-cloud {"smallestFontSize":"1em","largestFontSize":"2.5em"} /-->');
    expect(two.html).toContain('style="font-size: 1em;"');
    expect(two.html).toContain('style="font-size: 2.5em;"');
    expect((await render('<!-- wp:tag-cloud {"taxonomy":"region"} /-->')).html).toBe('<p class="wp-block-tag-cloud">Your site doesn&#8217;t have any region, so there&#8217;s nothing to display here at the moment.</p>');
  });

  it('archives: months with published posts, newest first, with counts; years as a dropdown; plain permalinks', async () => {
    expect((await render('<!-- wp:archives {"showPostCounts":true} /-->')).html).toBe(
      "<ul class=\" wp-block-archives-list wp-block-archives\">\t<li><a href='https://x.test/2026/06/'>June 2026</a>&nbsp;(2)</li>\n\t<li><a href='https://x.test/2026/05/'>May 2026</a>&nbsp;(1)</li>\n\t<li><a href='https://x.test/2025/12/'>December 2025</a>&nbsp;(1)</li>\n</ul>",
    );
    expect((await render('<!-- wp:archives {"type":"yearly","displayAsDropdown":true,"showLabel":false} /-->', { plain: true })).html).toBe(
      '<div class=" wp-block-archives-dropdown wp-block-archives"><label for="wp-block-archives-1" class="wp-block-archives__label screen-reader-text">Archives</label>\n\t\t' +
        '<select id="wp-block-archives-1" name="archive-dropdown" onchange="document.location.href=this.options[this.selectedIndex].value;">\n\t\t<option value="">Select Year</option>' +
        "\t<option value='https://x.test/?m=2026'> 2026 </option>\n\t<option value='https://x.test/?m=2025'> 2025 </option>\n</select></div>",
    );
    const daily = await render('<!-- wp:archives {"type":"daily"} /-->');
    expect(daily.html).toBe('<!-- wp:archives {"type":"daily"} /-->');
    expect(daily.warnings).toEqual(['dynamic_block wp:archives: The block archives is rendered by the site; an export does not hold its output']);
  });

  it('latest posts: a category filter applied from the posts’ terms', async () => {
    const { html } = await render('<!-- wp:latest-posts {"categories":[{"id":5}]} /-->');
    expect(html.match(/>Post \d+</g)).toEqual(['>Post 13<', '>Post 12<']);
    expect((await render('<!-- wp:latest-posts {"categories":[{"id":5}]} /-->', { declared: false })).warnings[0]).toMatch(/^dynamic_block wp:latest-posts/);
  });
});
