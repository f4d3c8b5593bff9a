/**
 * The words WordPress puts before a title it shows to an editor (`private_title_format`,
 * "Private: %s", and `protected_title_format`, "Protected: %s"), in English and in the
 * translations of the largest WordPress locales. The REST API itself writes titles without
 * them; they come in from other sources (WordPress.com, a theme's filters, a saved page), and
 * are not part of the title. Only read when the post's status says the prefix can be there.
 *
 * @example TITLE_PREFIXES.private.includes('Privat') // → true (de_DE)
 */
export const TITLE_PREFIXES: Readonly<Record<'private' | 'protected', readonly string[]>> = {
  // en, de/sv/da/nb, fr/nl, es/pt, it, pl, ru, ja, zh_CN
  private: ['Private', 'Privat', 'Privé', 'Privado', 'Privato', 'Prywatne', 'Личное', '非公開', '私密'],
  // en, de, fr, es/pt, it, nl, ru, ja, zh_CN
  protected: ['Protected', 'Geschützt', 'Protégé', 'Protegido', 'Protetto', 'Beschermd', 'Защищено', '保護中', '密码保护'],
};
