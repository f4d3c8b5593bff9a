import { allText, blocksOf } from '../builders/helpers';

describe('plugin noise', () => {
  it('#66 Jetpack sharing, likes and related posts leave no "Share this:"/"Like this:"/"Related" headings', () => {
    const { blocks } = blocksOf(
      '<p>Body.</p><div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled"><div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button share-icon" href="https://x.test/p/?share=twitter" target="_blank"><span>Twitter</span></a></li></ul></div></div></div>' +
      '<div class=\'sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded\' id=\'like-post-wrapper-1-2-3\' data-src=\'https://widgets.wp.com/likes/#blog_id=1\' data-name=\'like-post-frame-1-2-3\'><h3 class="sd-title">Like this:</h3><div class=\'likes-widget-placeholder post-likes-widget-placeholder\' style=\'height: 55px;\'><span class=\'button\'><span>Like</span></span> <span class="loading">Loading...</span></div></div></div>' +
      '<div id=\'jp-relatedposts\' class=\'jp-relatedposts\' ><h3 class="jp-relatedposts-headline"><em>Related</em></h3></div>',
    );
    expect(blocks).toEqual([{ type: 'paragraph', text: 'Body.', html: 'Body.' }]);
  });

  it('#67 ez-toc: the box goes, anchor spans inside headings leave nothing behind, the id moves to the heading', () => {
    const { blocks, ctx } = blocksOf(
      '<div id="ez-toc-container" class="ez-toc-v2_0_17 counter-hierarchy ez-toc-grey"><div class="ez-toc-title-container"><p class="ez-toc-title">Contents</p><span class="ez-toc-title-toggle"><a class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle"><i class="ez-toc-glyphicon ez-toc-icon-toggle"></i></a></span></div><nav><ul class="ez-toc-list ez-toc-list-level-1"><li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-1" href="#Intro" title="Intro">Intro</a></li></ul></nav></div>' +
      '<h2 class="wp-block-heading"><span class="ez-toc-section" id="Intro"></span>Intro<span class="ez-toc-section-end"></span></h2><p>Text</p>',
    );
    expect(blocks).toEqual([{ type: 'heading', level: 2, text: 'Intro', html: 'Intro', anchor: 'Intro' }, { type: 'paragraph', text: 'Text', html: 'Text' }]);
    expect(allText(blocks)).not.toContain('Contents');
    expect(ctx.warnings).toEqual([]);
  });

  it('social buttons and ads go', () => {
    const { blocks } = blocksOf(
      '<p>Keep</p><div class="addtoany_share_save_container addtoany_content addtoany_content_bottom"><div class="addtoany_header">Share:</div><div class="a2a_kit a2a_kit_size_32 addtoany_list"><a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook" title="Facebook">Facebook</a></div></div>' +
      '<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-1" data-ad-slot="2"></ins><div class=\'code-block code-block-3\' style=\'margin: 8px 0; clear: both;\'><p>Sponsored</p></div><div class="wpcnt"><div class="wpa"><span class="wpa-about">Advertisements</span></div></div>' +
      '<ul class="wp-block-social-links"><li class="wp-social-link wp-social-link-facebook wp-block-social-link"><a href="https://facebook.com/x" class="wp-block-social-link-anchor"><span class="wp-block-social-link-label screen-reader-text">Facebook</span></a></li></ul>',
    );
    expect(blocks).toEqual([{ type: 'paragraph', text: 'Keep', html: 'Keep' }]);
  });

  it('#82 #68 scripts, styles and links leave no text; #83 forms warn dropped_form, once per form plugin box', () => {
    const { blocks, ctx } = blocksOf(
      '<style>.x{color:red}</style><link rel="stylesheet" href="https://x.test/a.css"><script>alert(1)</script><p>Keep</p>' +
      '<div class="wpcf7 no-js" id="wpcf7-f12-p34-o1" lang="en-US" dir="ltr"><div class="screen-reader-response"><p role="status" aria-live="polite" aria-atomic="true"></p><ul></ul></div><form action="/contact/#wpcf7-f12-p34-o1" method="post" class="wpcf7-form init"><p><label>Your name<br /><input size="40" class="wpcf7-form-control" type="text" name="your-name" /></label></p><input class="wpcf7-submit" type="submit" value="Send" /></form></div>' +
      '<div class="gform_wrapper gravity-theme" id="gform_wrapper_1"><div class="gform_heading"><h3 class="gform_title">Get a quote</h3></div><form method="post" id="gform_1"></form></div>',
    );
    expect(blocks).toEqual([{ type: 'paragraph', text: 'Keep', html: 'Keep' }]);
    expect(ctx.warnings.map((w) => w.code)).toEqual(['dropped_form', 'dropped_form']);
  });
});
