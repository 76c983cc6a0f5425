import { afterAll, expect, test } from 'vitest';
import type { ArticleBody } from '../src/shared/domain/article-body';
import { bodyFromPlainText } from '../src/shared/domain/article-body';
import { renderArticle } from '../src/shared/render/render-article';
import { loadSeedArticle } from '../tests/helpers/seed-article';
import { openSignedInNewsroom } from '../tests/helpers/temp-newsroom';
import { compare } from './compare';

/**
 * Authoring costs: the crash journal is written on every typing pause, so it must stay cheap next
 * to a real save; and the preview re-renders the whole article on every change.
 */

const seed = loadSeedArticle();
const paragraphs = seed.body.flatMap((block) => (block.type === 'paragraph' ? [block.text] : []));
const body: ArticleBody = {
  root: {
    ...bodyFromPlainText(paragraphs.join('\n')).root,
    children: [
      ...bodyFromPlainText(paragraphs.join('\n')).root.children,
      { type: 'photo', version: 1, mediaId: 'a'.repeat(64), caption: 'Chú thích', credit: 'Đ.K.C', altText: '', width: 1600, height: 1067 },
    ],
  },
};
const fields = { headline: seed.headline, sapo: seed.sapo, category: seed.category, body };

const room = await openSignedInNewsroom({ clock: { now: () => new Date() } });
afterAll(() => room.cleanup());

test('journal write vs article save, through the router', async () => {
  const article = room.newsroom.articles.create(fields, room.user.id);
  let version = article.version;
  const results = await compare(
    'Seed-sized article: journal (every pause) vs save (new version + change log)',
    {
      name: 'articles.save (baseline)',
      fn: async () => {
        const result = await room.call('articles.save', {
          story: { id: article.id, expectedVersion: version },
          fields: { ...fields, headline: `${seed.headline} ${Math.random()}` },
          checkpoint: null,
          journalKey: null,
        });
        if (!result.ok) throw new Error(result.error.message);
        version += 1;
      },
    },
    [
      {
        name: 'drafts.write',
        fn: async () => {
          const result = await room.call('drafts.write', { key: 'bench', articleId: article.id, baseVersion: version, fields: { ...fields, headline: `${seed.headline} ${Math.random()}` } });
          if (!result.ok) throw new Error(result.error.message);
        },
      },
    ],
  );
  expect(results).toHaveLength(2);
});

test('preview render vs serializing the body', async () => {
  const article = { ...fields, bylineLabel: seed.byline.role_label, authors: seed.byline.authors };
  const options = { publishedAt: seed.published_at, photoSource: (id: string) => `blob:bench/${id}` };
  const results = await compare(
    'Seed article: renderArticle vs JSON.stringify of the same body',
    { name: 'JSON.stringify(body) (baseline)', fn: () => JSON.stringify(body) },
    [{ name: 'renderArticle', fn: () => renderArticle(article, options) }],
  );
  expect(results).toHaveLength(2);
});
