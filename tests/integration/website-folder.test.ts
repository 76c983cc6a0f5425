import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createWebsiteFolderDestination } from '../../src/main/core/publishing/destinations/website/website-folder';
import type { Destination } from '../../src/main/core/publishing/destinations/destination';
import type { Article } from '../../src/shared/domain/article';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import { payloadOf, publishedArticle } from '../helpers/published-article';
import type { OutboxAction } from '../../src/shared/domain/outbox';
import type { PublicationPayload } from '../../src/shared/domain/publication-payload';
import { makeTempDir, openSignedInNewsroom } from '../helpers/temp-newsroom';
import { createWebsiteDestination } from '../../src/main/core/publishing/destinations/website/website-destination';
import { publishedRendition } from '../../src/main/core/media/published-rendition';
import { publishedPhotoFile } from '../../src/shared/render/published-photo';
import type { SerializedPhotoNode } from '../../src/shared/editor/serialized-nodes';
import { photoLikeJpeg } from '../helpers/photo-files';
import sharp from 'sharp';
import { readPhotoMetadata } from '../../src/main/core/media/metadata/read-photo-metadata';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
const tempFolder = () => {
  const folder = makeTempDir('newsdesk-site-');
  folders.push(folder);
  return folder;
};

const CATEGORY_PATHS: Record<string, string> = { 'Tin tức': 'tin-tuc', 'Kinh tế': 'kinh-te' };

function site(folder: string): Destination {
  return createWebsiteFolderDestination({
    id: 'website',
    folder,
    pathsFor: (payload) => {
      const category = CATEGORY_PATHS[payload.article.category] ?? 'khac';
      return { category, page: `${category}/${payload.article.headline.length > 10 ? 'bai-dai' : 'bai'}.html` };
    },
    ninjs: (payload) => ({ uri: payload.article.id, headline: payload.article.headline }),
    photo: () => Promise.resolve(null),
  });
}

let counter = 0;
function payloadFor(overrides: Partial<Article> = {}, correctionNotice: string | null = null): PublicationPayload {
  counter += 1;
  return payloadOf(publishedArticle({ id: `0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f${String(counter).padStart(4, '0')}`, ...overrides }), correctionNotice);
}

const deliver = (destination: Destination, action: OutboxAction, payload: PublicationPayload) =>
  destination.deliver({ action, articleId: payload.article.id, articleVersion: payload.article.version, idempotencyKey: 'k', payload, remoteId: null, signal: AbortSignal.timeout(5_000) });

const read = (folder: string, path: string) => readFileSync(join(folder, path), 'utf8');

