import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DATABASE_FILE } from '../../src/main/core/newsroom';
import { CALL_NAMES } from '../../src/shared/contract/calls';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import type { Article } from '../../src/shared/domain/article';
import type { User } from '../../src/shared/domain/user';
import { formatPublishTime } from '../../src/shared/text/newsroom-time';
import { CORRECTION_HEADING } from '../../src/shared/workflow/correction-notice';
import { steppingClock } from '../helpers/clocks';
import { openTempNewsroom, type TempNewsroom } from '../helpers/temp-newsroom';

let room: TempNewsroom;
let chief: User;
let editor: User;

beforeEach(async () => {
  room = openTempNewsroom({ clock: steppingClock('2024-06-29T09:00:00.000Z', 60_000) });
  chief = await room.addUser({ username: 'tongbientap', roles: ['editor_in_chief'] });
  editor = await room.addUser({ username: 'bientap', roles: ['editor'] });
});
afterEach(() => room.cleanup());

function publishedStory(): Article {
  const { workflow } = room.newsroom;
  let story = workflow.create({ headline: 'Cụm thi đua số 9', sapo: 'Sapo.', category: 'Tin tức', body: bodyFromPlainText('Bản gốc.') }, editor);
  for (const [action, actor] of [['submit', editor], ['claim', editor], ['approve', editor], ['publish', chief]] as const) {
    story = workflow.transition({ articleId: story.id, action, expectedVersion: story.version }, actor);
  }
  return story;
}

describe('published versions', () => {
  test('publishing keeps a snapshot of the article and its HTML', () => {
    const story = publishedStory();
    const [summary] = room.newsroom.publications.forArticle(story.id);
    const publication = room.newsroom.publications.get(summary!.id);
    expect(publication).toMatchObject({ sequence: 1, kind: 'publish', articleVersion: story.version, publishedBy: chief.id, correctionNotice: null });
    expect(publication.article).toEqual(story);
    expect(publication.html).toContain('<h1 class="article-headline">Cụm thi đua số 9</h1>');
    expect(publication.html).toContain('Bản gốc.');
  });

  test('a correction is a new published version with the notice, and the original stays as it was', () => {
    const story = publishedStory();
    const { workflow, publications } = room.newsroom;
    const edited = workflow.save(story.id, story.version, { body: bodyFromPlainText('Bản đã sửa.') }, chief);
    const corrected = workflow.transition(
      { articleId: story.id, action: 'correct', expectedVersion: edited.version, correction: 'Sửa số liệu ở đoạn đầu.' },
      chief,
    );
    expect(corrected.status).toBe('published');

    const [first, second] = publications.forArticle(story.id).map((summary) => publications.get(summary.id));
    expect(first).toMatchObject({ sequence: 1, kind: 'publish' });
    expect(first!.article.body).toEqual(bodyFromPlainText('Bản gốc.'));
    expect(second).toMatchObject({ sequence: 2, kind: 'correction' });
    expect(formatPublishTime(first!.publishedAt)).toMatch(/^Thứ Bảy, 29\/06\/2024 \| 16:\d\d$/);
    expect(second!.article.body).toEqual(bodyFromPlainText('Bản đã sửa.'));
    expect(second!.correctionNotice).toBe(
      [
        CORRECTION_HEADING,
        `Bài “Cụm thi đua số 9” đăng trên chuyên mục Tin tức, ${formatPublishTime(first!.publishedAt)}, có thông tin chưa chính xác.`,
        'Sửa số liệu ở đoạn đầu.',
        'Tòa soạn xin cải chính và thành thật xin lỗi bạn đọc cùng các cá nhân, tổ chức liên quan.',
      ].join('\n'),
    );
    expect(second!.html).toContain(`<p>${CORRECTION_HEADING}</p>`);
  });

  test('unpublishing takes the story down but keeps every published version', () => {
    const story = publishedStory();
    const down = room.newsroom.workflow.transition({ articleId: story.id, action: 'unpublish', expectedVersion: story.version }, chief);
    expect(down.status).toBe('unpublished');
    expect(room.newsroom.publications.forArticle(story.id)).toHaveLength(1);
    expect(room.newsroom.audit.forArticle(story.id).map((entry) => entry.action)).toEqual(['create', 'submit', 'claim', 'approve', 'publish', 'unpublish']);
  });
});

describe('the record cannot be rewritten', () => {
  test('published versions and the audit trail refuse UPDATE and DELETE, even in raw SQL', () => {
    const story = publishedStory();
    const db = new Database(join(room.dataDir, DATABASE_FILE));
    try {
      expect(() => db.prepare(`UPDATE publications SET html = '' WHERE article_id = ?`).run(story.id)).toThrow('published versions are immutable');
      expect(() => db.prepare('DELETE FROM publications WHERE article_id = ?').run(story.id)).toThrow('published versions are immutable');
      expect(() => db.prepare(`UPDATE audit_log SET user_id = NULL WHERE article_id = ?`).run(story.id)).toThrow('audit_log is append-only');
      expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow('audit_log is append-only');
    } finally {
      db.close();
    }
  });

  test('the app has no call that edits or deletes notes, audit entries or published versions', () => {
    const writers = CALL_NAMES.filter((name) => /^(notes|audit|publications)\./.test(name) && !/\.(list|get|add)$/.test(name));
    expect(writers).toEqual([]);
  });
});
