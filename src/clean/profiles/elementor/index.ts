import type { Profile } from '../../profile';
import { animatedHeadline } from './animated-headline';
import { atomicButton } from './atomic-button';
import { atomicDecoration } from './atomic-decoration';
import { atomicTabs } from './atomic-tabs';
import { atomicVideo } from './atomic-video';
import { atomicYoutube } from './atomic-youtube';
import { callToAction } from './call-to-action';
import { countdown } from './countdown';
import { flipBox } from './flip-box';
import { form } from './form';
import { listing } from './listing';
import { priceList } from './price-list';
import { priceTable } from './price-table';
import { slides } from './slides';
import { accordion } from './accordion';
import { alert } from './alert';
import { blockquote } from './blockquote';
import { button } from './button';
import { containerLink } from './container-link';
import { counter } from './counter';
import { decoration } from './decoration';
import { divider } from './divider';
import { gallery } from './gallery';
import { heading } from './heading';
import { hiddenDuplicate } from './hidden-duplicate';
import { iconBox } from './icon-box';
import { iconList } from './icon-list';
import { image } from './image';
import { imageBox } from './image-box';
import { imageCarousel } from './image-carousel';
import { imageGallery } from './image-gallery';
import { jsonLd } from './json-ld';
import { mediaCarousel } from './media-carousel';
import { nestedAccordion } from './nested-accordion';
import { nestedTabs } from './nested-tabs';
import { progress } from './progress';
import { starRating } from './star-rating';
import { tabs } from './tabs';
import { testimonial } from './testimonial';
import { testimonialCarousel } from './testimonial-carousel';
import { dropCap } from './text-editor';
import { video } from './video';

/**
 * Elementor, both layouts: legacy sections/columns (with or without the pre-3.0
 * `.elementor-inner`/`.elementor-row`/`.elementor-column-wrap` wrappers) and flexbox containers
 * (`e-con`, `e-con-inner`), with or without `.elementor-widget-container`. Layout wrappers need
 * no rule (the block walker looks through any element it has no handler for, and empty
 * background containers yield nothing); what is here drops decoration and turns widgets into
 * canonical markup. Text editor, HTML, shortcode and Google Maps widgets need no rule: their
 * inner HTML is read as it is (scripts, forms and unknown iframes go in later stages).
 * `elementor-invisible` marks an entrance animation, not hidden content, so nothing drops it.
 * Elementor 4 "atomic" elements print bare semantic tags (`<h2 class="e-heading-base">`,
 * `<p class="e-paragraph-base">`, `<img class="e-image-base">`, `<hr class="e-divider-base">`)
 * inside `e-con e-atomic-element` flexbox/div-block wrappers, which need no rule; the
 * `atomic*` rules handle the ones whose markup is not their content (button, YouTube, tabs).
 */
export const elementor: Profile = {
  name: 'elementor',
  priority: 50,
  detect: ({ html, classList, classNames }) =>
    /\belementor-(?:section|element|widget)\b/.test(classNames) ||
    classNames.includes('e-atomic-element') ||
    classList.some((c) => c.startsWith('elementor')) ||
    html.includes('data-elementor-type'),
  rules: [
    jsonLd,
    hiddenDuplicate,
    decoration,
    containerLink,
    heading,
    dropCap,
    image,
    imageBox,
    iconBox,
    iconList,
    button,
    video,
    imageGallery,
    gallery,
    imageCarousel,
    mediaCarousel,
    accordion,
    tabs,
    nestedAccordion,
    nestedTabs,
    testimonial,
    testimonialCarousel,
    blockquote,
    counter,
    progress,
    alert,
    divider,
    starRating,
    callToAction,
    flipBox,
    priceTable,
    priceList,
    animatedHeadline,
    countdown,
    slides,
    listing,
    form,
    atomicYoutube,
    atomicVideo,
    atomicButton,
    atomicTabs,
    atomicDecoration,
  ],
};
