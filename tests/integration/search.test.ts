import { afterEach, describe, expect, test } from 'vitest';
import type { SearchResults } from '../../src/shared/domain/search';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import type { Article } from '../../src/shared/domain/article';
import { join } from 'node:path';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { openDatabase } from '../../src/main/core/db/open-database';
import { silentLogger } from '../../src/shared/node/logger';
import { DATABASE_FILE } from '../../src/main/core/newsroom';
import Database from 'better-sqlite3';
import { createArticleSearch } from '../../src/main/core/search/article-search';
import { callOk, makeTempDir, openTempNewsroom, saveStory, signedInRooms, type TempNewsroom } from '../helpers/temp-newsroom';

const rooms = signedInRooms();
afterEach(rooms.cleanup);
const { open, restart } = rooms;

const call = callOk;

const write = (room: TempNewsroom, headline: string, body = '', extra: { sapo?: string; category?: string } = {}) =>
  call<Article>(room, 'articles.create', {
    headline,
    sapo: extra.sapo ?? '',
    category: extra.category ?? 'Tin tức',
    body: bodyFromPlainText(body),
  });

const search = (room: TempNewsroom, query: string, filters?: unknown) =>
  call<SearchResults>(room, 'search.articles', filters ? { query, filters } : { query });

const headlines = (results: SearchResults) => results.items.map((hit) => hit.article.headline);

describe('search matches without caring about diacritics', () => {
  test('"dong thap" finds Đồng Tháp and "bac lieu" finds Bạc Liêu, in any field', async () => {
    const room = await open();
    await write(room, 'Lũ về Đồng Tháp');
    await write(room, 'Mùa muối', 'Diêm dân Bạc Liêu phơi muối.');
    await write(room, 'Hội nghị', '', { sapo: 'Tại ĐỒNG THÁP, hội nghị khai mạc.' });
    await write(room, 'Tin khác', 'Không liên quan.');

    expect(headlines(await search(room, 'dong thap')).sort()).toEqual(['Hội nghị', 'Lũ về Đồng Tháp']);
    expect(headlines(await search(room, 'bac lieu'))).toEqual(['Mùa muối']);
    expect(headlines(await search(room, 'BẠC LIÊU'))).toEqual(['Mùa muối']);
  });

  test('đ and Đ match d, and both tone placements (hoà / hòa) match each other', async () => {
    const room = await open();
    await write(room, 'Đường về Điện Biên');
    await write(room, 'Hoà giải ở cơ sở');
    await write(room, 'Hòa nhạc mùa thu');

    expect(headlines(await search(room, 'duong dien bien'))).toEqual(['Đường về Điện Biên']);
    expect(headlines(await search(room, 'đường'))).toEqual(['Đường về Điện Biên']);
    expect(headlines(await search(room, 'hoà ')).sort()).toEqual(['Hoà giải ở cơ sở', 'Hòa nhạc mùa thu']);
    expect(headlines(await search(room, 'hòa ')).sort()).toEqual(['Hoà giải ở cơ sở', 'Hòa nhạc mùa thu']);
  });

  test('a query in NFD (Windows\' built-in keyboard, macOS file names) or without tones finds the NFC story (#15 item 6)', async () => {
    const room = await open();
    await write(room, 'Nước nổi về Đồng Tháp', 'Người dân hòa mình vào mùa lũ.');
    await write(room, 'Tin khác', 'Không liên quan.');

    for (const query of ['Đồng Tháp'.normalize('NFD'), 'nuoc noi', 'hoà mình'.normalize('NFD'), 'nguoi dan hoa minh']) {
      expect(headlines(await search(room, query))).toEqual(['Nước nổi về Đồng Tháp']);
    }
  });

  test('the word being typed matches as a prefix; finished words match whole', async () => {
    const room = await open();
    await write(room, 'Du lịch Hạ Long hè này');
    await write(room, 'Hạng nhất giải bóng đá');

    expect(headlines(await search(room, 'Hạ Lon'))).toEqual(['Du lịch Hạ Long hè này']);
    expect(headlines(await search(room, 'ha l'))).toEqual(['Du lịch Hạ Long hè này']);
    expect(headlines(await search(room, 'Hạ Lon '))).toEqual([]);
  });

  test('every word of the query must match', async () => {
    const room = await open();
    await write(room, 'Cà Mau mùa khô');
    await write(room, 'Cà Mau mùa mưa');
    await write(room, 'Hà Nội mùa khô');

    expect(headlines(await search(room, 'ca mau kho'))).toEqual(['Cà Mau mùa khô']);
    expect(headlines(await search(room, 'mùa khô')).sort()).toEqual(['Cà Mau mùa khô', 'Hà Nội mùa khô']);
  });

  test('results carry highlighted headline and snippet segments in the original text', async () => {
    const room = await open();
    await write(room, 'Bạc Liêu: mùa muối', 'Đoạn mở đầu.\nDiêm dân Bạc Liêu phơi muối <b>sớm</b>.');
    const [hit] = (await search(room, 'bac lieu')).items;
    expect(hit!.headline.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['Bạc', 'Liêu']);
    expect(hit!.snippet!.map((segment) => segment.text).join('')).toContain('Diêm dân Bạc Liêu phơi muối <b>sớm</b>.');
  });

  test('an empty query or one of punctuation only finds nothing and fails nothing', async () => {
    const room = await open();
    await write(room, 'Bạc Liêu');
    expect(await search(room, '')).toEqual({ items: [], more: false });
    expect(await search(room, '"*()^-')).toEqual({ items: [], more: false });
  });
});

