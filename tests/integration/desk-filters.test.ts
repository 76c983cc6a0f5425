import { beforeAll, expect, test } from 'vitest';
import type { ArticleFields } from '../../src/shared/domain/article';
import { bodyFromPlainText, type ArticleBody } from '../../src/shared/domain/article-body';
import type { DeskFilters } from '../../src/shared/search/desk-filters';
import { callOk, openSignedInNewsroom, type TempNewsroom } from '../helpers/temp-newsroom';

let room: TempNewsroom & { user: { id: string } };
beforeAll(async () => {
  room = await openSignedInNewsroom();
  const photo = (caption: string) => ({ type: 'photo', version: 1, mediaId: 'c'.repeat(64), caption, credit: '', altText: '', width: 10, height: 10 });
  const body = (text: string, ...photos: ReturnType<typeof photo>[]): ArticleBody => {
    const plain = bodyFromPlainText(text);
    return { root: { ...plain.root, children: [...plain.root.children, ...photos] } };
  };
  const story = (fields: Partial<ArticleFields> & { headline: string }) =>
    room.newsroom.articles.create({ sapo: '', category: 'Tin tức', body: bodyFromPlainText('Bạc Liêu.'), ...fields }, room.user.id);
  story({ headline: 'A', authors: [{ name: 'Đ.K.C', roles: ['writer', 'photographer'] }], body: body('Bạc Liêu mùa muối.', photo('Diêm dân')) });
  story({ headline: 'B', authors: [{ name: 'N.V.A', roles: ['writer'] }, { name: 'C.K', roles: ['photographer'] }], body: body('Bạc Liêu.', photo('Có chú thích'), photo('  ')) });
  story({ headline: 'C', authors: [{ name: 'N.V.A', roles: ['writer'] }] });
  return () => room.cleanup();
});

const listed = async (filters: DeskFilters) =>
  (await callOk<{ items: { headline: string }[] }>(room, 'desk.list', { filters })).items.map((item) => item.headline).sort();

test('by a byline author (as a writer), in either Unicode form', async () => {
  expect(await listed({ author: 'N.V.A' })).toEqual(['B', 'C']);
  expect(await listed({ author: 'Đ.K.C'.normalize('NFD') })).toEqual(['A']);
  expect(await listed({ author: 'C.K' })).toEqual([]);
});

test('by photographer', async () => {
  expect(await listed({ photographer: 'C.K' })).toEqual(['B']);
  expect(await listed({ photographer: 'Đ.K.C' })).toEqual(['A']);
  expect(await listed({ photographer: 'N.V.A' })).toEqual([]);
});

test('with or without photos, and with photos still lacking a caption', async () => {
  expect(await listed({ hasPhotos: true })).toEqual(['A', 'B']);
  expect(await listed({ hasPhotos: false })).toEqual(['C']);
  expect(await listed({ uncaptionedPhotos: true })).toEqual(['B']);
});

test('filters combine with each other and with a search', async () => {
  expect(await listed({ author: 'N.V.A', hasPhotos: true })).toEqual(['B']);
  const found = await callOk<{ items: { article: { headline: string } }[] }>(room, 'search.articles', { query: 'bac lieu', filters: { photographer: 'Đ.K.C' } });
  expect(found.items.map((hit) => hit.article.headline)).toEqual(['A']);
});
