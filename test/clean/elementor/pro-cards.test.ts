import { widget, widgetBlocks } from './helpers';

// Elementor Pro widgets. Elementor Pro is not public on GitHub; the markup below is written
// from the render() methods of its GPL redistribution proelements/proelements:
//   modules/call-to-action/widgets/call-to-action.php, modules/flip-box/widgets/flip-box.php,
//   modules/pricing/widgets/price-table.php, modules/pricing/widgets/price-list.php.

const p = (t: string, html = t) => ({ type: 'paragraph', text: t, html });
const h = (level: number, t: string, html = t) => ({ type: 'heading', level, text: t, html, anchor: '' });

describe('elementor pro call to action', () => {
  const cta = (link: 'button' | 'box') => `<${link === 'box' ? 'a href="https://x.test/register"' : 'div'} class="elementor-cta">
    <div class="elementor-cta__bg-wrapper"><div class="elementor-cta__bg elementor-bg" style="background-image: url(https://x.test/team.jpg);" role="img" aria-label="Team at work"></div><div class="elementor-cta__bg-overlay"></div></div>
    <div class="elementor-cta__content"><div class="elementor-content-item elementor-cta__content-item elementor-icon-wrapper elementor-cta__icon elementor-view-default"><div class="elementor-icon"><i aria-hidden="true" class="fas fa-star"></i></div></div>
    <h2 class="elementor-cta__title elementor-cta__content-item elementor-content-item">Join our workshop</h2>
    <div class="elementor-cta__description elementor-cta__content-item elementor-content-item">Three days of <em>hands-on</em> practice.</div>
    <div class="elementor-cta__button-wrapper elementor-cta__content-item elementor-content-item "><${link === 'box' ? 'span' : 'a href="https://x.test/register"'} class="elementor-cta__button elementor-button elementor-size-sm">Register</${link === 'box' ? 'span' : 'a'}></div></div>
    <div class="elementor-ribbon elementor-ribbon-right"><div class="elementor-ribbon-inner">New</div></div></${link === 'box' ? 'a' : 'div'}>`;
  const expected = [
    { type: 'image', src: 'https://x.test/team.jpg', alt: 'Team at work', title: null, width: null, height: null, caption: null, srcset: [], link: null },
    h(2, 'Join our workshop'),
    p('Three days of hands-on practice.', 'Three days of <em>hands-on</em> practice.'),
    { type: 'button', text: 'Register', html: 'Register', href: 'https://x.test/register' },
    p('New'),
  ];

  it('background picture (alt from aria-label), title, description, button, ribbon last; icon dropped', () => {
    expect(widgetBlocks(widget('call-to-action', cta('button')))).toEqual(expected);
  });

  it('whole-box link: the span button takes the box href', () => {
    expect(widgetBlocks(widget('call-to-action', cta('box'), { container: false }))).toEqual(expected);
  });
});

describe('elementor pro flip box', () => {
  const box = (backTitle: string) => `<div class="elementor-flip-box" tabindex="0"><div class="elementor-flip-box__layer elementor-flip-box__front"><div class="elementor-flip-box__layer__overlay"><div class="elementor-flip-box__layer__inner">
    <div class="elementor-flip-box__image"><img src="https://x.test/f.jpg" alt="Front"></div><h3 class="elementor-flip-box__layer__title">Our method</h3><div class="elementor-flip-box__layer__description">Hover to see.</div></div></div></div>
    <a class="elementor-flip-box__layer elementor-flip-box__back" href="https://x.test/method"><div class="elementor-flip-box__layer__overlay"><div class="elementor-flip-box__layer__inner"><h3 class="elementor-flip-box__layer__title">${backTitle}</h3><div class="elementor-flip-box__layer__description">Three steps.</div><span class="elementor-flip-box__button elementor-button elementor-size-sm">Read more</span></div></div></a></div>`;

  it('front then back, each once; an identical back title is not repeated; box link on the button', () => {
    expect(widgetBlocks(widget('flip-box', box('Our method')))).toMatchObject([
      { type: 'image', src: 'https://x.test/f.jpg', alt: 'Front' },
      h(3, 'Our method'), p('Hover to see.'), p('Three steps.'),
      { type: 'button', text: 'Read more', html: 'Read more', href: 'https://x.test/method' },
    ]);
  });

  it('a different back title is kept', () => {
    expect(widgetBlocks(widget('flip-box', box('How it works'))).filter((b) => b.type === 'heading')).toEqual([h(3, 'Our method'), h(3, 'How it works')]);
  });
});

