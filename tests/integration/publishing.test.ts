import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { publishedPhotoFile } from '../../src/shared/render/published-photo';
import { createNinjsValidator } from '../../src/main/core/publishing/ninjs/ninjs-validator';
import type { PublishingRunner } from '../../src/main/core/publishing/publishing-runner';
import type { Article, ArticleFields } from '../../src/shared/domain/article';
import type { User } from '../../src/shared/domain/user';
import { photosInBody } from '../../src/shared/editor/photos-in-body';
import { loadSeedArticle, SEED_SLUG, seedArticleWithPhoto } from '../helpers/seed-article';
import { openTempNewsroom, type TempNewsroom } from '../helpers/temp-newsroom';

let room: TempNewsroom;
let runner: PublishingRunner;
let online = true;
let editor: User;
let chief: User;
let siteFolder: string;

beforeEach(async () => {
  // Publishing happens at 16:49 on 29/06/2024, Vietnam time, as on the seed's page.
  online = true;
  room = openTempNewsroom({ clock: { now: () => new Date('2024-06-29T09:49:00.000Z') }, isOnline: () => online });
  room.newsroom.info.setName('Báo Bạc Liêu');
  editor = await room.addUser({ username: 'bientap', roles: ['editor', 'reporter'] });
  chief = await room.addUser({ username: 'tongbientap', roles: ['editor_in_chief'] });
  siteFolder = join(room.dataDir, 'website');
  runner = room.newsroom.publishing;
});
afterEach(() => room.cleanup());

/** The seed article as a reporter would have written it, its photo imported from a real JPEG. */
const seedFields = (): Promise<ArticleFields> => seedArticleWithPhoto(room.newsroom.media);

async function publishedSeed(): Promise<Article> {
  const { workflow } = room.newsroom;
  let story = workflow.create(await seedFields(), editor);
  for (const [action, actor] of [['submit', editor], ['claim', editor], ['approve', editor], ['publish', chief]] as const) {
    story = workflow.transition({ articleId: story.id, action, expectedVersion: story.version }, actor);
  }
  return story;
}

const PAGE = `tin-tuc/${SEED_SLUG}.html`;
const textOf = (html: string) => html.replace(/<[^>]+>/g, '\n').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('publishing to the website folder', () => {
  test('the publish step queues the delivery in its own transaction, and the runner writes the seed’s page', async () => {
    const story = await publishedSeed();
    expect(room.newsroom.outbox.forArticle(story.id)).toMatchObject([{ destinationId: 'website', action: 'publish', state: 'pending' }]);

    await runner.tick();
    expect(room.newsroom.outbox.forArticle(story.id)).toMatchObject([{ state: 'sent', remoteId: PAGE }]);

    // The page holds the seed's parts, in the seed's order, with its exact texts.
    const seed = loadSeedArticle();
    const text = textOf(readFileSync(join(siteFolder, PAGE), 'utf8'));
    const parts = [
      seed.category,
      seed.headline,
      seed.published_display,
      seed.sapo,
      ...seed.body.flatMap((part) => (part.type === 'paragraph' ? [part.text] : [part.caption, part.credit])),
      seed.byline.display,
    ];
    let from = 0;
    for (const part of parts) {
      const at = text.indexOf(part, from);
      expect(at, `"${part.slice(0, 40)}…" in order`).toBeGreaterThanOrEqual(from);
      from = at + part.length;
    }

    // Beside the page: the ninjs document (valid 2.2) and the photo's web rendition.
    const ninjs = JSON.parse(readFileSync(join(siteFolder, `${PAGE}.json`), 'utf8')) as { associations: { renditions: { href: string }[] }[] };
    expect(createNinjsValidator()(ninjs).errors).toEqual([]);
    const [photo] = photosInBody(room.newsroom.articles.get(story.id).body);
    // Named for the photo and the caption and credit this story gives it (written into the file).
    const photoFile = publishedPhotoFile(photo!)!;
    expect(photoFile.startsWith(photo!.mediaId)).toBe(true);
    expect(existsSync(join(siteFolder, 'media', photoFile))).toBe(true);
    expect(readFileSync(join(siteFolder, PAGE), 'utf8')).toContain(`src="../media/${photoFile}"`);
    expect(ninjs.associations[0]!.renditions[0]!.href).toMatch(new RegExp(`/media/${photoFile}$`));
    expect(readFileSync(join(siteFolder, 'tin-tuc/index.html'), 'utf8')).toContain(seed.headline);
  });

  test('a correction rewrites the page with the notice; unpublishing takes it down and keeps the record', async () => {
    const story = await publishedSeed();
    await runner.tick();
    const { workflow } = room.newsroom;
    const corrected = workflow.transition({ articleId: story.id, action: 'correct', expectedVersion: story.version, correction: 'Sửa tỷ lệ hoàn thành.' }, chief);
    await runner.tick();
    expect(readFileSync(join(siteFolder, PAGE), 'utf8')).toContain('<p>Thông tin cải chính, xin lỗi</p>');

    workflow.transition({ articleId: story.id, action: 'unpublish', expectedVersion: corrected.version }, chief);
    await runner.tick();
    expect(existsSync(join(siteFolder, PAGE))).toBe(false);
    expect(room.newsroom.outbox.forArticle(story.id).map((job) => [job.action, job.state])).toEqual([
      ['publish', 'sent'],
      ['correct', 'sent'],
      ['unpublish', 'sent'],
    ]);
    expect(room.newsroom.publications.forArticle(story.id)).toHaveLength(2);
  });

  test('offline, the delivery waits; back online, it goes', async () => {
    online = false;
    const story = await publishedSeed();
    await runner.tick();
    expect(room.newsroom.outbox.forArticle(story.id)).toMatchObject([{ state: 'pending', attempts: 0 }]);
    expect(existsSync(join(siteFolder, PAGE))).toBe(false);
    online = true;
    await runner.tick();
    expect(existsSync(join(siteFolder, PAGE))).toBe(true);
  });
});
