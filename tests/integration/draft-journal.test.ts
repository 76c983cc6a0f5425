import { afterEach, describe, expect, test } from 'vitest';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import type { RecoverableDraft } from '../../src/shared/domain/draft';
import { openSignedInNewsroom, type TempNewsroom } from '../helpers/temp-newsroom';
import type { User } from '../../src/shared/domain/user';

let room: TempNewsroom & { user: User };
afterEach(() => room.cleanup());

const fields = (headline: string, body = '') => ({ headline, sapo: '', category: 'Tin tức', body: bodyFromPlainText(body) });

describe('the draft recovery journal', () => {
  test('a never-saved article’s journaled text is offered after a restart', async () => {
    room = await openSignedInNewsroom();
    await room.call('drafts.write', { key: 'new-1', articleId: null, baseVersion: null, fields: fields('Bạc Liêu', 'Đoạn đang gõ') });
    await room.call('drafts.write', { key: 'new-1', articleId: null, baseVersion: null, fields: fields('Bạc Liêu: mùa muối', 'Đoạn đang gõ dở') });
    // A restart: a new core and a new session, signing in again.
    room = { ...room.reopen(), user: room.user };
    await room.signIn('tester');
    const result = (await room.call('drafts.recoverable', {})) as { value: RecoverableDraft[] };
    expect(result.value).toHaveLength(1);
    expect(result.value[0]).toMatchObject({ key: 'new-1', articleId: null, fields: { headline: 'Bạc Liêu: mùa muối', body: bodyFromPlainText('Đoạn đang gõ dở') } });
  });

  test('a journal equal to the stored article is not offered (and is cleared); discard removes one', async () => {
    room = await openSignedInNewsroom();
    const article = room.newsroom.articles.create(fields('Đã lưu'), room.user.id);
    await room.call('drafts.write', { key: article.id, articleId: article.id, baseVersion: 1, fields: fields('Đã lưu') });
    await room.call('drafts.write', { key: 'new-2', articleId: null, baseVersion: null, fields: fields('Chưa lưu') });
    expect(((await room.call('drafts.recoverable', {})) as { value: RecoverableDraft[] }).value.map((draft) => draft.key)).toEqual(['new-2']);
    await room.call('drafts.discard', { key: 'new-2' });
    expect(room.newsroom.drafts.recoverable(room.user.id)).toEqual([]);
  });
});
