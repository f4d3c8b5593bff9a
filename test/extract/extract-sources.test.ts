import { parsePost } from '../../src';
import { looksLikeCitation } from '../../src/extract/looks-like-citation';

const post = (html: string, options = {}) =>
  parsePost({ id: 1, link: 'https://blog.example/post/', title: { rendered: 'T' }, content: { rendered: `<p>Body text of the post.</p>${html}` } }, options);

const bibliography = '<ul><li><a href="https://journal.example/a">Sleep and memory</a> – Journal of Rest</li><li>Marín, J. (2018). Dormir bé. Barcelona: Edicions.</li></ul>';

describe('extractSources: labels', () => {
  it.each([
    ['Catalan', 'Referències'],
    ['Portuguese, decomposed accent', 'Refere\u0302ncias'],
    ['Portuguese, upper case', 'REFERÊNCIAS BIBLIOGRÁFICAS'],
    ['Polish', 'Bibliografia'],
    ['Swedish', 'Källor'],
    ['Finnish', 'Lähteet'],
    ['Hungarian', 'Felhasznált irodalom'],
    ['Romanian, cedilla instead of comma', 'Referinţe'],
    ['Ukrainian', 'Список літератури'],
    ['Greek', 'Βιβλιογραφία'],
    ['Japanese', '参考文献'],
    ['Korean', '참고 문헌'],
    ['Arabic', 'المراجع'],
    ['Hebrew', 'מקורות'],
    ['Indonesian', 'Daftar Pustaka'],
    ['numbered', '7. Further reading'],
  ])('finds a %s label (%s)', (_lang, label) => {
    const a = post(`<h2>${label}</h2>${bibliography}<h2>Next</h2><p>More.</p>`);
    expect(a.sources.map((s) => s.text)).toEqual(['Sleep and memory – Journal of Rest', 'Marín, J. (2018). Dormir bé. Barcelona: Edicions.']);
    expect(a.sources[0]).toEqual({ text: 'Sleep and memory – Journal of Rest', title: 'Sleep and memory', publisher: 'Journal of Rest', url: 'https://journal.example/a' });
  });

  it('still takes a site’s own label from sourceLabels', () => {
    expect(post(`<h2>Lesetipps</h2><ul><li>Ein Buch</li></ul>`, { sourceLabels: ['Lesetipps'] }).sources.map((s) => s.text)).toEqual(['Ein Buch']);
  });
});

describe('extractSources: an unlisted label over a list of citations', () => {
  it('takes the closing heading’s list when most entries read like citations', () => {
    const a = post(
      '<h2>Mehr zum Thema</h2><p>Text.</p><h3>Lästips</h3><ol>' +
        '<li>Lindqvist, A. (2020). Sömn och hälsa. Stockholm: Norstedts.</li>' +
        '<li>Berg K, Holm P. Nattarbete. Läkartidningen. 2017;114:12-15.</li>' +
        '<li><a href="https://forskning.example/rapport">Rapport om sömn</a>, Folkhälsomyndigheten</li></ol>',
    );
    expect(a.sources.map((s) => s.url)).toEqual([null, null, 'https://forskning.example/rapport']);
    expect(a.sources).toHaveLength(3);
  });

  it('does not take a list of links to the site’s own posts', () => {
    const related = '<h2>Ähnliche Beiträge</h2><ul>' + ['eins', 'zwei', 'drei'].map((s) => `<li><a href="https://blog.example/${s}/">Beitrag ${s}</a></li>`).join('') + '</ul>';
    expect(post(related).sources).toEqual([]);
    // Nor bare links to other sites, nor dated posts.
    expect(post('<h2>Partner</h2><ul><li><a href="https://a.example/">A</a></li><li><a href="https://b.example/">B</a></li></ul>').sources).toEqual([]);
    expect(post('<h2>Archiv</h2><ul><li>Winterreise, March 3, 2021</li><li>Frühling, April 9, 2022</li></ul>').sources).toEqual([]);
  });

  it('does not take a list that is not the end of the post, or under a long heading', () => {
    const list = '<ul><li>Smith, J. (2019). A. Nature.</li><li>Doe, R. (2020). B. Science.</li></ul>';
    expect(post(`<h2>Studien</h2>${list}<p>Fazit.</p>`).sources).toEqual([]);
    expect(post(`<h2>Recent studies underscore the growing evidence for it</h2>${list}`).sources).toEqual([]);
    expect(post(`<h2>Studien</h2>${list}`).sources).toHaveLength(2);
  });
});

describe('looksLikeCitation', () => {
  const c = (text: string, html = text) => looksLikeCitation({ text, html }, 'blog.example');
  it('reads years, authors and identifiers', () => {
    expect(c('Smith, J. (2019a). Title.')).toBe(true);
    expect(c('Nature, 2019.')).toBe(true);
    expect(c('Krumholz A, Douglas D. Adverse reactions.')).toBe(true);
    expect(c('Rossi et al. Cuore sano')).toBe(true);
    expect(c('Un libro, doi: 10.1000/xyz123')).toBe(true);
    expect(c('See https://x.example', '<a href="https://x.example">https://x.example</a>')).toBe(true);
  });
  it('does not take plain items, own-site links or dates', () => {
    expect(c('Book attractions online in advance.')).toBe(false);
    expect(c('Our guide', '<a href="https://www.blog.example/guide">Our guide</a> and more')).toBe(false);
    expect(c('Spring sale, March 3, 2021.')).toBe(false);
    expect(c('Other site', '<a href="https://other.example/">Other site</a>')).toBe(false);
  });
});