describe('ranking', () => {
  test('a query with diacritics puts exact-diacritic matches first', async () => {
    const room = await open();
    // Unrelated stories, so the words searched for are rare enough for bm25 to weigh them.
    for (const place of ['Huế', 'Đà Nẵng', 'Quy Nhơn', 'Nha Trang', 'Vũng Tàu', 'Phan Thiết']) await write(room, place);
    await write(room, 'Hà lòng', 'Hà lòng, hà lòng.');
    await write(room, 'Vịnh Hạ Long đón khách');
    await write(room, 'Hả lỏng ốc vít máy móc nhà xưởng cũ', 'Ốc vít của máy móc trong nhà xưởng cũ đã hỏng.');

    // Folded, bm25 alone prefers the article that repeats "ha long"…
    expect(headlines(await search(room, 'ha long'))[0]).toBe('Hà lòng');
    // …but a reporter who typed the marks means Hạ Long.
    const typedWithMarks = headlines(await search(room, 'Hạ Long'));
    expect(typedWithMarks[0]).toBe('Vịnh Hạ Long đón khách');
    expect(typedWithMarks).toHaveLength(3);
  });

  test('an exact-diacritic match in the body alone still comes first', async () => {
    const room = await open();
    for (const place of ['Huế', 'Đà Nẵng', 'Quy Nhơn', 'Nha Trang', 'Vũng Tàu', 'Phan Thiết']) await write(room, place);
    await write(room, 'Hà lòng', 'Hà lòng, hà lòng.');
    await write(room, 'Tin sáng', 'Du khách đến vịnh Hạ Long.');

    expect(headlines(await search(room, 'ha long'))[0]).toBe('Hà lòng');
    expect(headlines(await search(room, 'Hạ Long'))).toEqual(['Tin sáng', 'Hà lòng']);
  });

  test('a page smaller than the re-ranked candidates is the head of the fully re-ranked list', async () => {
    const room = await open();
    for (const place of ['Huế', 'Đà Nẵng', 'Quy Nhơn', 'Nha Trang', 'Vũng Tàu', 'Phan Thiết']) await write(room, place);
    for (let index = 0; index < 30; index += 1) await write(room, `Tin ${index}`, `Du khách đến vịnh Hạ Long lần thứ ${index}.`);
    await write(room, 'Hà lòng', 'Hà lòng, hà lòng, hà lòng.');

    const all = await call<SearchResults>(room, 'search.articles', { query: 'Hạ Long', limit: 100 });
    expect(headlines(all).at(-1)).toBe('Hà lòng');
    for (const limit of [1, 26, 30]) {
      const page = await call<SearchResults>(room, 'search.articles', { query: 'Hạ Long', limit });
      expect(headlines(page)).toEqual(headlines(all).slice(0, limit));
      expect(page.more).toBe(true);
    }
  });

  test('headline matches outrank body matches; recency breaks ties', async () => {
    const room = await open();
    for (const place of ['Huế', 'Đà Nẵng', 'Quy Nhơn', 'Nha Trang']) await write(room, place);
    await write(room, 'Tin sáng', 'Sóc Trăng có mưa.');
    await write(room, 'Sóc Trăng mùa lúa', 'Một đoạn.');
    await write(room, 'Tin trưa', 'Sóc Trăng có mưa.');

    expect(headlines(await search(room, 'soc trang'))).toEqual(['Sóc Trăng mùa lúa', 'Tin trưa', 'Tin sáng']);
  });

  test('limit and more', async () => {
    const room = await open();
    for (let index = 0; index < 5; index += 1) await write(room, `Kiên Giang số ${index}`);
    const results = await call<SearchResults>(room, 'search.articles', { query: 'kien giang', limit: 3 });
    expect(results.items).toHaveLength(3);
    expect(results.more).toBe(true);
  });
});

