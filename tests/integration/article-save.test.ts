import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import type { Article, ArticleFields } from '../../src/shared/domain/article';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import type { SavedArticle } from '../../src/shared/domain/article-save';
import { DATABASE_FILE } from '../../src/main/core/newsroom';
import { steppingClock } from '../helpers/clocks';
import { callOk, signedInRooms } from '../helpers/temp-newsroom';

const rooms = signedInRooms();
afterEach(() => rooms.cleanup());

const fields = (headline: string, paragraph = 'Đoạn văn.'): ArticleFields => ({
  headline,
  sapo: 'Sa pô.',
  category: 'Tin tức',
  body: bodyFromPlainText(paragraph),
});

/** What an open editor's journal holds while it waits for the save. */
const journal = (key: string, article: Article | null, headline: string) => ({
  key,
  articleId: article?.id ?? null,
  baseVersion: article?.version ?? null,
  fields: fields(headline),
});

test('a new story: created, checkpointed and its journal cleared by one call', async () => {
  const room = await rooms.open();
  await callOk(room, 'drafts.write', journal('new-1', null, 'Bài mới'));
  const saved = await callOk<SavedArticle>(room, 'articles.save', { story: null, fields: fields('Bài mới'), checkpoint: 'autosave', journalKey: 'new-1' });

  expect(saved.article).toMatchObject({ headline: 'Bài mới', version: 1, createdBy: room.user.id });
  expect(saved.revision).toMatchObject({ reason: 'autosave', articleVersion: 1, userId: room.user.id });
  expect(room.newsroom.revisions.list(saved.article.id).map((revision) => revision.id)).toEqual([saved.revision!.id]);
  expect(room.newsroom.drafts.recoverable(room.user.id)).toEqual([]);
  expect(room.newsroom.audit.forArticle(saved.article.id).map((entry) => entry.action)).toEqual(['create']);
});

test('an autosave of a story takes a checkpoint only when one is due; a manual save always does', async () => {
  // Each clock reading moves a minute on; checkpoints are at most every five minutes.
  const room = await rooms.open({ clock: steppingClock('2024-06-29T09:00:00.000Z', 60_000) });
  const first = await callOk<SavedArticle>(room, 'articles.save', { story: null, fields: fields('Một'), checkpoint: 'autosave', journalKey: null });
  const second = await callOk<SavedArticle>(room, 'articles.save', {
    story: { id: first.article.id, expectedVersion: 1 },
    fields: fields('Hai'),
    checkpoint: 'autosave',
    journalKey: null,
  });
  expect(second).toMatchObject({ article: { headline: 'Hai', version: 2 }, revision: null });

  const manual = await callOk<SavedArticle>(room, 'articles.save', {
    story: { id: first.article.id, expectedVersion: 2 },
    fields: fields('Ba'),
    checkpoint: 'manual',
    journalKey: null,
  });
  expect(manual).toMatchObject({ article: { headline: 'Ba', version: 3 }, revision: { reason: 'manual', articleVersion: 3 } });
  const none = await callOk<SavedArticle>(room, 'articles.save', {
    story: { id: first.article.id, expectedVersion: 3 },
    fields: fields('Bốn'),
    checkpoint: null,
    journalKey: null,
  });
  expect(none).toMatchObject({ article: { version: 4 }, revision: null });
  expect(room.newsroom.revisions.list(first.article.id).map((revision) => revision.reason)).toEqual(['manual', 'autosave']);
});

test('a stale save is a conflict carrying the stored story; nothing is written and the journal stays', async () => {
  const room = await rooms.open();
  const { article } = await callOk<SavedArticle>(room, 'articles.save', { story: null, fields: fields('Bản đầu'), checkpoint: null, journalKey: null });
  const newer = room.newsroom.articles.update(article.id, 1, { headline: 'Bản của đồng nghiệp' });
  await callOk(room, 'drafts.write', journal(article.id, article, 'Bản của tôi'));

  const stale = await room.call('articles.save', { story: { id: article.id, expectedVersion: 1 }, fields: fields('Bản của tôi'), checkpoint: 'manual', journalKey: article.id });
  expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', currentVersion: 2, currentArticle: newer } });
  expect(room.newsroom.articles.get(article.id)).toEqual(newer);
  expect(room.newsroom.revisions.list(article.id)).toEqual([]);
  expect(room.newsroom.drafts.recoverable(room.user.id)).toMatchObject([{ key: article.id, fields: { headline: 'Bản của tôi' } }]);
});

