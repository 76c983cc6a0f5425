import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Article, ArticleFields } from '../../src/shared/domain/article';
import { bodyFromPlainText, type ArticleBody } from '../../src/shared/domain/article-body';
import type { User } from '../../src/shared/domain/user';
import { openTempNewsroom, saveStory, type TempNewsroom } from '../helpers/temp-newsroom';

/** A body with one paragraph and one photo, as the editor serializes it. */
function bodyWithPhoto(paragraph: string, photo: { caption: string; credit: string; altText: string }, mediaId = 'a'.repeat(64)): ArticleBody {
  const text = bodyFromPlainText(paragraph);
  return {
    root: {
      ...text.root,
      children: [...text.root.children, { type: 'photo', version: 1, mediaId, width: 1600, height: 1067, ...photo }],
    },
  };
}

const PHOTO = { caption: 'Lãnh đạo, cán bộ tham dự hội nghị.', credit: 'Đ.K.C', altText: 'Hội trường' };

let room: TempNewsroom;
let editor: User;
let story: Article;

beforeEach(async () => {
  room = openTempNewsroom();
  const reporter = await room.addUser({ username: 'phongvien', roles: ['reporter'] });
  editor = await room.addUser({ username: 'bientap', roles: ['editor'] });
  await room.addUser({ username: 'phongvienanh', roles: ['photographer'] });
  const { workflow } = room.newsroom;
  story = workflow.create({ headline: 'Hội nghị', sapo: '', category: 'Tin tức', body: bodyWithPhoto('Đoạn một.', PHOTO) }, reporter);
  story = workflow.transition({ articleId: story.id, action: 'submit', expectedVersion: story.version }, reporter);
  story = workflow.transition({ articleId: story.id, action: 'claim', expectedVersion: story.version }, editor);
  await room.signIn('phongvienanh');
});
afterEach(() => room.cleanup());

const save = (patch: Partial<ArticleFields>, version = story.version) => saveStory(room, story.id, version, patch);

test('a photographer fixes a caption, credit and alt text in a story someone else is editing', async () => {
  const fixed = { caption: 'Lãnh đạo, cán bộ Cụm thi đua số 9 tham dự hội nghị.', credit: 'C.K', altText: 'Hội trường hội nghị' };
  const result = await save({ body: bodyWithPhoto('Đoạn một.', fixed) });
  expect(result).toMatchObject({ ok: true, value: { article: { version: story.version + 1, holderId: editor.id } } });
  expect(room.newsroom.articles.get(story.id).body).toEqual(bodyWithPhoto('Đoạn một.', fixed));
});

test('a save that sends every field, as the editor does, counts only what changed', async () => {
  const stored = room.newsroom.articles.get(story.id);
  const everyField = {
    headline: stored.headline,
    sapo: stored.sapo,
    category: stored.category,
    bylineLabel: stored.bylineLabel,
    authors: stored.authors,
    place: stored.place,
    keywords: stored.keywords,
    slug: stored.slug,
  };
  // As Lexical exports it after loading: a computed direction and the root's caret format.
  const exported = bodyWithPhoto('Đoạn một.', { ...PHOTO, caption: 'Chú thích do phóng viên ảnh sửa.' });
  const captioned = {
    root: { ...exported.root, textFormat: null, children: exported.root.children.map((node, index) => (index === 0 ? { ...node, direction: 'ltr' } : node)) },
  } as ArticleBody;
  expect(await save({ ...everyField, body: captioned })).toMatchObject({ ok: true, value: { article: { version: story.version + 1 } } });
  expect(await save({ ...everyField, sapo: 'Sapo khác', body: captioned }, story.version + 1)).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
});

test.each([
  ['the text of the story', { body: bodyWithPhoto('Đoạn đã sửa.', PHOTO) }],
  ['the headline along with a caption', { headline: 'Khác', body: bodyWithPhoto('Đoạn một.', { ...PHOTO, caption: 'Mới' }) }],
  ['the photo itself', { body: bodyWithPhoto('Đoạn một.', PHOTO, 'b'.repeat(64)) }],
  ['the photo removed', { body: bodyFromPlainText('Đoạn một.') }],
])('but not %s', async (_label, patch) => {
  expect(await save(patch)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(room.newsroom.articles.get(story.id).version).toBe(story.version);
});

test('nor anything once the story is published', async () => {
  const chief = await room.addUser({ username: 'tongbientap', roles: ['editor_in_chief'] });
  const { workflow } = room.newsroom;
  const approved = workflow.transition({ articleId: story.id, action: 'approve', expectedVersion: story.version }, editor);
  const published = workflow.transition({ articleId: story.id, action: 'publish', expectedVersion: approved.version }, chief);
  const result = await save({ body: bodyWithPhoto('Đoạn một.', { ...PHOTO, caption: 'Sửa sau khi đăng' }) }, published.version);
  expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});
