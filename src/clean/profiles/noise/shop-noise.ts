import { hasClass } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { dropNoise } from '../kit/drop-noise';

const shopControl = dropNoise('dropped_shop_control', 'a shop control');

/**
 * WooCommerce and shop-theme product cards: the product's name, image, price and text are
 * content; what a reader of the article cannot use is not: add to cart, wishlist, compare and
 * quick view buttons, stock labels, and the second image some themes show on hover (a copy of
 * the gallery, not of the card). Dropped words are warned (`dropped_shop_control`).
 *
 * @example '<div class="product"><h3>Soap</h3><a class="button add_to_cart_button" href="?add-to-cart=1">Add to cart</a></div>' → <div class="product"><h3>Soap</h3></div>
 */
export const shopNoise: CleanRule[] = [
  {
    // WooCommerce core, its blocks, and Woodmart's wrapper.
    name: 'shop-add-to-cart',
    match: { classes: ['add_to_cart_button', 'single_add_to_cart_button', 'added_to_cart', 'wc-block-components-product-button', 'wp-block-woocommerce-product-button', 'wd-add-btn'] },
    action: shopControl,
  },
  {
    // YITH, TI WooCommerce Wishlist, WPC Smart Wishlist, Woodmart.
    name: 'shop-wishlist',
    match: { classes: ['yith-wcwl-add-to-wishlist', 'yith-add-to-wishlist-button-block', 'tinv-wraper', 'tinvwl_add_to_wishlist_button', 'woosw-btn', 'wd-wishlist-btn'] },
    action: shopControl,
  },
  {
    // YITH compare prints `a.compare.button[data-product_id]`; WPC Smart Compare, Woodmart.
    name: 'shop-compare',
    match: { classes: ['compare', 'woosc-btn', 'wd-compare-btn'], test: (el) => !hasClass(el, 'compare') || el.attribs['data-product_id'] !== undefined },
    action: shopControl,
  },
  { name: 'shop-quick-view', match: { classes: ['yith-wcqv-button', 'woosq-btn', 'wd-quick-view-btn', 'quick-view-button'] }, action: shopControl },
  {
    // `<p class="stock in-stock">3 in stock</p>`: availability at the time of the crawl.
    name: 'shop-stock',
    match: { classes: ['in-stock', 'out-of-stock', 'available-on-backorder', 'wd-product-stock'], test: (el, c) => c.includes('stock') || c.includes('wd-product-stock') },
    action: shopControl,
  },
  // The image swapped in on hover (Woodmart, Flatsome's back image).
  { name: 'shop-hover-image', match: { classes: ['wd-product-img-hover', 'back-image'], test: (el, c) => !c.includes('back-image') || c.includes('show-on-hover') }, action: 'drop' },
];
