import { ArticleSchema, parsePost, toMarkdown } from '../../src';
import { articleProblems } from '../hostile/safety';
import { tagSoup } from './arbitraries';
import { fc, timeout } from './config';

const post = (html: string) => ({ id: 7, title: { rendered: 'Property' }, link: 'https://site.example/p/', content: { rendered: html } });

describe('arbitrary tag soup from real builder wrappers, entities, scripts, handlers and hostile URLs', () => {
  it('gives a valid Article whose every output passes the allow-list', () => {
    fc.assert(fc.property(tagSoup, (html) => {
      const a = parsePost(post(html));
      expect(() => ArticleSchema.parse(a)).not.toThrow();
      expect(articleProblems(a)).toEqual([]);
      // What worker threads send back (JSON text) is the article itself.
      expect(JSON.parse(JSON.stringify(a))).toStrictEqual(a);
    }));
  }, timeout);

  it('is deterministic', () => {
    fc.assert(fc.property(tagSoup, (html) => {
      const a = parsePost(post(html));
      const b = parsePost(post(html));
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      expect(toMarkdown(b)).toBe(toMarkdown(a));
    }));
  }, timeout);

  it('is idempotent: cleaning the clean html again changes nothing', () => {
    fc.assert(fc.property(tagSoup, (html) => {
      const once = parsePost(post(html)).html;
      expect(parsePost(post(once)).html).toBe(once);
    }));
  }, timeout);
});
