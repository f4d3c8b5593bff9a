/**
 * Labels that open a references section, in the languages WordPress sites are written in
 * (matched case- and diacritics-insensitively, so `Referencias`, `REFERÈNCIES` and a decomposed
 * `Referências` all match). A section whose label is not here is still found when its entries
 * look like citations (see `extractSources`); `sourceLabels` adds a site's own.
 *
 * @example parsePost(post, { sourceLabels: ['Lesetipps'] })
 */
export const defaultSourceLabels = [
  // English
  'sources', 'source', 'references', 'reference', 'bibliography', 'further reading', 'works cited', 'citations', 'read more',
  'notes and references', 'references and notes', 'sources and references', 'references and further reading', 'sources and further reading',
  'footnotes', 'endnotes', 'literature cited', 'selected bibliography', 'suggested reading', 'recommended reading',
  // Spanish, Catalan, Portuguese, Galician
  'fuentes', 'fuente', 'referencias', 'referencias bibliográficas', 'bibliografía', 'notas y referencias', 'obras citadas', 'lecturas recomendadas', 'lectura adicional', 'para saber más',
  'fonts', 'font', 'referències', 'referències bibliogràfiques', 'notes i referències', 'lectures recomanades', 'per saber-ne més',
  'fontes', 'fonte', 'referências', 'referências bibliográficas', 'bibliografia', 'notas e referências', 'obras citadas', 'leitura adicional', 'leituras recomendadas', 'para saber mais',
  // French, Italian
  'références', 'références bibliographiques', 'sources et références', 'bibliographie', 'notes et références', 'ouvrages cités', 'pour aller plus loin', 'lectures complémentaires',
  'fonti', 'riferimenti', 'riferimenti bibliografici', 'note e riferimenti', 'per approfondire', 'letture consigliate', 'sitografia',
  // German, Dutch
  'quellen', 'quelle', 'quellenangaben', 'quellenverzeichnis', 'literatur', 'literaturverzeichnis', 'literaturangaben', 'einzelnachweise', 'weiterführende literatur', 'nachweise', 'referenzen',
  'bronnen', 'bron', 'bronvermelding', 'bronnenlijst', 'referenties', 'literatuur', 'literatuurlijst', 'bibliografie', 'verder lezen',
  // Scandinavian, Finnish
  'källor', 'källa', 'referenser', 'litteratur', 'litteraturförteckning', 'källförteckning', 'vidare läsning',
  'kilder', 'kilde', 'referencer', 'referanser', 'litteraturliste', 'yderligere læsning', 'videre lesning',
  'lähteet', 'lähde', 'viitteet', 'kirjallisuus', 'lähdeluettelo',
  // Central and Eastern Europe
  'źródła', 'źródło', 'przypisy', 'literatura', 'zdroje', 'zdroj', 'použitá literatura', 'seznam literatury', 'reference',
  'surse', 'sursă', 'referințe', 'bibliografie selectivă', 'források', 'forrás', 'hivatkozások', 'irodalom', 'felhasznált irodalom', 'szakirodalom', 'jegyzetek',
  'kaynaklar', 'kaynak', 'kaynakça', 'referanslar',
  // Cyrillic, Greek
  'источники', 'источник', 'литература', 'список литературы', 'библиография', 'примечания', 'дополнительная литература',
  'джерела', 'джерело', 'література', 'список літератури', 'бібліографія', 'примітки', 'източници', 'библиография',
  'πηγές', 'πηγή', 'βιβλιογραφία', 'αναφορές', 'παραπομπές',
  // East Asia
  '参考文献', '出典', '参考', '参考資料', '引用文献', '参考サイト', '脚注',
  '参考资料', '资料来源', '資料來源', '来源', '來源', '延伸阅读', '延伸閱讀', '注释', '註釋',
  '참고 문헌', '참고문헌', '출처', '참고 자료', '참고자료', '각주',
  // Arabic, Hebrew
  'المصادر', 'المراجع', 'مصادر', 'مراجع', 'المصادر والمراجع', 'قائمة المراجع',
  'מקורות', 'מקור', 'ביבליוגרפיה', 'הערות שוליים', 'לקריאה נוספת',
  // Vietnamese, Indonesian and Malay
  'nguồn', 'tài liệu tham khảo', 'nguồn tham khảo', 'tham khảo', 'đọc thêm',
  'sumber', 'referensi', 'daftar pustaka', 'rujukan', 'bacaan lanjutan',
];