describe('the website folder', () => {
  test('a published story gets its page (the shared renderer’s HTML in the site layout), its ninjs, and index entries', async () => {
    const folder = tempFolder();
    const destination = site(folder);
    const payload = payloadFor();
    expect(await deliver(destination, 'publish', payload)).toEqual({ remoteId: 'tin-tuc/bai-dai.html', remoteUrl: 'tin-tuc/bai-dai.html' });

    const page = read(folder, 'tin-tuc/bai-dai.html');
    expect(page).toContain(payload.html);
    expect(page).toContain('<title>Cụm thi đua số 9 - Báo Bạc Liêu</title>');
    expect(page).toContain('<link rel="stylesheet" href="../assets/site.css">');
    expect(JSON.parse(read(folder, 'tin-tuc/bai-dai.html.json'))).toEqual({ uri: payload.article.id, headline: 'Cụm thi đua số 9' });
    expect(read(folder, 'tin-tuc/index.html')).toContain('<a href="../tin-tuc/bai-dai.html">Cụm thi đua số 9</a>');
    expect(read(folder, 'index.html')).toContain('<a href="tin-tuc/bai-dai.html">Cụm thi đua số 9</a>');
    expect(read(folder, 'index.html')).toContain('Thứ Bảy, 29/06/2024 | 16:49');
    expect(existsSync(join(folder, 'assets/site.css'))).toBe(true);
  });

  test('a correction rewrites the page with the notice', async () => {
    const folder = tempFolder();
    const destination = site(folder);
    const payload = payloadFor();
    await deliver(destination, 'publish', payload);
    const corrected = { ...payloadFor({ id: payload.article.id, body: bodyFromPlainText('Đã sửa.') }, 'Thông tin cải chính, xin lỗi\nBài có sai sót.') };
    await deliver(destination, 'correct', corrected);
    const page = read(folder, 'tin-tuc/bai-dai.html');
    expect(page).toContain('<p>Thông tin cải chính, xin lỗi</p>');
    expect(page).toContain('Đã sửa.');
    expect(page).not.toContain('Tham dự hội nghị.');
  });

  test('unpublishing removes the page and its index entries, and is safe to repeat', async () => {
    const folder = tempFolder();
    const destination = site(folder);
    const kept = payloadFor({ headline: 'Bài khác', category: 'Kinh tế' });
    const removed = payloadFor();
    await deliver(destination, 'publish', kept);
    await deliver(destination, 'publish', removed);
    await deliver(destination, 'unpublish', removed);
    await deliver(destination, 'unpublish', removed);
    expect(existsSync(join(folder, 'tin-tuc/bai-dai.html'))).toBe(false);
    expect(existsSync(join(folder, 'tin-tuc/bai-dai.html.json'))).toBe(false);
    expect(existsSync(join(folder, 'tin-tuc/index.html'))).toBe(false);
    expect(read(folder, 'index.html')).not.toContain('Cụm thi đua số 9');
    expect(read(folder, 'index.html')).toContain('Bài khác');
  });

  test('two stories with the same path never overwrite each other; a moved story leaves no old page', async () => {
    const folder = tempFolder();
    const destination = site(folder);
    const first = payloadFor();
    const second = payloadFor();
    await deliver(destination, 'publish', first);
    const { remoteId } = await deliver(destination, 'publish', second);
    expect(remoteId).toBe(`tin-tuc/bai-dai-${second.article.id.slice(-8)}.html`);
    expect(JSON.parse(read(folder, 'tin-tuc/bai-dai.html.json'))).toMatchObject({ uri: first.article.id });
    expect(JSON.parse(read(folder, `${remoteId}.json`))).toMatchObject({ uri: second.article.id });

    await deliver(destination, 'update', { ...first, article: { ...first.article, category: 'Kinh tế' } });
    expect(existsSync(join(folder, 'tin-tuc/bai-dai.html'))).toBe(false);
    expect(existsSync(join(folder, 'kinh-te/bai-dai.html'))).toBe(true);
  });

  test('a folder that cannot be written is a retryable delivery error', async () => {
    const folder = tempFolder();
    const destination = site(folder);
    rmSync(folder, { recursive: true });
    // A file where the category folder should be: every write into it fails.
    const { writeFileSync, mkdirSync } = await import('node:fs');
    mkdirSync(folder);
    writeFileSync(join(folder, 'tin-tuc'), 'not a folder');
    await expect(deliver(destination, 'publish', payloadFor())).rejects.toMatchObject({ name: 'DeliveryError', retryable: true });
  });
});

