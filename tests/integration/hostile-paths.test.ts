import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { silentLogger } from '../../src/shared/node/logger';
import { DATABASE_FILE, openNewsroom } from '../../src/main/core/newsroom';
import { DeliveryError, type Destination } from '../../src/main/core/publishing/destinations/destination';
import { createWebsiteFolderDestination } from '../../src/main/core/publishing/destinations/website/website-folder';
import { containedPath, UnsafePathError } from '../../src/shared/node/contained-path';
import type { PublicationPayload } from '../../src/shared/domain/publication-payload';
import { steppingClock } from '../helpers/clocks';
import { photoLikeJpeg } from '../helpers/photo-files';
import { payloadOf, publishedArticle } from '../helpers/published-article';
import { confSettings, makeTempDir, openSignedInNewsroom, type TempNewsroom } from '../helpers/temp-newsroom';

/**
 * Hostile paths and names wherever the core takes one: photo import's file name, the website
 * folder's pages, photos and manifest, and the data directory's own files. Real files and real
 * symbolic links in temp folders.
 */

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});
const tempFolder = (prefix = 'newsdesk-paths-') => {
  const folder = makeTempDir(prefix);
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
};

/** Everything under a folder, as relative paths (links listed, not followed). */
const listing = (folder: string) => readdirSync(folder, { recursive: true }).map(String).sort();

describe('containedPath', () => {
  test.each([
    ['../outside.html', 'parent_segment'],
    ['tin-tuc/../../outside.html', 'parent_segment'],
    ['/etc/passwd', 'absolute'],
    ['C:/Windows/win.ini', 'absolute'],
    ['tin-tuc\\..\\..\\outside.html', 'bad_segment'],
    ['tin-tuc//bai.html', 'bad_segment'],
    ['tin-tuc/bai\u0000.html', 'bad_segment'],
    ['tin-tuc/bai\n.html', 'bad_segment'],
    ['tin-tuc/\u202Elmth.exe', 'bad_segment'],
    ['./bai.html', 'bad_segment'],
  ])('%j is refused (%s)', (path, reason) => {
    const root = tempFolder();
    expect(() => containedPath(root, path)).toThrow(expect.objectContaining({ name: 'UnsafePathError', reason }));
  });

  test('a link that stays inside is fine; one that leads out is refused, for folders and files alike', () => {
    const root = tempFolder();
    const outside = tempFolder('newsdesk-outside-');
    mkdirSync(join(root, 'real'));
    symlinkSync(join(root, 'real'), join(root, 'alias'));
    symlinkSync(outside, join(root, 'escape'));
    writeFileSync(join(outside, 'secret.txt'), 'x');
    symlinkSync(join(outside, 'secret.txt'), join(root, 'file-link.txt'));

    expect(containedPath(root, 'real/bài mới.html')).toBe(join(root, 'real', 'bài mới.html'));
    expect(containedPath(root, 'alias/bai.html')).toBe(join(root, 'alias', 'bai.html'));
    expect(() => containedPath(root, 'escape/bai.html')).toThrow(UnsafePathError);
    expect(() => containedPath(root, 'escape/new/deeper/bai.html')).toThrow(/symbolic link takes it outside/);
    expect(() => containedPath(root, 'file-link.txt')).toThrow(UnsafePathError);
  });
});

describe('photo import refuses file names that are not plain names', () => {
  let room: TempNewsroom;
  afterEach(() => room.cleanup());

  test.each([
    ['../../../etc/cron.d/anh.jpg'],
    ['anh/../../x.jpg'],
    ['C:\\Users\\anh.jpg'],
    ['anh\u0000.jpg'],
    ['ảnh\nlevel=error message=forged.jpg'],
    ['\u202Egpj.exe'],
    ['..'],
  ])('%j: a typed refusal, and nothing is stored', async (fileName) => {
    room = await openSignedInNewsroom();
    const data = new Uint8Array(await photoLikeJpeg(64, 48));
    const result = await room.call('media.importPhoto', { fileName, data });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', photoRefusal: 'bad_file_name' } });
    expect(room.newsroom.media.counts()).toMatchObject({ all: 0 });
    expect(listing(join(room.dataDir, 'media')).filter((path) => path.includes('.'))).toEqual([]);
  });

  test('an ordinary Vietnamese file name with spaces is taken', async () => {
    room = await openSignedInNewsroom();
    const data = new Uint8Array(await photoLikeJpeg(64, 48));
    const result = await room.call('media.importPhoto', { fileName: 'Hội nghị thi đua (1).jpg', data });
    expect(result).toMatchObject({ ok: true, value: { photo: { fileName: 'Hội nghị thi đua (1).jpg' } } });
  });
});

