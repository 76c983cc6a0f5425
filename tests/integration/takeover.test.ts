import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { DATABASE_FILE } from '../../src/main/core/newsroom';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import type { Article } from '../../src/shared/domain/article';
import type { User } from '../../src/shared/domain/user';
import { openTempNewsroom, saveStory, type TempNewsroom } from '../helpers/temp-newsroom';

let room: TempNewsroom;
let reporter: User;
let editor: User;
let chief: User;
let story: Article;

beforeEach(async () => {
  room = openTempNewsroom();
  reporter = await room.addUser({ username: 'phongvien', roles: ['reporter'] });
  editor = await room.addUser({ username: 'bientap', roles: ['editor'] });
  chief = await room.addUser({ username: 'thuky', roles: ['managing_editor'] });
  const { workflow } = room.newsroom;
  story = workflow.create({ headline: 'Bản của phóng viên', sapo: '', category: 'Tin tức', body: bodyFromPlainText('Đoạn gốc.') }, reporter);
  story = workflow.transition({ articleId: story.id, action: 'submit', expectedVersion: story.version }, reporter);
  story = workflow.transition({ articleId: story.id, action: 'claim', expectedVersion: story.version }, editor);
  story = workflow.save(story.id, story.version, { headline: 'Bản biên tập viên đã lưu' }, editor);
});
afterEach(() => room.cleanup());

test('a takeover gives the story to the managing editor and keeps the previous holder’s text as a revision', async () => {
  const taken = room.newsroom.workflow.transition({ articleId: story.id, action: 'takeover', expectedVersion: story.version }, chief);
  expect(taken).toMatchObject({ status: 'editing', holderId: chief.id });
  expect(room.newsroom.audit.forArticle(story.id).at(-1)).toMatchObject({ action: 'takeover', userId: chief.id, details: { previousHolder: editor.id } });

  const [atTakeover] = room.newsroom.revisions.list(story.id);
  expect(atTakeover).toMatchObject({ reason: 'takeover', userId: editor.id });
  expect(room.newsroom.revisions.get(atTakeover!.id).content.headline).toBe('Bản biên tập viên đã lưu');
});

test('text the previous holder was still typing is refused as a save but kept as a revision, never lost', async () => {
  room.newsroom.workflow.transition({ articleId: story.id, action: 'takeover', expectedVersion: story.version }, chief);
  await room.signIn('bientap');

  // The editor's autosave arrives after the takeover, built on the version they had.
  const late = await saveStory(room, story.id, story.version, { headline: 'Câu chữ chưa kịp lưu', body: bodyFromPlainText('Đoạn đang sửa dở.') });
  expect(late).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('kept as a revision') } });

  const kept = room.newsroom.revisions.list(story.id).find((revision) => revision.reason === 'kept');
  expect(kept).toMatchObject({ userId: editor.id });
  const content = room.newsroom.revisions.get(kept!.id).content;
  expect(content.headline).toBe('Câu chữ chưa kịp lưu');
  expect(content.body).toEqual(bodyFromPlainText('Đoạn đang sửa dở.'));
  // The story itself is the new holder's: nothing was overwritten.
  expect(room.newsroom.articles.get(story.id).headline).toBe('Bản biên tập viên đã lưu');
});

test('someone who never held the story gets a plain refusal, and nothing is kept for them', async () => {
  await room.signIn('phongvien');
  const result = await saveStory(room, story.id, story.version, { headline: 'Không được' });
  expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(room.newsroom.revisions.list(story.id).some((revision) => revision.reason === 'kept')).toBe(false);
});

test('the meaningful steps of the workflow each leave a revision', () => {
  const { workflow, revisions } = room.newsroom;
  const approved = workflow.transition({ articleId: story.id, action: 'approve', expectedVersion: story.version }, editor);
  workflow.transition({ articleId: story.id, action: 'publish', expectedVersion: approved.version }, chief);
  expect(revisions.list(story.id).map((revision) => revision.reason).sort()).toEqual(['approve', 'publish', 'submit']);
});

/** Writes a story's row behind the core's back, on a second connection to the same file. */
function setStoryColumn(articleId: string, column: 'taken_over_from', value: string | null): void {
  const raw = new Database(join(room.dataDir, DATABASE_FILE));
  try {
    raw.prepare(`UPDATE articles SET ${column} = ? WHERE id = ?`).run(value, articleId);
  } finally {
    raw.close();
  }
}

const lateSave = (expectedVersion: number) =>
  room.call('articles.save', {
    story: { id: story.id, expectedVersion },
    fields: { headline: 'Câu chữ chưa kịp lưu', sapo: '', category: 'Tin tức', body: bodyFromPlainText('Đoạn đang sửa dở.') },
    checkpoint: 'autosave',
    journalKey: null,
  });
const keptFor = (user: User) => room.newsroom.revisions.list(story.id).filter((revision) => revision.reason === 'kept' && revision.userId === user.id);

test('who lost the story to a takeover is read from the story (taken_over_from), not from the audit log', async () => {
  room.newsroom.workflow.transition({ articleId: story.id, action: 'takeover', expectedVersion: story.version }, chief);
  expect(room.newsroom.articles.workflowState(story.id)).toMatchObject({ holderId: chief.id, takenOverFrom: editor.id });

  // The audit log still records the takeover from the editor; the story now says nobody lost it.
  setStoryColumn(story.id, 'taken_over_from', null);
  await room.signIn('bientap');
  expect(await lateSave(story.version)).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.not.stringContaining('kept as a revision') } });
  expect(keptFor(editor)).toEqual([]);

  // And the other way: no takeover from the reporter in the audit log, but the story names them.
  setStoryColumn(story.id, 'taken_over_from', reporter.id);
  await room.signIn('phongvien');
  expect(await lateSave(story.version)).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('kept as a revision') } });
  expect(keptFor(reporter)).toHaveLength(1);
});
