import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../src/shared/domain/category';
import { openTempNewsroom, withDatabase, type TempNewsroom } from '../helpers/temp-newsroom';

const rooms: TempNewsroom[] = [];
afterEach(() => {
  for (const room of rooms.splice(0)) room.cleanup();
});

const open = () => {
  const room = openTempNewsroom();
  rooms.push(room);
  return room;
};

const ADMIN = { newsroomName: 'Báo Bạc Liêu', username: 'dkc', displayName: 'Đặng Kim Chi', initials: 'Đ.K.C', password: 'mật khẩu đủ dài' };
const DEFAULT_NAMES: string[] = DEFAULT_CATEGORIES.map((category) => category.name);

describe('first-run setup stores the sections with the newsroom and its account', () => {
  test('the offered Vietnamese defaults are stored in their order, each in the change log', async () => {
    const room = open();
    expect(await room.call('setup.createNewsroom', { ...ADMIN, categories: DEFAULT_NAMES })).toMatchObject({ ok: true });

    expect(room.newsroom.categories.list().map((category) => category.name)).toEqual(DEFAULT_NAMES);
    expect(DEFAULT_NAMES).toContain('Tin tức'); // the seed article's category
    expect(await room.call('categories.list', {})).toMatchObject({ ok: true, value: DEFAULT_NAMES.map((name) => ({ name })) });
    const logged = withDatabase(room, (db) =>
      db.prepare(`SELECT data_json FROM change_log WHERE entity = 'category' AND operation = 'create'`).pluck().all() as string[],
    );
    // The migration's older set is kept where names agree; the new section is a new row, logged.
    expect(logged.map((json) => (JSON.parse(json) as { name: string }).name)).toEqual(['Nông nghiệp – Nông thôn']);
  });

  test('the admin’s own list (renamed, removed, added, typed decomposed) is what is stored', async () => {
    const room = open();
    const mine = ['Thời sự', 'Chính trị', 'Kinh tế', 'Nông nghiệp – Nông thôn', 'Biển đảo'.normalize('NFD'), ' Y tế '];
    expect(await room.call('setup.createNewsroom', { ...ADMIN, categories: mine })).toMatchObject({ ok: true });

    expect(room.newsroom.categories.list().map((category) => category.name)).toEqual([
      'Thời sự', 'Chính trị', 'Kinh tế', 'Nông nghiệp – Nông thôn', 'Biển đảo', 'Y tế',
    ]);
    // Removed sections are kept softly (their rows and names), never deleted outright.
    const removed = withDatabase(room, (db) =>
      db.prepare(`SELECT name FROM categories WHERE deleted_at IS NOT NULL ORDER BY name`).pluck().all(),
    );
    expect(removed).toContain('Tin tức');
    expect(removed).not.toContain('Kinh tế');
  });

  test('a list naming one section twice or none is refused, and nothing is set up', async () => {
    const room = open();
    expect(await room.call('setup.createNewsroom', { ...ADMIN, categories: ['Kinh tế', 'kinh tế'] })).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [{ path: 'categories.1' }] },
    });
    expect(await room.call('setup.createNewsroom', { ...ADMIN, categories: [] })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(room.newsroom.users.count()).toBe(0);
    expect(room.newsroom.info.name()).toBeNull();
  });

  test('a failure while the sections are written leaves no half-made newsroom, and setup can be done again', async () => {
    const room = open();
    // The database itself refuses one section (as a full disk or a damaged page would), after the
    // account and the newsroom's name were already written in the same transaction.
    withDatabase(room, (db) =>
      db.exec(`CREATE TRIGGER refuse_one BEFORE INSERT ON categories WHEN NEW.name = 'Biển đảo'
               BEGIN SELECT RAISE(ABORT, 'the disk refused'); END`),
    );
    const before = room.newsroom.categories.list();
    expect(await room.call('setup.createNewsroom', { ...ADMIN, categories: ['Thời sự', 'Biển đảo'] })).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(room.newsroom.users.count()).toBe(0);
    expect(room.newsroom.info.name()).toBeNull();
    expect(room.newsroom.categories.list()).toEqual(before);
    expect(await room.call('session.current', {})).toMatchObject({ ok: true, value: { needsSetup: true, user: null } });
    expect(withDatabase(room, (db) => db.prepare(`SELECT count(*) FROM change_log WHERE entity = 'category'`).pluck().get())).toBe(0);

    withDatabase(room, (db) => db.exec('DROP TRIGGER refuse_one'));
    expect(await room.call('setup.createNewsroom', { ...ADMIN, categories: ['Thời sự', 'Biển đảo'] })).toMatchObject({ ok: true });
    expect(room.newsroom.categories.list().map((category) => category.name)).toEqual(['Thời sự', 'Biển đảo']);
    expect(room.newsroom.info.name()).toBe('Báo Bạc Liêu');
  });
});

describe('later, the admin changes the sections and the name (Cài đặt → Tòa soạn)', () => {
  test('categories.replace and newsroom.rename store, audit, and keep stories’ own categories', async () => {
    const room = open();
    expect(await room.call('setup.createNewsroom', { ...ADMIN, categories: DEFAULT_NAMES })).toMatchObject({ ok: true });
    const admin = room.newsroom.users.list()[0]!;
    const story = room.newsroom.articles.create(
      { headline: 'Bạc Liêu: mùa muối', sapo: '', category: 'Bạn đọc', body: { root: { type: 'root', children: [] } } },
      admin.id,
    );

    const renamed = DEFAULT_NAMES.filter((name) => name !== 'Bạn đọc').concat('Ý kiến bạn đọc');
    expect(await room.call('categories.replace', { names: renamed })).toMatchObject({ ok: true, value: renamed.map((name) => ({ name })) });
    expect(await room.call('newsroom.rename', { name: 'Báo Bạc Liêu điện tử' })).toEqual({ ok: true, value: { name: 'Báo Bạc Liêu điện tử' } });
    expect(room.newsroom.info.name()).toBe('Báo Bạc Liêu điện tử');
    expect(room.newsroom.articles.get(story.id).category).toBe('Bạn đọc');

    // Bringing a removed section back revives its row rather than making a second one.
    const revived = [...renamed, 'Bạn đọc'];
    await room.call('categories.replace', { names: revived });
    const rows = withDatabase(room, (db) => db.prepare(`SELECT count(*) FROM categories WHERE name = 'Bạn đọc'`).pluck().get());
    expect(rows).toBe(1);
    expect(room.newsroom.categories.list().map((category) => category.name)).toEqual(revived);

    const audited = withDatabase(room, (db) => db.prepare(`SELECT action, user_id FROM audit_log WHERE action IN ('categories.replace', 'newsroom.rename') ORDER BY seq`).all());
    expect(audited).toEqual([
      { action: 'categories.replace', user_id: null },
      { action: 'categories.replace', user_id: admin.id },
      { action: 'newsroom.rename', user_id: admin.id },
      { action: 'categories.replace', user_id: admin.id },
    ]);
  });
});