describe('the website folder never writes or removes outside itself', () => {
  const site = (folder: string): Destination =>
    createWebsiteFolderDestination({
      id: 'website',
      folder,
      pathsFor: () => ({ category: 'tin-tuc', page: 'tin-tuc/bai.html' }),
      ninjs: (payload) => ({ uri: payload.article.id }),
      photo: () => Promise.resolve(null),
    });
  const payload = (): PublicationPayload => payloadOf(publishedArticle({ id: '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f0001' }));
  const deliver = (destination: Destination, action: 'publish' | 'unpublish', body: PublicationPayload) =>
    destination.deliver({
      action,
      articleId: body.article.id,
      articleVersion: body.article.version,
      idempotencyKey: 'k',
      payload: body,
      remoteId: null,
      signal: AbortSignal.timeout(5_000),
    });

  test('a manifest edited to point out of the site: unpublishing refuses, for good, and the file outside stays', async () => {
    const parent = tempFolder();
    const folder = join(parent, 'website');
    const victim = join(parent, 'victim.html');
    writeFileSync(victim, 'not ours');
    const destination = site(folder);
    const story = payload();
    await deliver(destination, 'publish', story);

    const manifestFile = join(folder, '.newsdesk-site.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, { path: string }>;
    manifest[story.article.id]!.path = '../victim.html';
    writeFileSync(manifestFile, JSON.stringify(manifest));

    const failure = await deliver(destination, 'unpublish', story).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeliveryError);
    expect(failure).toMatchObject({ retryable: false, message: expect.stringMatching(/may not contain "\.\." segments/) });
    expect(readFileSync(victim, 'utf8')).toBe('not ours');
  });

  test('a category folder that is a link out of the site: publishing refuses and writes nothing there', async () => {
    const folder = tempFolder();
    const outside = tempFolder('newsdesk-outside-');
    symlinkSync(outside, join(folder, 'tin-tuc'));

    const failure = await deliver(site(folder), 'publish', payload()).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'DeliveryError', retryable: false, message: expect.stringMatching(/symbolic link/) });
    expect(readdirSync(outside)).toEqual([]);
  });
});

describe('the data directory’s own files may not be links out of it', () => {
  const open = (dataDir: string) => {
    const newsroom = openNewsroom({ dataDir, clock: steppingClock(), logger: silentLogger, settings: confSettings(dataDir) });
    cleanups.push(() => newsroom.close());
    return newsroom;
  };

  test('media/originals linked elsewhere: opening refuses with a clear error, nothing is written there', () => {
    const dataDir = tempFolder();
    const outside = tempFolder('newsdesk-outside-');
    mkdirSync(join(dataDir, 'media'));
    symlinkSync(outside, join(dataDir, 'media', 'originals'));
    expect(() => open(dataDir)).toThrow(expect.objectContaining({ name: 'UnsafePathError', reason: 'outside_through_link' }));
    expect(readdirSync(outside)).toEqual([]);
  });

  test('a refusal after the database opened closes it again: no WAL left behind, and the folder opens once fixed', () => {
    const dataDir = tempFolder();
    const outside = tempFolder('newsdesk-outside-');
    mkdirSync(join(dataDir, 'media'));
    symlinkSync(outside, join(dataDir, 'media', 'originals'));
    expect(() => open(dataDir)).toThrow(expect.objectContaining({ name: 'UnsafePathError' }));
    // SQLite removes the WAL file when the last connection to the database closes.
    expect(existsSync(join(dataDir, DATABASE_FILE))).toBe(true);
    expect(existsSync(join(dataDir, `${DATABASE_FILE}-wal`))).toBe(false);

    rmSync(join(dataDir, 'media', 'originals'));
    expect(open(dataDir).users.list()).toEqual([]);
  });

  test('the database file linked elsewhere: refused, the file there untouched', () => {
    const dataDir = tempFolder();
    const outside = tempFolder('newsdesk-outside-');
    writeFileSync(join(outside, 'other.sqlite'), '');
    symlinkSync(join(outside, 'other.sqlite'), join(dataDir, DATABASE_FILE));
    expect(() => open(dataDir)).toThrow(UnsafePathError);
    expect(readFileSync(join(outside, 'other.sqlite'), 'utf8')).toBe('');
  });

  test('the secrets key linked elsewhere: refused before it is read', () => {
    const dataDir = tempFolder();
    const outside = tempFolder('newsdesk-outside-');
    writeFileSync(join(outside, 'someone-elses.key'), 'k'.repeat(32));
    symlinkSync(join(outside, 'someone-elses.key'), join(dataDir, 'secrets.key'));
    expect(() => open(dataDir)).toThrow(/secrets\.key.*symbolic link/);
    expect(existsSync(join(dataDir, DATABASE_FILE))).toBe(true);
  });
});
