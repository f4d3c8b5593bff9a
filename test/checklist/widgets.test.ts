import { parsePost, toMarkdown } from '../../src/index';
import { everything, inContainer, md, parse, widget } from './helpers';

// docs/checklist.md, "Widgets / structures": cases 51–65 of markup-patterns.md §5.

const p = (text: string) => ({ type: 'paragraph', text, html: text });
const details = (summary: string, children: unknown[], open = false) => ({ type: 'details', summary, open, children });
const svg = '<svg aria-hidden="true" class="e-font-icon-svg e-fas-check" viewBox="0 0 512 512" xmlns="http://www.w3.org/2000/svg"><path d="M173 439"></path></svg>';

describe('checklist: widgets and structures', () => {
  it('#51 Elementor icon-list with inline SVG icons and linked items → "- [Text](url)" items, no SVG', () => {
    const li = (text: string, href?: string) => {
      const inner = `<span class="elementor-icon-list-icon">${svg}</span><span class="elementor-icon-list-text">${text}</span>`;
      return `<li class="elementor-icon-list-item">${href ? `<a href="${href}">${inner}</a>` : inner}</li>`;
    };
    const html = inContainer(widget('icon-list', `<ul class="elementor-icon-list-items">${li('First', 'https://x.test/a')}${li('Second')}</ul>`));
    const a = parse(html);
    expect(a.body).toEqual([{
      type: 'list', ordered: false, start: null, reversed: false,
      items: [{ text: 'First', html: '<a href="https://x.test/a">First</a>', value: null, children: null }, { text: 'Second', html: 'Second', value: null, children: null }],
    }]);
    expect(md(html)).toBe('- [First](https://x.test/a)\n- Second\n');
    expect(everything(a)).not.toMatch(/svg|path/i);
  });

  it('#52 Elementor button wrapper/link/content-wrapper/text spans → button{text: "Buy", href} / [Buy](href)', () => {
    const html = inContainer(widget('button', `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="https://x.test/buy"><span class="elementor-button-content-wrapper"><span class="elementor-button-icon">${svg}</span><span class="elementor-button-text">Buy</span></span></a></div>`));
    expect(parse(html).body).toEqual([{ type: 'button', text: 'Buy', html: 'Buy', href: 'https://x.test/buy' }]);
    expect(md(html)).toBe('[Buy](https://x.test/buy)\n');
  });

  it('#53 Elementor legacy tabs (desktop + mobile titles) → each title once, followed by its panel (hidden panels too)', () => {
    const title = (n: number, text: string, kind: 'desktop' | 'mobile') => `<div ${kind === 'desktop' ? `id="elementor-tab-title-${n}" ` : ''}class="elementor-tab-title elementor-tab-${kind}-title" aria-selected="${n === 1}" data-tab="${n}" role="tab" tabindex="0" aria-controls="elementor-tab-content-${n}" aria-expanded="false">${text}</div>`;
    const panel = (n: number, text: string) => `<div id="elementor-tab-content-${n}" class="elementor-tab-content elementor-clearfix" data-tab="${n}" role="tabpanel" aria-labelledby="elementor-tab-title-${n}" tabindex="0" hidden="${n === 1 ? 'false' : 'hidden'}"><p>${text}</p></div>`;
    const html = inContainer(widget('tabs', `<div class="elementor-tabs"><div class="elementor-tabs-wrapper" role="tablist">${title(1, 'Tab one', 'desktop')}${title(2, 'Tab two', 'desktop')}</div>`
      + `<div class="elementor-tabs-content-wrapper" role="tablist" aria-orientation="vertical">${title(1, 'Tab one', 'mobile')}${panel(1, 'First panel')}${title(2, 'Tab two', 'mobile')}${panel(2, 'Second panel')}</div></div>`));
    expect(parse(html).body).toEqual([details('Tab one', [p('First panel')], true), details('Tab two', [p('Second panel')])]);
    // Details without html: true are the summary in bold, then the content.
    expect(md(html)).toBe('**Tab one**\n\nFirst panel\n\n**Tab two**\n\nSecond panel\n');
  });

  it('#54 Elementor accordion with FAQ JSON-LD → one item per question, seo.faq filled, the script never in the output', () => {
    const html = inContainer(widget('accordion', '<div class="elementor-accordion"><div class="elementor-accordion-item"><div id="elementor-tab-title-1" class="elementor-tab-title" data-tab="1" role="button" aria-controls="elementor-tab-content-1" aria-expanded="false"><span class="elementor-accordion-icon elementor-accordion-icon-left" aria-hidden="true"><span class="elementor-accordion-icon-closed"><svg class="e-font-icon-svg e-fas-plus" viewBox="0 0 448 512"><path d="M416 208"></path></svg></span></span><a class="elementor-accordion-title" tabindex="0">Is it free?</a></div><div id="elementor-tab-content-1" class="elementor-tab-content elementor-clearfix" data-tab="1" role="region" aria-labelledby="elementor-tab-title-1"><p>Yes, it is.</p></div></div>'
      + '<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Is it free?","acceptedAnswer":{"@type":"Answer","text":"<p>Yes, it is.<\\/p>"}}]}</script></div>'));
    const a = parse(html);
    expect(a.body).toEqual([details('Is it free?', [p('Yes, it is.')])]);
    expect(a.seo.faq).toEqual([{ question: 'Is it free?', answer: 'Yes, it is.' }]);
    expect(everything(a)).not.toMatch(/FAQPage|schema\.org|ld\+json/);
  });

  it('#55 Elementor counter showing 0 with data-to-value="250" and suffix + → "250+"', () => {
    const html = inContainer(widget('counter', '<div class="elementor-counter"><div class="elementor-counter-title">Clients</div><div class="elementor-counter-number-wrapper"><span class="elementor-counter-number-prefix"></span><span class="elementor-counter-number" data-duration="2000" data-to-value="250" data-from-value="0" data-delimiter=",">0</span><span class="elementor-counter-number-suffix">+</span></div></div>'));
    expect(parse(html).body).toEqual([p('250+ Clients')]);
  });

  it('#56 elementor-invisible (animation) content kept; an elementor-hidden-desktop duplicate dropped, a unique one kept', () => {
    const html = inContainer(
      widget('text-editor', '<p>Animated</p>', { classes: 'elementor-invisible', attrs: `data-settings='{"_animation":"fadeInUp"}'` }),
      widget('heading', '<h2 class="elementor-heading-title elementor-size-default">Our offer</h2>', { classes: 'elementor-hidden-mobile' }),
      widget('heading', '<h2 class="elementor-heading-title elementor-size-default">Our offer</h2>', { classes: 'elementor-hidden-desktop' }),
      widget('text-editor', '<p>Only on phones</p>', { classes: 'elementor-hidden-desktop' }),
    );
    expect(parse(html).body).toEqual([p('Animated'), { type: 'heading', level: 2, text: 'Our offer', html: 'Our offer', anchor: 'our-offer' }, p('Only on phones')]);
  });

  it('#57 Elementor testimonial → quote{text, citation: "Name, Job"}, then the portrait', () => {
    const html = inContainer(widget('testimonial', '<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">Great work, fast delivery.</div><div class="elementor-testimonial-meta elementor-has-image elementor-testimonial-image-position-aside"><div class="elementor-testimonial-meta-inner"><div class="elementor-testimonial-image"><img decoding="async" src="https://x.test/ann.jpg" title="ann" alt="ann" loading="lazy" /></div><div class="elementor-testimonial-details"><div class="elementor-testimonial-name">Ann Lee</div><div class="elementor-testimonial-job">CEO, Acme</div></div></div></div></div>'));
    expect(parse(html).body).toEqual([
      { type: 'quote', text: 'Great work, fast delivery.', html: 'Great work, fast delivery.', citation: 'Ann Lee, CEO, Acme', variant: 'pullquote', children: [{ type: 'paragraph', text: 'Great work, fast delivery.', html: 'Great work, fast delivery.' }] },
      { type: 'image', src: 'https://x.test/ann.jpg', alt: 'ann', title: 'ann', width: null, height: null, caption: null, srcset: [], link: null },
    ]);
    expect(md(html)).toBe('> Great work, fast delivery.\n>\n> — Ann Lee, CEO, Acme\n\n![ann](https://x.test/ann.jpg "ann")\n');
  });

  it('#58 Gutenberg accordion heading with an aria-hidden "+" → the question is "Accordion Title"', () => {
    const html = '<div role="group" class="wp-block-accordion"><div class="wp-block-accordion-item"><h3 class="wp-block-accordion-heading"><button class="wp-block-accordion-heading__toggle" aria-expanded="false"><span class="wp-block-accordion-heading__toggle-title">Accordion Title</span><span class="wp-block-accordion-heading__toggle-icon" aria-hidden="true">+</span></button></h3><div role="region" class="wp-block-accordion-panel"><p>Panel text</p></div></div></div>';
    expect(parse(html).body).toEqual([details('Accordion Title', [p('Panel text')])]);
  });

  it('#59 details > summary + p → details block; Markdown "**Summary**" + body (details HTML with html: true)', () => {
    const a = parse('<details class="wp-block-details"><summary>Summary</summary><p>Body text</p></details>');
    expect(a.body).toEqual([details('Summary', [p('Body text')])]);
    expect(toMarkdown(a, { frontMatter: false })).toBe('**Summary**\n\nBody text\n');
  });

  const L = 'https://x.test/p/';
  const yoastPost = (html: string, graph: unknown[]) => parsePost({ id: 1, link: L, title: { rendered: 'T' }, content: { rendered: html }, yoast_head_json: { title: 'T', schema: { '@context': 'https://schema.org', '@graph': graph } } });

  it('#60 Yoast FAQ block → seo.faq [{question, answer}] from Yoast\'s graph; the body keeps question (nested strong flattened) and answer', () => {
    const html = '<div class="schema-faq wp-block-yoast-faq-block"><div class="schema-faq-section" id="faq-question-1"><strong class="schema-faq-question">What is <strong>it</strong>?</strong> <p class="schema-faq-answer">An answer.</p> </div></div>';
    const a = yoastPost(html, [
      { '@type': ['WebPage', 'FAQPage'], '@id': L, url: L, name: 'T', mainEntity: [{ '@id': `${L}#faq-question-1` }] },
      { '@type': 'Question', '@id': `${L}#faq-question-1`, position: 1, url: `${L}#faq-question-1`, name: 'What is it?', answerCount: 1, acceptedAnswer: { '@type': 'Answer', text: 'An answer.', inLanguage: 'en-US' }, inLanguage: 'en-US' },
    ]);
    expect(a.seo.faq).toEqual([{ question: 'What is it?', answer: 'An answer.' }]);
    expect(a.body).toEqual([{ type: 'paragraph', text: 'What is it?', html: '<strong>What is it?</strong>' }, p('An answer.')]);
  });

  it('#61 Yoast How-to block → seo.howTo{description, steps[{name, text}]} from Yoast\'s graph; the body keeps the steps as a list', () => {
    const html = '<div class="schema-how-to wp-block-yoast-how-to-block"><p class="schema-how-to-total-time"><span class="schema-how-to-duration-time-text">Time needed:&nbsp;</span>5 minutes</p><p class="schema-how-to-description">How to boil.</p> <ol class="schema-how-to-steps"><li class="schema-how-to-step" id="how-to-step-1"><strong class="schema-how-to-step-name">Fill</strong> <p class="schema-how-to-step-text">Fill the pot.</p> </li><li class="schema-how-to-step" id="how-to-step-2"><strong class="schema-how-to-step-name">Heat</strong> <p class="schema-how-to-step-text">Heat it.</p> </li></ol></div>';
    const a = yoastPost(html, [
      { '@type': 'WebPage', '@id': L, url: L, name: 'T' },
      { '@type': 'HowTo', '@id': `${L}#howto-1`, name: 'T', mainEntityOfPage: { '@id': L }, description: 'How to boil.', totalTime: 'P0DT0H5M', step: [
        { '@type': 'HowToStep', url: `${L}#how-to-step-1`, name: 'Fill', itemListElement: [{ '@type': 'HowToDirection', text: 'Fill the pot.' }] },
        { '@type': 'HowToStep', url: `${L}#how-to-step-2`, name: 'Heat', itemListElement: [{ '@type': 'HowToDirection', text: 'Heat it.' }] },
      ] },
    ]);
    expect(a.seo.howTo).toEqual({ name: 'T', description: 'How to boil.', steps: [{ name: 'Fill', text: 'Fill the pot.' }, { name: 'Heat', text: 'Heat it.' }] });
    expect(a.body).toEqual([
      { type: 'paragraph', text: 'Time needed:\u00a05 minutes', html: 'Time needed:\u00a05 minutes' },
      p('How to boil.'),
      { type: 'list', ordered: true, start: null, reversed: false, items: [
        { text: 'Fill\n\nFill the pot.', html: '<strong>Fill</strong><br><br>Fill the pot.', value: null, children: null },
        { text: 'Heat\n\nHeat it.', html: '<strong>Heat</strong><br><br>Heat it.', value: null, children: null },
      ] },
    ]);
  });

  it('#62 Divi toggle h5 title + content → a details (FAQ) item; the h5 is not a heading in the outline', () => {
    const a = parse('<div class="et_pb_section et_pb_section_0 et_section_regular"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0"><div class="et_pb_module et_pb_toggle et_pb_toggle_0 et_pb_toggle_item et_pb_toggle_close"><h5 class="et_pb_toggle_title">Question?</h5><div class="et_pb_toggle_content clearfix"><p>Answer.</p></div></div><!-- .et_pb_toggle --></div></div></div>');
    expect(a.body).toEqual([details('Question?', [p('Answer.')])]);
    expect(a.headings).toEqual([]);
    expect(a.outline).toEqual([]);
  });

  it('#63 Gutenberg footnotes → "[^1]" and "[^1]: Note", no ↩︎ back-link', () => {
    const html = '<p>Claim<sup data-fn="fn-1" class="fn"><a href="#fn-1" id="fn-1-link">1</a></sup>.</p>\n<ol class="wp-block-footnotes"><li id="fn-1">Note <a href="#fn-1-link" aria-label="Jump to footnote reference 1">↩︎</a></li></ol>';
    const a = parse(html);
    expect(a.body).toEqual([
      { type: 'paragraph', text: 'Claim1.', html: 'Claim<sup><a href="#fn-1">1</a></sup>.' },
      { type: 'footnotes', items: [{ id: 'fn-1', text: 'Note', html: 'Note' }] },
    ]);
    expect(md(html)).toBe('Claim[^1].\n\n[^1]: Note\n');
  });

  it('#64 pullquote figure > blockquote > p + cite → quote{text, citation}', () => {
    const html = '<figure class="wp-block-pullquote"><blockquote><p>Words to live by.</p><cite>Someone</cite></blockquote></figure>';
    expect(parse(html).body).toEqual([{ type: 'quote', text: 'Words to live by.', html: 'Words to live by.', citation: 'Someone', variant: 'pullquote', children: [{ type: 'paragraph', text: 'Words to live by.', html: 'Words to live by.' }] }]);
    expect(md(html)).toBe('> Words to live by.\n>\n> — Someone\n');
  });

  it('#65 buttons block, one button without href → one link button + one plain text', () => {
    const html = '<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="https://x.test/go">Go</a></div><div class="wp-block-button"><a class="wp-block-button__link wp-element-button">Plain</a></div></div>';
    expect(parse(html).body).toEqual([{ type: 'button', text: 'Go', html: 'Go', href: 'https://x.test/go' }, { type: 'button', text: 'Plain', html: 'Plain', href: null }]);
    expect(md(html)).toBe('[Go](https://x.test/go)\n\nPlain\n');
  });
});