test('a process killed while writing pages leaves only whole pages, and the leftovers are cleaned', async () => {
  const folder = tempFolder();
  const script = resolve(import.meta.dirname, '../fixtures/processes/write-pages-until-killed.mjs');
  for (let run = 0; run < 5; run += 1) {
    const child = spawn(process.execPath, [script, folder], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((started) => child.stdout.once('data', () => started()));
    await new Promise((wait) => setTimeout(wait, 20 + run * 37));
    child.kill('SIGKILL');
    await new Promise((exited) => child.once('exit', exited));

    for (const name of readdirSync(folder).filter((file) => file.endsWith('.html'))) {
      const page = read(folder, name);
      expect(page.startsWith('<!doctype html>\n')).toBe(true);
      expect(page.endsWith('</body></html>\n')).toBe(true);
    }
  }
  site(folder);
  expect(readdirSync(folder).filter((name) => name.startsWith('.newsdesk-tmp-'))).toEqual([]);
  expect(readdirSync(folder).filter((name) => name.endsWith('.html')).sort()).toEqual(['trang-0.html', 'trang-1.html', 'trang-2.html', 'trang-3.html', 'trang-4.html']);
});

describe('photos in the published site', () => {
  const withPhoto = (mediaId: string, caption: string, credit: string): Partial<Article> => {
    const photo: SerializedPhotoNode = { type: 'photo', version: 1, mediaId, caption, credit, altText: 'Ruộng lúa', width: 1600, height: 1067 };
    const body = bodyFromPlainText('Đoạn văn.');
    return { body: { root: { ...body.root, children: [...body.root.children, photo] } } };
  };

  test('one photo captioned differently by two stories is published as two files, each page pointing at its own', async () => {
    const room = await openSignedInNewsroom();
    try {
      const { photo } = await room.newsroom.media.importPhoto(await photoLikeJpeg(2400, 1600), 'lua.jpg', null);
      const folder = tempFolder();
      const destination = createWebsiteDestination({ siteFolder: folder, photo: publishedRendition(room.newsroom.media) });
      const first = payloadFor({ headline: 'Bài một', ...withPhoto(photo.id, 'Lúa chín ở Đồng Tháp', 'Đ.K.C') });
      const second = payloadFor({ headline: 'Bài hai', category: 'Kinh tế', ...withPhoto(photo.id, 'Giá lúa tăng', 'T.L') });
      await deliver(destination, 'publish', first);
      await deliver(destination, 'publish', second);

      const firstFile = publishedPhotoFile({ mediaId: photo.id, caption: 'Lúa chín ở Đồng Tháp', credit: 'Đ.K.C' })!;
      const secondFile = publishedPhotoFile({ mediaId: photo.id, caption: 'Giá lúa tăng', credit: 'T.L' })!;
      expect(readdirSync(join(folder, 'media')).sort()).toEqual([firstFile, secondFile].sort());
      expect(read(folder, 'tin-tuc/cum-thi-dua-so-9.html')).toContain(`src="../media/${firstFile}"`);
      expect(read(folder, 'kinh-te/cum-thi-dua-so-9.html')).toContain(`src="../media/${secondFile}"`);
      const ninjs = JSON.parse(read(folder, 'kinh-te/cum-thi-dua-so-9.html.json')) as { associations: { renditions: { href: string }[] }[] };
      expect(ninjs.associations[0]!.renditions[0]!.href.endsWith(`/media/${secondFile}`)).toBe(true);
      const published = await sharp(readFileSync(join(folder, 'media', secondFile))).metadata();
      expect([published.format, published.width, published.height]).toEqual(['jpeg', 1600, 1067]);

      // Each published file carries its story's caption and credit, and the library's creator and
      // copyright, in XMP and IPTC (read back by the same MWG reader the import uses).
      room.newsroom.media.update(photo.id, 1, { creator: 'Đặng Kim Cương', copyright: '© Báo Bạc Liêu' }, room.user);
      await deliver(destination, 'update', second);
      const credits = await readPhotoMetadata(readFileSync(join(folder, 'media', secondFile)));
      expect(credits).toMatchObject({ caption: 'Giá lúa tăng', credit: 'T.L', creator: 'Đặng Kim Cương', copyright: '© Báo Bạc Liêu' });
      expect((await readPhotoMetadata(readFileSync(join(folder, 'media', firstFile)))).caption).toBe('Lúa chín ở Đồng Tháp');
    } finally {
      room.cleanup();
    }
  });

  test('the folder asks for each photo as the story uses it (its caption and credit), and skips unknown ones', async () => {
    const folder = tempFolder();
    const asked: SerializedPhotoNode[] = [];
    const destination = createWebsiteFolderDestination({
      id: 'website',
      folder,
      pathsFor: () => ({ category: 'tin-tuc', page: 'tin-tuc/bai.html' }),
      ninjs: () => ({}),
      photo: (photo) => {
        asked.push(photo);
        return Promise.resolve(photo.caption === 'Biết' ? new Uint8Array([0xff, 0xd8, 0xff, 0xd9]) : null);
      },
    });
    await deliver(destination, 'publish', payloadFor(withPhoto('e'.repeat(64), 'Biết', 'A')));
    await deliver(destination, 'publish', payloadFor(withPhoto('f'.repeat(64), 'Lạ', 'B')));
    expect(asked.map((photo) => [photo.mediaId[0], photo.caption, photo.credit])).toEqual([['e', 'Biết', 'A'], ['f', 'Lạ', 'B']]);
    expect(readdirSync(join(folder, 'media'))).toEqual([publishedPhotoFile({ mediaId: 'e'.repeat(64), caption: 'Biết', credit: 'A' })]);
  });
});
