import { resolve } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../src/shared/domain/category';
import type { Article } from '../../src/shared/domain/article';
import type { SerializedPhotoNode } from '../../src/shared/editor/serialized-nodes';
import { loadSeedArticle } from '../helpers/seed-article';
import { openTempNewsroom, type TempNewsroom } from '../helpers/temp-newsroom';

const SAMPLE_FOLDER = resolve(import.meta.dirname, '../../resources/sample');
const ADMIN = { newsroomName: 'Báo Bạc Liêu', username: 'dkc', displayName: 'Đặng Kim Chi', initials: 'Đ.K.C', password: 'mật khẩu đủ dài' };

const rooms: TempNewsroom[] = [];
afterEach(() => {
  for (const room of rooms.splice(0)) room.cleanup();
});

async function setUp(sampleFolder: string | null = SAMPLE_FOLDER): Promise<TempNewsroom> {
  const room = openTempNewsroom(sampleFolder ? { sampleFolder } : {});
  rooms.push(room);
  const setup = await room.call('setup.createNewsroom', { ...ADMIN, categories: DEFAULT_CATEGORIES.map((category) => category.name) });
  expect(setup).toMatchObject({ ok: true });
  return room;
}

const asPhoto = (node: unknown) => node as SerializedPhotoNode;
const textOf = (node: unknown) => ((node as { children?: { text?: string }[] }).children ?? []).map((child) => child.text ?? '').join('');

const paragraphsOf = (article: Article) =>
  article.body.root.children.map((node) =>
    node.type === 'photo'
      ? { type: 'photo', caption: asPhoto(node).caption, credit: asPhoto(node).credit }
      : { type: 'paragraph', text: textOf(node) },
  );

describe('the sample newsroom first run offers', () => {
  test('has the seed article and four other stories in other sections and states, with photos that decode', async () => {
    const room = await setUp();
    expect(await room.call('setup.createSample', {})).toEqual({ ok: true, value: { stories: 5, photos: 3 } });

    const stories = room.newsroom.desk.list({}).items.map((item) => room.newsroom.articles.get(item.id));
    expect(stories).toHaveLength(5);
    expect(new Set(stories.map((story) => story.status))).toEqual(new Set(['approved', 'submitted', 'draft', 'editing', 'returned']));
    expect(new Set(stories.map((story) => story.category)).size).toBe(5);

    // The seed, word for word as the shared fixture has it, with its photo's caption and credit.
    const seed = loadSeedArticle();
    const stored = stories.find((story) => story.headline === seed.headline)!;
    expect(stored).toMatchObject({ category: seed.category, sapo: seed.sapo, status: 'approved', place: seed.dateline_place, bylineLabel: seed.byline.role_label });
    expect(stored.authors).toEqual(seed.byline.authors);
    expect(paragraphsOf(stored)).toEqual(seed.body.map((part) => (part.type === 'paragraph' ? part : { type: 'photo', caption: part.caption, credit: part.credit })));

    // The returned story carries the desk's note; the claimed ones are held by the admin.
    const returned = stories.find((story) => story.status === 'returned')!;
    expect(room.newsroom.notes.forArticle(returned.id).map((note) => note.body)).toEqual([expect.stringContaining('số liệu thu nhập')]);
    const admin = room.newsroom.users.list()[0]!;
    expect(stories.find((story) => story.status === 'editing')!.holderId).toBe(admin.id);

    // Photos: real JPEGs through the real import, with captions and credits, none waiting for a caption.
    const photos = room.newsroom.media.list({}).items;
    expect(photos).toHaveLength(3);
    expect(room.newsroom.media.counts()).toMatchObject({ uncaptioned: 0 });
    for (const photo of photos) {
      expect(photo.caption).not.toBe('');
      expect(photo.credit).not.toBe('');
      const web = await room.newsroom.media.rendition(photo.id, 'web');
      expect(await sharp(web.bytes).metadata()).toMatchObject({ format: 'jpeg', width: 960, height: 640 });
    }
    const photoIds = new Set(photos.map((photo) => photo.id));
    const used = stories.flatMap((story) => story.body.root.children.filter((node) => node.type === 'photo').map((node) => asPhoto(node).mediaId));
    expect(used).toHaveLength(3);
    for (const id of used) expect(photoIds.has(id)).toBe(true);
  });

  test('search finds the seed article by “Bạc Liêu”, without diacritics, and by its headline’s words', async () => {
    const room = await setUp();
    expect(await room.call('setup.createSample', {})).toMatchObject({ ok: true });
    const headline = loadSeedArticle().headline;
    for (const query of ['Bạc Liêu', 'bac lieu', 'Cụm thi đua số 9', 'nam song hau']) {
      const found = room.newsroom.search.search({ query }).items.map((hit) => hit.article.headline);
      expect(found, query).toContain(headline);
    }
  });

  test('is refused into a newsroom that has stories, twice, or by a build without it', async () => {
    const room = await setUp();
    expect(await room.call('setup.createSample', {})).toMatchObject({ ok: true });
    expect(await room.call('setup.createSample', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(room.newsroom.desk.list({}).items).toHaveLength(5);

    const bare = await setUp(null); // a build without resources/sample
    expect(await bare.call('setup.createSample', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
