import { afterEach, describe, expect, test } from 'vitest';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import type { RecoverableDraft } from '../../src/shared/domain/draft';
import { openTempNewsroom, type TempNewsroom } from '../helpers/temp-newsroom';

let room: TempNewsroom;
afterEach(() => room.cleanup());

const fields = (headline: string, body = '') => ({ headline, sapo: '', category: 'Tin tức', body: bodyFromPlainText(body) });

describe('the draft recovery journal', () => {
  test('a never-saved article’s journaled text is offered after a restart', async () => {
    room = openTempNewsroom();
    await room.call('drafts.write', { key: 'new-1', articleId: null, baseVersion: null, fields: fields('Bạc Liêu', 'Đoạn đang gõ') });
    await room.call('drafts.write', { key: 'new-1', articleId: null, baseVersion: null, fields: fields('Bạc Liêu: mùa muối', 'Đoạn đang gõ dở') });
    room = room.reopen();
    const result = (await room.call('drafts.recoverable', {})) as { value: RecoverableDraft[] };
    expect(result.value).toHaveLength(1);
    expect(result.value[0]).toMatchObject({ key: 'new-1', articleId: null, fields: { headline: 'Bạc Liêu: mùa muối', body: bodyFromPlainText('Đoạn đang gõ dở') } });
  });

  test('a journal equal to the stored article is not offered (and is cleared); discard removes one', async () => {
    room = openTempNewsroom();
    const article = room.newsroom.articles.create(fields('Đã lưu'));
    await room.call('drafts.write', { key: article.id, articleId: article.id, baseVersion: 1, fields: fields('Đã lưu') });
    await room.call('drafts.write', { key: 'new-2', articleId: null, baseVersion: null, fields: fields('Chưa lưu') });
    expect(((await room.call('drafts.recoverable', {})) as { value: RecoverableDraft[] }).value.map((draft) => draft.key)).toEqual(['new-2']);
    await room.call('drafts.discard', { key: 'new-2' });
    expect(room.newsroom.drafts.recoverable()).toEqual([]);
  });
});