describe('the rank window: bm25 scores at most the newest N matches', () => {
  /** The room's search with a small window, on a connection of its own to the same file. */
  const searchWithWindow = (room: TempNewsroom, rankWindow: number) => {
    const db = new Database(join(room.dataDir, DATABASE_FILE));
    const windowed = createArticleSearch(db, { rankWindow });
    const unbounded = createArticleSearch(db, { rankWindow: 1_000_000 });
    const headlinesOf = (search: typeof windowed, query: string, filters?: Record<string, unknown>) =>
      search.search({ query, filters }).items.map((hit) => hit.article.headline);
    return {
      windowed: (query: string, filters?: Record<string, unknown>) => headlinesOf(windowed, query, filters),
      unbounded: (query: string, filters?: Record<string, unknown>) => headlinesOf(unbounded, query, filters),
      more: (query: string) => windowed.search({ query }).more,
      close: () => db.close(),
    };
  };

  test('with more matches than the window, the newest N are ranked exactly as a full ranking orders them', async () => {
    const room = await open();
    for (const place of ['Huế', 'Đà Nẵng', 'Quy Nhơn', 'Nha Trang', 'Vũng Tàu', 'Phan Thiết']) await write(room, place);
    await write(room, 'Bạc Liêu: mùa muối', 'Bạc Liêu, Bạc Liêu.');
    await write(room, 'Tin sáng', 'Mưa ở Bạc Liêu.');
    await write(room, 'Bạc Liêu đón khách', 'Một đoạn.');
    await write(room, 'Tin chiều', 'Gió ở Bạc Liêu.');
    const search = searchWithWindow(room, 3);
    try {
      const full = search.unbounded('bac lieu');
      expect(full).toHaveLength(4);
      // The oldest match is outside the newest three: it is not ranked, and `more` says so.
      const windowed = search.windowed('bac lieu');
      expect(windowed).toEqual(full.filter((headline) => ['Tin sáng', 'Bạc Liêu đón khách', 'Tin chiều'].includes(headline)));
      expect(search.more('bac lieu')).toBe(true);
      // Fewer matches than the window: the same as ranking every match.
      expect(search.windowed('bac lieu muoi')).toEqual(search.unbounded('bac lieu muoi'));
    } finally {
      search.close();
    }
    const exactlyFull = searchWithWindow(room, 4);
    try {
      expect(exactlyFull.windowed('bac lieu')).toEqual(exactlyFull.unbounded('bac lieu'));
      expect(exactlyFull.more('bac lieu')).toBe(false);
    } finally {
      exactlyFull.close();
    }
  });

  test('the match past the window only says `more`: never shown, with or without the re-rank, at any limit', async () => {
    const room = await open();
    await write(room, 'Bạc Liêu: mùa muối', 'Bạc Liêu.');
    await write(room, 'Tin sáng', 'Mưa ở bac lieu.');
    await write(room, 'Bạc Liêu đón khách');
    await write(room, 'Tin chiều', 'Gió ở Bạc Liêu.');
    const search = searchWithWindow(room, 3);
    const db = new Database(join(room.dataDir, DATABASE_FILE));
    const windowed = createArticleSearch(db, { rankWindow: 3 });
    try {
      for (const query of ['bac lieu', 'Bạc Liêu']) {
        const newestThree = search.unbounded(query).filter((headline) => headline !== 'Bạc Liêu: mùa muối');
        expect(search.windowed(query)).toEqual(newestThree);
        expect(search.more(query)).toBe(true);
        for (const limit of [1, 2, 3, 4]) {
          const page = windowed.search({ query, limit });
          expect(page.items.map((hit) => hit.article.headline)).toEqual(newestThree.slice(0, limit));
          expect(page.more).toBe(true);
        }
      }
      // The re-rank still puts exact diacritics first within the window.
      expect(search.windowed('Bạc Liêu').at(-1)).toBe('Tin sáng');
    } finally {
      db.close();
      search.close();
    }
  });

  test('an index entry whose article is gone is not shown, and the rest of the page is', async () => {
    const room = await open();
    await write(room, 'Cà Mau: tôm');
    await write(room, 'Cà Mau: lúa');
    const db = new Database(join(room.dataDir, DATABASE_FILE));
    try {
      // As if the index had not caught up: an entry for an article that does not exist.
      db.prepare("INSERT INTO article_search_rowids (rowid, article_id) VALUES (1000, 'gone')").run();
      db.prepare("INSERT INTO article_search (rowid, headline) VALUES (1000, 'ca mau')").run();
      for (const query of ['ca mau', 'Cà Mau']) {
        const found = createArticleSearch(db).search({ query });
        expect(found.items.map((hit) => hit.article.headline).sort()).toEqual(['Cà Mau: lúa', 'Cà Mau: tôm']);
      }
    } finally {
      db.close();
    }
  });

  test('the window is counted after the filters, so a filter reaches older stories', async () => {
    const room = await open();
    await write(room, 'Cà Mau: tôm', '', { category: 'Kinh tế' });
    await write(room, 'Cà Mau: lúa', '', { category: 'Kinh tế' });
    for (let index = 0; index < 4; index += 1) await write(room, `Cà Mau số ${index}`);
    const search = searchWithWindow(room, 2);
    try {
      expect(search.windowed('ca mau', { category: 'Kinh tế' }).sort()).toEqual(['Cà Mau: lúa', 'Cà Mau: tôm']);
      expect(search.windowed('ca mau')).toHaveLength(2);
    } finally {
      search.close();
    }
  });
});