describe('elementor pro price table and price list', () => {
  it('heading, sub-heading, one rebuilt price line with the sale price, features, button, note, ribbon', () => {
    const html = `<div class="elementor-price-table"><div class="elementor-price-table__header"><h3 class="elementor-price-table__heading">Pro plan</h3><span class="elementor-price-table__subheading">For teams</span></div>
      <div class="elementor-price-table__price"><div class="elementor-price-table__original-price elementor-typo-excluded"><span class="elementor-price-table__currency">&#36;</span>59</div>
      <span class="elementor-price-table__currency elementor-currency--before">&#36;</span><span class="elementor-price-table__integer-part">39</span>
      <div class="elementor-price-table__after-price"><span class="elementor-price-table__fractional-part">99</span></div><span class="elementor-price-table__period elementor-typo-excluded">/month</span></div>
      <ul class="elementor-price-table__features-list"><li class="elementor-repeater-item-a1"><div class="elementor-price-table__feature-inner"><i aria-hidden="true" class="far fa-check-circle"></i><span>10 <b>users</b></span></div></li>
      <li class="elementor-repeater-item-a2"><div class="elementor-price-table__feature-inner">&nbsp;</div></li><li class="elementor-repeater-item-a3"><div class="elementor-price-table__feature-inner"><svg aria-hidden="true"><path d="M0"/></svg><span>Priority support</span></div></li></ul>
      <div class="elementor-price-table__footer"><a class="elementor-price-table__button elementor-button elementor-size-md" href="https://x.test/buy">Buy now</a><div class="elementor-price-table__additional_info">No credit card needed</div></div></div>
      <div class="elementor-price-table__ribbon elementor-ribbon-right"><div class="elementor-price-table__ribbon-inner">Popular</div></div>`;
    expect(widgetBlocks(widget('price-table', html))).toEqual([
      h(3, 'Pro plan'), p('For teams'), p('$59 $39.99/month', '<s>$59</s> $39.99/month'),
      { type: 'list', ordered: false, start: null, reversed: false, items: [{ text: '10 users', html: '10 <strong>users</strong>', value: null, children: null }, { text: 'Priority support', html: 'Priority support', value: null, children: null }] },
      { type: 'button', text: 'Buy now', html: 'Buy now', href: 'https://x.test/buy' }, p('No credit card needed'), p('Popular'),
    ]);
  });

  it('price after the number, period below as a word: "49 € per month"', () => {
    const html = '<div class="elementor-price-table"><div class="elementor-price-table__price"><span class="elementor-price-table__integer-part">49</span><span class="elementor-price-table__currency elementor-currency--after">€</span><span class="elementor-price-table__period elementor-typo-excluded">per month</span></div></div>';
    expect(widgetBlocks(widget('price-table', html))).toEqual([p('49€ per month')]);
  });

  it('price list → one item per entry: thumbnail, linked title — price, description', () => {
    const html = `<ul class="elementor-price-list"><li class="elementor-price-list-item"><div class="elementor-price-list-image"><img src="https://x.test/soup.jpg" alt="Soup"></div><div class="elementor-price-list-text"><div class="elementor-price-list-header"><span class="elementor-price-list-title">Soup</span><span class="elementor-price-list-separator"></span><span class="elementor-price-list-price">$5</span></div><p class="elementor-price-list-description">Of the day.</p></div></li>
      <li><a href="https://x.test/steak" class="elementor-price-list-item"><div class="elementor-price-list-text"><div class="elementor-price-list-header"><span class="elementor-price-list-title">
      Steak	</span><span class="elementor-price-list-separator"></span><span class="elementor-price-list-price">$25</span></div><p class="elementor-price-list-description">Grilled.</p></div></a></li></ul>`;
    expect(widgetBlocks(widget('price-list', html))).toEqual([{ type: 'list', ordered: false, start: null, reversed: false, items: [
      { text: 'Soup — $5\nOf the day.', html: '<img src="https://x.test/soup.jpg" alt="Soup"> Soup — $5<br>Of the day.', value: null, children: null },
      { text: 'Steak — $25\nGrilled.', html: '<a href="https://x.test/steak">Steak</a> — $25<br>Grilled.', value: null, children: null },
    ] }]);
  });
});