test('when the checkpoint cannot be written, the new version is rolled back with it', async () => {
  const room = await rooms.open();
  const { article } = await callOk<SavedArticle>(room, 'articles.save', { story: null, fields: fields('Bản đầu'), checkpoint: null, journalKey: null });
  await callOk(room, 'drafts.write', journal(article.id, article, 'Bản sau'));
  // Another connection makes the revisions table refuse writes, as a full disk would.
  const db = new Database(join(room.dataDir, DATABASE_FILE));
  db.exec(`CREATE TRIGGER refuse_revisions BEFORE INSERT ON revisions BEGIN SELECT RAISE(ABORT, 'no room'); END`);
  db.close();

  const failed = await room.call('articles.save', { story: { id: article.id, expectedVersion: 1 }, fields: fields('Bản sau'), checkpoint: 'manual', journalKey: article.id });
  expect(failed).toMatchObject({ ok: false, error: { code: 'internal' } });
  expect(room.newsroom.articles.get(article.id)).toMatchObject({ headline: 'Bản đầu', version: 1 });
  expect(room.newsroom.drafts.recoverable(room.user.id)).toMatchObject([{ key: article.id, fields: { headline: 'Bản sau' } }]);
});

test('a manual save with nothing typed records a revision without a new version, and still checks the version', async () => {
  const room = await rooms.open();
  const { article } = await callOk<SavedArticle>(room, 'articles.save', { story: null, fields: fields('Bản đầu'), checkpoint: null, journalKey: null });
  const same = await callOk<SavedArticle>(room, 'articles.save', { story: { id: article.id, expectedVersion: 1 }, fields: null, checkpoint: 'manual', journalKey: null });
  expect(same).toMatchObject({ article: { version: 1 }, revision: { reason: 'manual', articleVersion: 1 } });

  room.newsroom.articles.update(article.id, 1, { headline: 'Bản của đồng nghiệp' });
  const stale = await room.call('articles.save', { story: { id: article.id, expectedVersion: 1 }, fields: null, checkpoint: 'manual', journalKey: null });
  expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', currentArticle: { headline: 'Bản của đồng nghiệp', version: 2 } } });
  expect(room.newsroom.revisions.list(article.id)).toHaveLength(1);
});

test('only the roles that write start a story by saving, and only those who may edit it save it', async () => {
  const room = await rooms.open({ roles: ['reporter'] });
  const { article } = await callOk<SavedArticle>(room, 'articles.save', { story: null, fields: fields('Bài của phóng viên'), checkpoint: null, journalKey: null });
  await room.addUser({ username: 'quantri', roles: ['admin'] });
  await room.addUser({ username: 'phongvien2', roles: ['reporter'] });

  await room.signIn('quantri');
  const start = await room.call('articles.save', { story: null, fields: fields('Không được'), checkpoint: null, journalKey: null });
  expect(start).toMatchObject({ ok: false, error: { code: 'forbidden' } });

  await room.signIn('phongvien2');
  const edit = await room.call('articles.save', { story: { id: article.id, expectedVersion: 1 }, fields: fields('Không được'), checkpoint: 'manual', journalKey: null });
  expect(edit).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  const revision = await room.call('articles.save', { story: { id: article.id, expectedVersion: 1 }, fields: null, checkpoint: 'manual', journalKey: null });
  expect(revision).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(room.newsroom.articles.get(article.id)).toMatchObject({ headline: 'Bài của phóng viên', version: 1 });
  expect(room.newsroom.revisions.list(article.id)).toEqual([]);
});

test('a save that arrives after a takeover is refused and its text kept as a revision', async () => {
  const room = await rooms.open({ roles: ['reporter'] });
  const editor = await room.addUser({ username: 'bientap', roles: ['editor'] });
  const chief = await room.addUser({ username: 'thuky', roles: ['managing_editor'] });
  const { workflow } = room.newsroom;
  let story = workflow.create(fields('Bản của phóng viên'), room.user);
  story = workflow.transition({ articleId: story.id, action: 'submit', expectedVersion: story.version }, room.user);
  story = workflow.transition({ articleId: story.id, action: 'claim', expectedVersion: story.version }, editor);
  workflow.transition({ articleId: story.id, action: 'takeover', expectedVersion: story.version }, chief);

  await room.signIn('bientap');
  const late = await room.call('articles.save', { story: { id: story.id, expectedVersion: story.version }, fields: fields('Câu chữ chưa kịp lưu'), checkpoint: 'autosave', journalKey: null });
  expect(late).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('kept as a revision') } });
  const kept = room.newsroom.revisions.list(story.id).find((revision) => revision.reason === 'kept');
  expect(room.newsroom.revisions.get(kept!.id).content.headline).toBe('Câu chữ chưa kịp lưu');
  expect(room.newsroom.articles.get(story.id).headline).toBe('Bản của phóng viên');
});
