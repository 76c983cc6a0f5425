import { afterEach, describe, expect, test } from 'vitest';
import type { FieldDiff } from '../../src/shared/domain/revision';
import { bodyFromPlainText, type ArticleBody } from '../../src/shared/domain/article-body';
import { openSignedInNewsroom, type TempNewsroom } from '../helpers/temp-newsroom';
import type { User } from '../../src/shared/domain/user';
import { steppingClock } from '../helpers/clocks';

let room: TempNewsroom & { user: User };
afterEach(() => room.cleanup());

const words = (diff: FieldDiff[], field: FieldDiff['field'], kind: 'added' | 'removed') =>
  diff.find((entry) => entry.field === field)!.parts.filter((part) => part[kind]).map((part) => part.value.trim()).filter(Boolean);

const photoBody = (paragraph: string, caption: string): ArticleBody => ({
  root: {
    type: 'root' as const,
    children: [
      ...bodyFromPlainText(paragraph).root.children,
      { type: 'photo', version: 1, mediaId: 'a'.repeat(64), caption, credit: 'C.K', altText: '', width: 1, height: 1 },
    ],
  },
});

describe('revisions', () => {
  test('manual saves record who and when; diff shows words added and removed per field', async () => {
    room = await openSignedInNewsroom();
    const article = room.newsroom.articles.create({ headline: 'Bạc Liêu mùa muối', sapo: 'Diêm dân phấn khởi.', category: 'Kinh tế', body: photoBody('Giá muối tăng.', 'Diêm dân thu hoạch.') }, room.user.id);
    // "Lưu" with nothing typed since the version opened: a revision, no new version.
    const firstSave = await room.call('articles.save', { story: { id: article.id, expectedVersion: 1 }, fields: null, checkpoint: 'manual', journalKey: null });
    room.newsroom.articles.update(article.id, 1, { headline: 'Bạc Liêu: mùa muối bội thu', body: photoBody('Giá muối tăng mạnh.', 'Diêm dân thu hoạch muối.') });
    const secondSave = await room.call('articles.save', { story: { id: article.id, expectedVersion: 2 }, fields: null, checkpoint: 'manual', journalKey: null });
    expect(firstSave).toMatchObject({ ok: true, value: { article: { version: 1 }, revision: { reason: 'manual', userId: room.user.id, articleVersion: 1 } } });
    expect(secondSave).toMatchObject({ ok: true, value: { article: { version: 2 }, revision: { articleVersion: 2 } } });
    const first = { ok: true, value: (firstSave as { value: { revision: { id: string } } }).value.revision };
    const second = { ok: true, value: (secondSave as { value: { revision: { id: string } } }).value.revision };

    const listed = await room.call('revisions.list', { articleId: article.id });
    const ids = (listed as { value: { id: string }[] }).value.map((revision) => revision.id);
    const firstId = (first as { value: { id: string } }).value.id;
    const secondId = (second as { value: { id: string } }).value.id;
    expect(ids).toEqual([secondId, firstId]);

    const diff = (await room.call('revisions.diff', { fromRevisionId: firstId, toRevisionId: secondId })) as { value: FieldDiff[] };
    expect(words(diff.value, 'headline', 'removed')).toEqual([]);
    expect(words(diff.value, 'headline', 'added')).toEqual([':', 'bội thu']);
    expect(words(diff.value, 'sapo', 'added')).toEqual([]);
    expect(words(diff.value, 'body', 'added')).toEqual(['mạnh']);
    expect(words(diff.value, 'captions', 'added')).toEqual(['muối']);
  });

  test('restore creates a new article version and a new revision; history is never rewritten', async () => {
    room = await openSignedInNewsroom();
    const article = room.newsroom.articles.create({ headline: 'Bản đầu', sapo: '', category: '', body: bodyFromPlainText('Một.') }, room.user.id);
    const original = room.newsroom.revisions.record(article.id, 'manual', null);
    room.newsroom.articles.update(article.id, 1, { headline: 'Bản sau', body: bodyFromPlainText('Hai.') });
    room.newsroom.revisions.record(article.id, 'submit', null);

    const stale = await room.call('revisions.restore', { revisionId: original.id, expectedVersion: 1 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', currentVersion: 2 } });

    const restored = await room.call('revisions.restore', { revisionId: original.id, expectedVersion: 2 });
    expect(restored).toMatchObject({ ok: true, value: { article: { headline: 'Bản đầu', version: 3 }, revision: { reason: 'restore', articleVersion: 3 } } });
    expect(room.newsroom.articles.get(article.id).body).toEqual(bodyFromPlainText('Một.'));
    expect(room.newsroom.revisions.list(article.id).map((revision) => revision.reason)).toEqual(['restore', 'submit', 'manual']);
    expect(room.newsroom.revisions.get(original.id).content.headline).toBe('Bản đầu');
  });

  test('autosave checkpoints are taken when the text changed and the last one is old enough', async () => {
    // Each clock reading moves a minute on: the interval is five minutes.
    room = await openSignedInNewsroom({ clock: steppingClock('2024-06-29T09:00:00.000Z', 60_000) });
    const article = room.newsroom.articles.create({ headline: 'A', sapo: '', category: '', body: bodyFromPlainText('') }, room.user.id);
    expect(room.newsroom.revisions.checkpoint(article.id, null)).toMatchObject({ reason: 'autosave' });
    expect(room.newsroom.revisions.checkpoint(article.id, null)).toBeNull();
    room.newsroom.articles.update(article.id, 1, { headline: 'B' });
    expect(room.newsroom.revisions.checkpoint(article.id, null)).toBeNull();
    for (let minute = 0; minute < 5; minute += 1) room.newsroom.revisions.checkpoint(article.id, null);
    expect(room.newsroom.revisions.list(article.id).map((revision) => revision.reason)).toEqual(['autosave', 'autosave']);
    expect(room.newsroom.revisions.checkpoint(article.id, null)).toBeNull();
  });

  test('a revision of an unknown article is not_found', async () => {
    room = await openSignedInNewsroom();
    const result = await room.call('articles.save', {
      story: { id: '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b', expectedVersion: 1 },
      fields: null,
      checkpoint: 'manual',
      journalKey: null,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
