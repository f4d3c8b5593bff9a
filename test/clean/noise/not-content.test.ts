import { allText, blocksOf } from '../builders/helpers';

const p = (text: string) => ({ type: 'paragraph', text, html: text });
const codes = (ctx: { warnings: { code: string; message: string }[] }) => ctx.warnings.map((w) => `${w.code}: ${w.message}`);

describe('what was added to the page and is not content', () => {
  it('shop cards keep name, image and price; add to cart, wishlist, compare, quick view, stock and the hover image go, words warned', () => {
    const { blocks, ctx } = blocksOf(
      '<ul class="products"><li class="product type-product instock"><a href="/shop/lavender-soap/" class="woocommerce-LoopProduct-link"><img src="https://shop.test/lavender.jpg" alt="Lavender soap"><h2 class="woocommerce-loop-product__title">Lavender soap</h2><span class="price"><bdi>4,20&nbsp;€</bdi></span></a>' +
      '<p class="stock in-stock">12 in stock</p><a href="?add-to-cart=7" data-product_id="7" class="button product_type_simple add_to_cart_button ajax_add_to_cart" aria-label="Add to cart: “Lavender soap”" rel="nofollow">Add to cart</a>' +
      '<div class="yith-wcwl-add-to-wishlist wishlist-fragment"><a href="?add_to_wishlist=7" class="add_to_wishlist single_add_to_wishlist" data-product-id="7"><span>Add to wishlist</span></a></div>' +
      '<a href="/?action=yith-woocompare-add-product&id=7" class="compare button" data-product_id="7" rel="nofollow">Compare</a><a href="#" class="button yith-wcqv-button" data-product_id="7">Quick View</a></li></ul>' +
      '<div class="wd-product-thumb"><a href="/shop/mint/"><img src="https://shop.test/mint.jpg" alt="Mint soap"></a><div class="wd-product-img-hover hover-img"><img src="https://shop.test/mint-back.jpg" alt="Mint soap, back"></div></div>' +
      '<p>Compare the two soaps before you choose.</p>',
    );
    const text = allText(blocks);
    for (const kept of ['Lavender soap', 'lavender.jpg', '4,20', 'mint.jpg', 'Compare the two soaps before you choose.']) expect(text).toContain(kept);
    for (const gone of ['in stock', 'Add to cart', 'Add to wishlist', '"Compare"', 'Quick View', 'mint-back.jpg']) expect(text).not.toContain(gone);
    expect(codes(ctx)).toEqual([
      'dropped_shop_control: Dropped a shop control: "12 in stock"',
      'dropped_shop_control: Dropped a shop control: "Add to cart"',
      'dropped_shop_control: Dropped a shop control: "Add to wishlist"',
      'dropped_shop_control: Dropped a shop control: "Compare"',
      'dropped_shop_control: Dropped a shop control: "Quick View"',
    ]);
  });

  it('a "compare" class on content is not a shop button', () => {
    const { blocks } = blocksOf('<div class="compare"><p>Clay against glass.</p></div>');
    expect(blocks).toEqual([p('Clay against glass.')]);
  });

  it('breadcrumbs of Yoast, Rank Math, NavXT, WooCommerce and themes go with one warning each; a post about breadcrumbs stays', () => {
    const { blocks, ctx } = blocksOf(
      '<p id="breadcrumbs"><span><span><a href="https://x.test/">Home</a></span> » <span class="breadcrumb_last" aria-current="page">Soaps</span></span></p>' +
      '<nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p><a href="https://x.test/">Start</a><span class="separator"> / </span><span class="last">Guide</span></p></nav>' +
      '<div class="breadcrumbs align wp-block-bcn-breadcrumb-trail" vocab="https://schema.org/" typeof="BreadcrumbList"><span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" href="https://x.test/"><span property="name">Clinic</span></a><meta property="position" content="1"></span></div>' +
      '<nav class="woocommerce-breadcrumb" aria-label="Breadcrumb"><a href="/">Shop front</a>&nbsp;/&nbsp;Candles</nav>' +
      '<ol class="trail" itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement"><a href="/"><span itemprop="name">Top</span></a></li></ol>' +
      '<nav aria-label="Breadcrumb"><ol><li><a href="/">Root</a></li></ol></nav>' +
      '<h2>Breadcrumbs for birds</h2><p>Stale bread is bad for ducks.</p>',
    );
    expect(blocks).toEqual([{ type: 'heading', level: 2, text: 'Breadcrumbs for birds', html: 'Breadcrumbs for birds', anchor: '' }, p('Stale bread is bad for ducks.')]);
    expect(ctx.warnings.map((w) => w.code)).toEqual(Array(6).fill('dropped_breadcrumbs'));
    expect(ctx.warnings[2]!.message).toBe('Dropped breadcrumbs: "Clinic"');
  });

  it('labels of dropped controls go with their words warned; a label naming no control stays', () => {
    const { blocks, ctx } = blocksOf(
      '<div id="checker"><label for="brand">Choose your phone brand:</label><select id="brand"><option>--</option></select><br><br>' +
      '<label>Model: <input type="text" name="model"></label><label for="gone">Colour:</label><button id="go">Check</button></div>' +
      '<p><label>Note:</label> bring a cable.</p>',
    );
    expect(blocks).toEqual([{ type: 'paragraph', text: 'Note: bring a cable.', html: 'Note: bring a cable.' }]);
    expect(codes(ctx)).toEqual([
      'dropped_form: Dropped a form label: "Choose your phone brand:"',
      'dropped_form: Dropped a form label: "Model:"',
      'dropped_form: Dropped a form label: "Colour:"',
    ]);
  });

  it('script-app placeholders ("Loading…", spinners) go; the word loading in prose stays', () => {
    const { blocks, ctx } = blocksOf(
      '<div id="rates-app"><p class="loading">Loading…</p></div><div class="calc"><span>Зареждане...</span></div><div class="spinner" aria-hidden="true"></div>' +
      '<p>Loading the kiln takes an hour.</p><p>Loading</p><div class="loading"><p>Dock hours: six to ten, loading bay B.</p></div>',
    );
    expect(blocks).toEqual([p('Loading the kiln takes an hour.'), p('Loading'), p('Dock hours: six to ten, loading bay B.')]);
    expect(codes(ctx)).toEqual(['dropped_placeholder: Dropped a loading placeholder: "Loading…"', 'dropped_placeholder: Dropped a loading placeholder: "Зареждане..."']);
  });

  it('screen-reader-only duplicates of WordPress, Bootstrap, Foundation and Elementor go silently', () => {
    const { blocks, ctx } = blocksOf(
      '<p><a href="/a">Read more<span class="screen-reader-text"> about soap</span></a> <a href="/b">Next<span class="visually-hidden"> chapter</span></a> <span class="sr-only">(current)</span>' +
      '<span class="show-for-sr">Icon:</span><span class="elementor-screen-only">Slide 1</span><span class="visuallyhidden">Skip</span> end.</p>',
    );
    expect(allText(blocks)).not.toMatch(/about soap|chapter|current|Icon:|Slide 1|Skip/);
    expect(blocks).toHaveLength(1);
    expect(ctx.warnings).toEqual([]);
  });
});
