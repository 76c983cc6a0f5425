import { createHash } from 'node:crypto';
import { openSync, readdirSync, readFileSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { backupDatabasePath, newestGoodBackup } from '../../src/main/core/backups/backup-files';
import { BACKUP_RETENTION, backupsToRemove, DAY_MS, HOUR_MS } from '../../src/main/core/backups/backup-retention';
import { replaceDamagedDatabase } from '../../src/main/core/backups/backup-store';
import { DatabaseCorruptError } from '../../src/main/core/db/open-database';
import { silentLogger } from '../../src/shared/node/logger';
import { DATABASE_FILE, openNewsroom } from '../../src/main/core/newsroom';
import type { Article } from '../../src/shared/domain/article';
import { bodyFromPlainText, plainTextFromBody } from '../../src/shared/domain/article-body';
import type { BackupSummary } from '../../src/shared/domain/backup';
import { photoLikeJpeg } from '../helpers/photo-files';
import { callOk, confSettings, openSignedInNewsroom, saveStory, signedInRooms, type TempNewsroom } from '../helpers/temp-newsroom';

const rooms = signedInRooms();
afterEach(() => rooms.cleanup());

/** A clock the test moves by hand. */
const handClock = (start = '2026-12-01T08:00:00.000Z') => {
  let now = Date.parse(start);
  return { now: () => new Date(now), advance: (ms: number) => void (now += ms) };
};

const story = (room: TempNewsroom, headline: string, text = headline) =>
  callOk<Article>(room, 'articles.create', { headline, sapo: '', category: 'Tin tức', body: bodyFromPlainText(text) });
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

test('"Sao lưu ngay" makes a sound copy with the online backup API and records the photos it needs', async () => {
  const room = rooms.keep(await openSignedInNewsroom());
  await story(room, 'Lúa chín ở Đồng Tháp');
  const { photo } = await room.newsroom.media.importPhoto(await photoLikeJpeg(300, 200), 'lua.jpg', null);

  const backup = await callOk<BackupSummary>(room, 'backups.create', {});
  expect(backup).toMatchObject({ kind: 'manual', photoCount: 1, missingPhotos: 0 });
  const copy = new DatabaseConstructor(backupDatabasePath(room.dataDir, backup.id), { readonly: true });
  expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(copy.prepare('SELECT headline FROM articles').pluck().all()).toEqual(['Lúa chín ở Đồng Tháp']);
  copy.close();
  const manifest = JSON.parse(readFileSync(join(room.dataDir, 'backups', `${backup.id}.json`), 'utf8')) as { photos: string[] };
  expect(manifest.photos).toEqual([photo.id]);

  // A photo file the backup needs goes missing: the list says so.
  for (const name of readdirSync(join(room.dataDir, 'media', 'originals'))) rmSync(join(room.dataDir, 'media', 'originals', name));
  expect(await callOk<BackupSummary[]>(room, 'backups.list', {})).toMatchObject([{ id: backup.id, photoCount: 1, missingPhotos: 1 }]);
});

test('"Khôi phục từ bản sao lưu" puts the backup back into the open newsroom and keeps today\'s data as a backup first', async () => {
  const room = rooms.keep(await openSignedInNewsroom());
  const kept = await story(room, 'Bản trước khi sao lưu');
  const backup = await callOk<BackupSummary>(room, 'backups.create', {});
  expect(await saveStory(room, kept.id, kept.version, { headline: 'Bản sửa sau đó' })).toMatchObject({ ok: true });
  await story(room, 'Bài viết sau khi sao lưu');

  const { restored, safetyCopy } = await callOk<{ restored: BackupSummary; safetyCopy: BackupSummary }>(room, 'backups.restore', { id: backup.id });
  expect(restored.id).toBe(backup.id);
  expect(safetyCopy.kind).toBe('before-restore');
  // The same open core reads the restored data.
  expect(room.newsroom.desk.list({}).items.map((article) => article.headline)).toEqual(['Bản trước khi sao lưu']);
  const before = new DatabaseConstructor(backupDatabasePath(room.dataDir, safetyCopy.id), { readonly: true });
  expect(before.prepare('SELECT headline FROM articles ORDER BY headline').pluck().all()).toEqual(['Bài viết sau khi sao lưu', 'Bản sửa sau đó']);
  before.close();
  // And after a restart too.
  const again = await rooms.restart(room);
  expect(again.newsroom.desk.list({}).items.map((article) => article.headline)).toEqual(['Bản trước khi sao lưu']);
});

test('backups are admin-only calls, and a restore takes only an id from the list', async () => {
  const room = rooms.keep(await openSignedInNewsroom({ roles: ['reporter', 'editor', 'managing_editor', 'editor_in_chief', 'photographer'] }));
  for (const [name, input] of [['backups.list', {}], ['backups.create', {}], ['backups.restore', { id: '2026-12-03T11-32-41-000Z-hourly' }]] as const) {
    expect(await room.call(name, input)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  }
  const admin = rooms.keep(await openSignedInNewsroom({ roles: ['admin'] }));
  expect(await admin.call('backups.restore', { id: '../newsdesk' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  expect(await admin.call('backups.restore', { id: '2026-12-03T11-32-41-000Z-hourly' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
});

test('rolling backups: hourly while the newsroom changes, one a day kept 14 days, sizes bounded', async () => {
  const clock = handClock();
  const room = rooms.keep(await openSignedInNewsroom({ clock }));
  const kinds = async () => (await room.newsroom.backups.tick()).map((backup) => backup.kind);

  expect(await kinds()).toEqual(['daily']);
  clock.advance(10 * 60_000);
  await story(room, 'Tin sáng');
  expect(await kinds()).toEqual([]); // the last backup is not an hour old yet
  clock.advance(HOUR_MS);
  expect(await kinds()).toEqual(['hourly']);
  clock.advance(HOUR_MS);
  expect(await kinds()).toEqual([]); // nothing changed: no copy of the same data
  // 16 days, a story a day: more daily backups than are kept (hourly counts: next test).
  for (let day = 0; day < 16; day += 1) {
    clock.advance(DAY_MS);
    await story(room, `Tin ${day}`);
    await room.newsroom.backups.tick();
  }
  const all = room.newsroom.backups.list();
  const count = (kind: string) => all.filter((backup) => backup.kind === kind).length;
  expect(count('daily')).toBe(BACKUP_RETENTION.daily);
  expect(count('hourly')).toBe(1);
  const daily = all.filter((backup) => backup.kind === 'daily');
  expect(daily.every((backup) => clock.now().getTime() - Date.parse(backup.createdAt) <= 14 * DAY_MS)).toBe(true);
  // Files on disk: exactly the listed backups, each with its manifest, nothing half-made.
  expect(readdirSync(join(room.dataDir, 'backups')).sort()).toEqual(all.flatMap((backup) => [`${backup.id}.json`, `${backup.id}.sqlite`]).sort());
});

test('a day of hourly backups is kept, older hourly ones go', () => {
  const now = new Date('2026-12-03T00:00:00.000Z');
  const hourly = Array.from({ length: 30 }, (_, index) => ({ id: `h${index}`, kind: 'hourly' as const, createdAt: new Date(now.getTime() - index * HOUR_MS).toISOString(), bytes: 100 }));
  expect(backupsToRemove(hourly, now).map((backup) => backup.id)).toEqual(['h24', 'h25', 'h26', 'h27', 'h28', 'h29']);
});

test('the byte limit removes the oldest backups first and never the newest', () => {
  const now = new Date('2026-12-03T00:00:00.000Z');
  const backups = Array.from({ length: 6 }, (_, index) => ({ id: `b${index}`, kind: 'manual' as const, createdAt: new Date(now.getTime() - index * HOUR_MS).toISOString(), bytes: 100 }));
  expect(backupsToRemove(backups, now, 350).map((backup) => backup.id)).toEqual(['b3', 'b4', 'b5']);
  expect(backupsToRemove(backups.slice(0, 1), now, 10)).toEqual([]);
});

/** Overwrites whole pages in the middle of the file, as a failing disk or a stray write would. */
function damagePages(file: string, pageSize: number, pages: number[]): void {
  const handle = openSync(file, 'r+');
  for (const page of pages) writeSync(handle, Buffer.alloc(pageSize, 0xa5), 0, pageSize, page * pageSize);
  closeSync(handle);
}

test('a database damaged on disk is refused at start-up, unchanged; the newest good backup replaces it and the damaged file is moved aside', async () => {
  const room = await openSignedInNewsroom();
  for (let index = 0; index < 40; index += 1) await story(room, `Bài số ${index}`, 'Nội dung dài. '.repeat(200));
  const backup = await room.newsroom.backups.create('manual');
  await story(room, 'Bài sau bản sao lưu');
  room.newsroom.close();
  const file = join(room.dataDir, DATABASE_FILE);
  const pageSize = 4096;
  damagePages(file, pageSize, [3, 4, Math.floor(statSync(file).size / pageSize / 2)]);
  const damaged = sha256(file);

  const open = () => openNewsroom({ dataDir: room.dataDir, clock: room.newsroom.clock, logger: silentLogger, settings: confSettings(room.dataDir) });
  expect(open).toThrow(DatabaseCorruptError);
  expect(open).toThrow(/damaged/);
  expect(sha256(file)).toBe(damaged); // never opened for writing

  const offered = newestGoodBackup(room.dataDir);
  expect(offered?.id).toBe(backup.id);
  const aside = replaceDamagedDatabase(room.dataDir, file, offered!, new Date());
  expect(sha256(join(aside, DATABASE_FILE))).toBe(damaged); // kept, not deleted

  const reopened = open();
  try {
    expect(reopened.desk.list({ limit: 100 }).items).toHaveLength(40);
    const [first] = reopened.desk.list({ limit: 1 }).items;
    expect(plainTextFromBody(reopened.articles.get(first!.id).body)).toContain('Nội dung dài.');
  } finally {
    reopened.close();
    rmSync(room.dataDir, { recursive: true, force: true });
  }
});

test('a damaged backup is not offered', async () => {
  const room = rooms.keep(await openSignedInNewsroom());
  await story(room, 'Tin');
  const older = await room.newsroom.backups.create('manual');
  for (let index = 0; index < 20; index += 1) await story(room, `Bài ${index}`, 'chữ '.repeat(400));
  const newer = await room.newsroom.backups.create('manual');
  damagePages(backupDatabasePath(room.dataDir, newer.id), 4096, [2, 3]);
  expect(newestGoodBackup(room.dataDir)?.id).toBe(older.id);
  expect(await room.call('backups.restore', { id: newer.id })).toMatchObject({ ok: false, error: { code: 'validation' } });
});