describe('filters combine with the query', () => {
  test('a match is tested against the filters from an index, not from the article row', async () => {
    const room = await open();
    const db = new Database(join(room.dataDir, DATABASE_FILE), { readonly: true });
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT r.rowid FROM article_search_rowids r JOIN articles a ON a.id = r.article_id
         WHERE r.rowid = 1 AND a.deleted_at IS NULL AND a.status IN ('published') AND a.category = 'Kinh tế'
           AND a.created_at >= '2024' AND a.published_at < '2025' AND a.created_by = 'x'`,
      )
      .all()
      .map((row) => (row as { detail: string }).detail)
      .join('; ');
    db.close();
    expect(plan).toContain('COVERING INDEX articles_search_filters');
  });


  test('state, category and time ranges', async () => {
    const room = await open();
    const first = await write(room, 'Bến Tre: dừa', '', { category: 'Kinh tế' });
    const second = await write(room, 'Bến Tre: lễ hội', '', { category: 'Văn hóa – Văn nghệ' });
    room.newsroom.articles.update(first.id, 1, { sapo: 'Giá dừa tăng.' });

    expect(headlines(await search(room, 'ben tre', { category: 'Kinh tế' }))).toEqual(['Bến Tre: dừa']);
    expect(headlines(await search(room, 'ben tre', { statuses: ['draft'] }))).toHaveLength(2);
    expect(headlines(await search(room, 'ben tre', { statuses: ['published'] }))).toEqual([]);
    expect(headlines(await search(room, 'ben tre', { createdFrom: second.createdAt }))).toEqual(['Bến Tre: lễ hội']);
    expect(headlines(await search(room, 'ben tre', { createdBefore: second.createdAt }))).toEqual(['Bến Tre: dừa']);
    const updated = room.newsroom.articles.get(first.id).updatedAt;
    expect(headlines(await search(room, 'ben tre', { updatedFrom: updated }))).toEqual(['Bến Tre: dừa']);
    expect(headlines(await search(room, 'ben tre', { updatedBefore: updated }))).toEqual(['Bến Tre: lễ hội']);
  });
});

describe('the index follows every save in the same transaction', () => {
  test('edits, deletes and restores', async () => {
    const room = await open();
    const article = await write(room, 'Trà Vinh', 'Chùa Khmer.');
    room.newsroom.articles.update(article.id, 1, { headline: 'Vĩnh Long', body: bodyFromPlainText('Cầu Mỹ Thuận.') });

    expect(headlines(await search(room, 'tra vinh'))).toEqual([]);
    expect(headlines(await search(room, 'khmer'))).toEqual([]);
    expect(headlines(await search(room, 'my thuan'))).toEqual(['Vĩnh Long']);

    room.newsroom.articles.softDelete(article.id, 2);
    expect(headlines(await search(room, 'vinh long'))).toEqual([]);

    const restored = await call<Article>(room, 'articles.restore', { id: article.id, expectedVersion: 3 });
    expect(restored.version).toBe(4);
    expect(headlines(await search(room, 'vinh long'))).toEqual(['Vĩnh Long']);
  });

  test('a save that fails leaves the index as it was', async () => {
    const room = await open();
    const article = await write(room, 'An Giang');
    const stale = await saveStory(room, article.id, 5, { headline: 'Long Xuyên' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(headlines(await search(room, 'an giang'))).toEqual(['An Giang']);
    expect(headlines(await search(room, 'long xuyen'))).toEqual([]);
  });

  test('the index survives a restart', async () => {
    const room = await open();
    await write(room, 'Cần Thơ: chợ nổi');
    const reopened = await restart(room);
    expect(headlines(await search(reopened, 'can tho'))).toEqual(['Cần Thơ: chợ nổi']);
  });
});

describe('upgrading to the search schema', () => {
  test('articles written before the search migration are indexed and counted by it', async () => {
    const dataDir = makeTempDir();
    const file = join(dataDir, DATABASE_FILE);
    const old = openDatabase(file, MIGRATIONS.slice(0, 2), silentLogger);
    const insert = old.prepare(
      `INSERT INTO articles (id, headline, body_json, created_at, updated_at, deleted_at)
       VALUES (?, ?, ?, '2024-06-28T00:00:00.000Z', '2024-06-28T00:00:00.000Z', ?)`,
    );
    insert.run('0190a1b2-0000-7000-8000-000000000001', 'Sóc Trăng', JSON.stringify(bodyFromPlainText('Lễ hội Oóc Om Bóc.')), null);
    insert.run('0190a1b2-0000-7000-8000-000000000002', 'Sóc Trăng xóa', JSON.stringify(bodyFromPlainText('')), '2024-06-28T01:00:00.000Z');
    old.close();

    const room = rooms.keep(openTempNewsroom({ dataDir }));
    await room.addUser({ username: 'tester', roles: ['reporter'] });
    await room.signIn('tester');
    expect(headlines(await search(room, 'ooc om boc'))).toEqual(['Sóc Trăng']);
    expect(headlines(await search(room, 'soc trang'))).toEqual(['Sóc Trăng']);
    expect(room.newsroom.desk.counts('0190a1b2-0000-7000-8000-00000000ffff')).toMatchObject({ all: 1, byStatus: { draft: 1 } });
  });
});
