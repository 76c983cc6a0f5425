import { afterEach, describe, expect, test } from 'vitest';
import type { Article, ArticleFields } from '../../src/shared/domain/article';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import { openSignedInNewsroom, saveStory, type TempNewsroom } from '../helpers/temp-newsroom';
import type { User } from '../../src/shared/domain/user';
import { SEED_SLUG } from '../helpers/seed-article';

let room: TempNewsroom & { user: User };
afterEach(() => room.cleanup());

const base = { headline: 'Tiêu đề', sapo: '', category: 'Tin tức', body: bodyFromPlainText('') };

describe('byline and metadata fields', () => {
  test('are stored, NFC-normalized, and survive a restart', async () => {
    room = await openSignedInNewsroom();
    const created = await room.call('articles.create', {
      ...base,
      bylineLabel: 'Tin, ảnh'.normalize('NFD'),
      authors: [{ name: 'Đ.K.C', roles: ['writer', 'photographer'] }, { name: ' Nguyễn Văn A '.normalize('NFD'), roles: ['photographer'] }],
      place: 'Bạc Liêu'.normalize('NFD'),
      keywords: ['hội nghị', 'Cụm thi đua số 9'],
      slug: SEED_SLUG,
    });
    expect(created.ok).toBe(true);
    const { id } = (created as { value: Article }).value;
    room = { ...room.reopen(), user: room.user };
    const article = room.newsroom.articles.get(id);
    expect(article).toMatchObject({
      bylineLabel: 'Tin, ảnh',
      authors: [{ name: 'Đ.K.C', roles: ['writer', 'photographer'] }, { name: 'Nguyễn Văn A', roles: ['photographer'] }],
      place: 'Bạc Liêu',
      keywords: ['hội nghị', 'Cụm thi đua số 9'],
      slug: SEED_SLUG,
    });
    expect(article.place).toBe('Bạc Liêu'.normalize('NFC'));
  });

  test('an article created without them gets empty values, and a patch changes only what it names', async () => {
    room = await openSignedInNewsroom();
    const article = room.newsroom.articles.create(base, room.user.id);
    expect(article).toMatchObject({ bylineLabel: '', authors: [], place: '', keywords: [], slug: '' });
    const result = await saveStory(room, article.id, 1, { place: 'Cà Mau' });
    expect(result).toMatchObject({ ok: true, value: { article: { place: 'Cà Mau', headline: 'Tiêu đề', authors: [] } } });
  });

  test('bad bylines and slugs are refused with the failing path, and nothing is written', async () => {
    room = await openSignedInNewsroom();
    const article = room.newsroom.articles.create(base, room.user.id);
    const cases = [
      [{ slug: 'Có Dấu' }, 'fields.slug'],
      [{ authors: [{ name: '', roles: ['writer'] }] }, 'fields.authors.0.name'],
      [{ authors: [{ name: 'A', roles: [] }] }, 'fields.authors.0.roles'],
      [{ authors: [{ name: 'A', roles: ['writer', 'writer'] }] }, 'fields.authors.0.roles'],
    ] as const;
    for (const [patch, path] of cases) {
      const result = await saveStory(room, article.id, 1, patch as Partial<ArticleFields>);
      expect(result).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path }] } });
    }
    expect(room.newsroom.articles.get(article.id).version).toBe(1);
  });
});
