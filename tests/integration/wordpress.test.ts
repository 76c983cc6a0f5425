import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Clock } from '../../src/shared/clock';
import { createJsonLogger, type Logger } from '../../src/shared/node/logger';
import { articleMarker, mediaSlugOf } from '../../src/main/core/publishing/destinations/wordpress/post-fields';
import type { Article, ArticleFields } from '../../src/shared/domain/article';
import type { DestinationSummary } from '../../src/shared/domain/destination';
import type { OutboxJob } from '../../src/shared/domain/outbox';
import type { PublicationPayload } from '../../src/shared/domain/publication-payload';
import type { User } from '../../src/shared/domain/user';
import { photosInBody } from '../../src/shared/editor/photos-in-body';
import type { SerializedPhotoNode } from '../../src/shared/editor/serialized-nodes';
import { loadSeedArticle, SEED_SLUG, seedArticleFields, SHARED_FIXTURES } from '../helpers/seed-article';
import { steppingClock } from '../helpers/clocks';
import { callOk, openTempNewsroom, type TempNewsroom } from '../helpers/temp-newsroom';
import { startWordPressSite, wordPressMissing, type WordPressTestSite } from '../helpers/wordpress-site';

const missing = wordPressMissing();
if (missing) console.warn(`Skipping the WordPress tests: ${missing} (apt-get install wordpress mariadb-server php-cli php-mysql, or run .ci/run)`);

interface Post {
  id: number;
  status: string;
  link: string;
  slug: string;
  title: { raw: string };
  content: { raw: string; rendered: string };
  excerpt: { raw: string };
  categories: number[];
  tags: number[];
  featured_media: number;
}
interface Media {
  id: number;
  slug: string;
  source_url: string;
  alt_text: string;
  caption: { raw: string };
}
interface Term {
  id: number;
  name: string;
}

describe.skipIf(missing !== null)('publishing to a real WordPress', () => {
  let site: WordPressTestSite;
  let room: TempNewsroom;
  let logLines: string[];
  let logger: Logger;
  let chief: User;
  let wordpress: DestinationSummary;

  beforeAll(async () => {
    site = await startWordPressSite();
  }, 60_000);
  afterAll(() => site?.stop());

  /** A fresh newsroom with an admin and an editor-in-chief, publishing to the site. */
  async function openRoom(clock?: Clock) {
    logLines = [];
    logger = createJsonLogger((line) => logLines.push(line));
    room = openTempNewsroom(clock ? { clock, logger } : { logger });
    room.newsroom.info.setName('Báo Bạc Liêu');
    await room.addUser({ username: 'quantri', roles: ['admin'] });
    chief = await room.addUser({ username: 'tongbientap', roles: ['editor_in_chief', 'editor', 'reporter'] });
    await room.signIn('quantri');
    wordpress = await addSite(site.applicationPassword);
  }
  beforeEach(() => openRoom());
  afterEach(() => room.cleanup());

  const addSite = (password: string, name = 'Trang WordPress') =>
    callOk<DestinationSummary>(room, 'destinations.save', {
      kind: 'wordpress',
      name,
      url: site.url,
      username: site.username,
      enabled: true,
      secret: password,
    });

  const tick = () => room.newsroom.publishing.tick();

  /** The seed story with two real photos (the seed's own and a second one) and two keywords. */
  async function seedFields(): Promise<ArticleFields> {
    const { photo: first } = await room.newsroom.media.importPhoto(readFileSync(join(SHARED_FIXTURES, 'photos/IPTC.jpg')), 'IPTC.jpg', null);
    const { photo: second } = await room.newsroom.media.importPhoto(readFileSync(join(SHARED_FIXTURES, 'photos/GPS.jpg')), 'GPS.jpg', null);
    const photo = (id: string, caption: string, credit: string, altText: string): SerializedPhotoNode => ({ type: 'photo', version: 1, mediaId: id, caption, credit, altText, width: 1200, height: 800 });
    return seedArticleFields((part) => photo(first.id, part.caption, part.credit, 'Hội nghị Cụm thi đua số 9'), {
      photos: [photo(second.id, 'Thư viện tỉnh Bạc Liêu.', 'N.V.A', 'Mặt tiền thư viện')],
      keywords: ['Bạc Liêu', 'Liên hiệp Hội KH-KT'],
    });
  }

  async function publishedSeed(): Promise<Article> {
    let story = room.newsroom.workflow.create(await seedFields(), chief);
    for (const action of ['submit', 'claim', 'approve', 'publish'] as const) {
      story = room.newsroom.workflow.transition({ articleId: story.id, action, expectedVersion: story.version }, chief);
    }
    return story;
  }

  const wordpressJobs = (articleId: string): OutboxJob[] =>
    room.newsroom.outbox.forArticle(articleId).filter((job) => job.destinationId === wordpress.id);
  const post = async (id: string | number) => (await site.rest<Post>(`/wp/v2/posts/${id}`, { query: { context: 'edit' } })).body;
  const termNames = async (taxonomy: 'categories' | 'tags', ids: number[]) =>
    (await site.rest<Term[]>(`/wp/v2/${taxonomy}`, { query: { include: ids.join(','), orderby: 'include' } })).body.map((term) => term.name);
  /** Every post of this story on the site, drafts included: there must never be more than one. */
  const postsOf = async (articleId: string) =>
    (await site.rest<Post[]>('/wp/v2/posts', { query: { search: articleMarker(articleId), status: 'any', context: 'edit' } })).body;
  const mediaNamed = async (mediaId: string) => (await site.rest<Media[]>('/wp/v2/media', { query: { slug: mediaSlugOf(mediaId), context: 'edit' } })).body;

  test('the seed story becomes a post: title, sapo, figures with captions and credits, category and tags, featured image', async () => {
    const story = await publishedSeed();
    await tick();
    const [job] = wordpressJobs(story.id);
    expect(job).toMatchObject({ action: 'publish', state: 'sent', attempts: 1, remoteId: expect.stringMatching(/^\d+$/) });

    const published = await post(job!.remoteId!);
    const seed = loadSeedArticle();
    expect(published).toMatchObject({ status: 'publish', slug: SEED_SLUG, title: { raw: seed.headline }, excerpt: { raw: seed.sapo } });
    expect(job!.remoteUrl).toBe(published.link);
    expect(await termNames('categories', published.categories)).toEqual(['Tin tức']);
    expect(await termNames('tags', published.tags)).toEqual(['Bạc Liêu', 'Liên hiệp Hội KH-KT']);

    // Each photo is one media item, named after its media id, with the caption (and credit) and alt text.
    const [first, second] = photosInBody(story.body);
    const [featured] = await mediaNamed(first!.mediaId);
    const [other] = await mediaNamed(second!.mediaId);
    expect(published.featured_media).toBe(featured!.id);
    expect(featured).toMatchObject({ alt_text: 'Hội nghị Cụm thi đua số 9', caption: { raw: `${seed.body.find((part) => part.type === 'photo')!.caption} Ảnh: Đ.K.C` } });
    expect(other).toMatchObject({ alt_text: 'Mặt tiền thư viện', caption: { raw: 'Thư viện tỉnh Bạc Liêu. Ảnh: N.V.A' } });
    expect((await fetch(featured!.source_url)).headers.get('content-type')).toBe('image/jpeg');

    // The content is the shared renderer's: sapo, paragraphs, figures pointing at the media items, byline.
    const content = published.content.raw;
    expect(content).toContain(`<img class="wp-image-${featured!.id}" src="${featured!.source_url}" alt="Hội nghị Cụm thi đua số 9"`);
    expect(content).toContain(`<img class="wp-image-${other!.id}" src="${other!.source_url}"`);
    expect(content).toContain('<span class="photo-credit">Ảnh: Đ.K.C</span></figcaption>');
    expect(content).toContain(`<p class="article-sapo"><strong>${seed.sapo}</strong></p>`);
    expect(content).toContain('<strong>Tin, ảnh: Đ.K.C</strong>');
    expect(content).toContain(articleMarker(story.id));

    // Readers see it: the REST API without credentials and the public page.
    expect((await site.rest(`/wp/v2/posts/${published.id}`, { anonymous: true })).status).toBe(200);
    const page = await site.page(`?p=${published.id}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('Cụm thi đua số 9');
  });

  test('a new version and a correction update the same post; photos are reused, their captions kept current', async () => {
    const story = await publishedSeed();
    await tick();
    const postId = wordpressJobs(story.id)[0]!.remoteId!;
    const [first] = photosInBody(story.body);

    // A new version of the same story (as an "update" delivery): new headline, a photo's caption changed.
    const last = room.newsroom.publications.latest(story.id)!;
    const body = structuredClone(last.article.body);
    const photoNode = photosInBody(body)[0]!;
    photoNode.caption = 'Đại biểu tham quan mô hình sáng tạo.';
    const payload: PublicationPayload = {
      article: { ...last.article, headline: 'Cụm thi đua số 9 đạt hơn 50% mục tiêu', body, version: last.article.version + 1 },
      html: last.html,
      correctionNotice: null,
      publishedAt: last.publishedAt,
      newsroomName: 'Báo Bạc Liêu',
    };
    room.newsroom.outbox.enqueue({ articleId: story.id, articleVersion: payload.article.version, destinationId: wordpress.id, action: 'update', payload });
    await tick();
    expect((await post(postId)).title.raw).toBe('Cụm thi đua số 9 đạt hơn 50% mục tiêu');
    const reused = await mediaNamed(first!.mediaId);
    expect(reused).toHaveLength(1);
    expect(reused[0]!.caption.raw).toBe('Đại biểu tham quan mô hình sáng tạo. Ảnh: Đ.K.C');

    // The editor-in-chief corrects the published story: the post gets the notice, still the same post.
    const { workflow } = room.newsroom;
    const edited = workflow.save(story.id, story.version, { sapo: 'Chiều 28/6, tại TP. Bạc Liêu.', keywords: ['Bạc Liêu', 'Thi đua'] }, chief);
    workflow.transition({ articleId: story.id, action: 'correct', expectedVersion: edited.version, correction: 'Sửa địa điểm hội nghị.' }, chief);
    await tick();
    expect(wordpressJobs(story.id).map((job) => [job.action, job.state, job.remoteId])).toEqual([
      ['publish', 'sent', postId],
      ['update', 'sent', postId],
      ['correct', 'sent', postId],
    ]);
    const corrected = await post(postId);
    expect(corrected.content.raw).toContain('<aside class="article-correction"><p>Thông tin cải chính, xin lỗi</p>');
    expect(corrected.content.raw).toContain('Sửa địa điểm hội nghị.');
    expect(corrected.excerpt.raw).toBe('Chiều 28/6, tại TP. Bạc Liêu.');
    expect(await termNames('tags', corrected.tags)).toEqual(['Bạc Liêu', 'Thi đua']);
    expect(await postsOf(story.id)).toHaveLength(1);
    expect(await mediaNamed(first!.mediaId)).toHaveLength(1);
  });

  test('a laptop whose clock runs ahead of the site’s: the post is published at once, not scheduled', async () => {
    room.cleanup();
    await openRoom(steppingClock(new Date(Date.now() + 2 * 3_600_000).toISOString()));
    const story = await publishedSeed();
    await tick();
    const published = await post(wordpressJobs(story.id)[0]!.remoteId!);
    expect(published.status).toBe('publish');
    expect((await site.rest(`/wp/v2/posts/${published.id}`, { anonymous: true })).status).toBe(200);
  });

  test('unpublishing moves the post out of public view; the site’s editors still see it as a draft', async () => {
    const story = await publishedSeed();
    await tick();
    const postId = wordpressJobs(story.id)[0]!.remoteId!;
    room.newsroom.workflow.transition({ articleId: story.id, action: 'unpublish', expectedVersion: story.version }, chief);
    await tick();

    expect(wordpressJobs(story.id).map((job) => [job.action, job.state])).toEqual([['publish', 'sent'], ['unpublish', 'sent']]);
    expect((await site.rest(`/wp/v2/posts/${postId}`, { anonymous: true })).status).toBe(401);
    expect((await site.page(`?p=${postId}`)).status).toBe(404);
    expect(await post(postId)).toMatchObject({ id: Number(postId), status: 'draft' });
  });

  test('a crash after WordPress created the post but before its id was saved: the retry finds the post, no second one', async () => {
    const story = await publishedSeed();
    // The app claims the delivery and WordPress creates the post…
    const claimed = room.newsroom.outbox.claimDue(10).find((job) => job.destinationId === wordpress.id)!;
    await room.newsroom.destinations.destinationFor(wordpress.id)!.deliver({
      action: claimed.action,
      articleId: claimed.articleId,
      articleVersion: claimed.articleVersion,
      idempotencyKey: claimed.idempotencyKey,
      payload: claimed.payload,
      remoteId: claimed.laneRemoteId,
      signal: AbortSignal.timeout(60_000),
    });
    // …and the app dies before writing the outcome: the job is still `sending`, with no remote id.
    expect(room.newsroom.outbox.get(claimed.id)).toMatchObject({ state: 'sending', remoteId: null });
    const [created] = await postsOf(story.id);

    room = room.reopen();
    await tick();
    expect(room.newsroom.outbox.get(claimed.id)).toMatchObject({ state: 'sent', attempts: 2, remoteId: String(created!.id) });
    expect((await postsOf(story.id)).map((found) => found.id)).toEqual([created!.id]);
    expect(await mediaNamed(photosInBody(story.body)[0]!.mediaId)).toHaveLength(1);
  });

  test('a wrong application password: the check says so, the delivery fails at once in plain words, no retry', async () => {
    const wrongPassword = 'abcd efgh ijkl mnop qrst uvwx';
    const wrong = await addSite(wrongPassword, 'Sai mật khẩu');
    expect(await callOk(room, 'destinations.check', { id: wrong.id })).toMatchObject({ ok: false, status: 401, message: expect.stringContaining('application password') });

    const story = await publishedSeed();
    await tick();
    const job = room.newsroom.outbox.forArticle(story.id).find((candidate) => candidate.destinationId === wrong.id);
    expect(job).toMatchObject({ state: 'failed', attempts: 1, lastError: expect.stringMatching(/^WordPress answered 401: .+ \(check the user name and application password\)$/) });
    // The right site got its post all the same.
    expect(wordpressJobs(story.id)).toMatchObject([{ state: 'sent' }]);
    expect(logLines.join('')).toContain('delivery failed');
    expect(logLines.join('')).not.toContain(wrongPassword);
  });

  test('Kiểm tra kết nối signs in; the application password never reaches the renderer, the settings file or the log', async () => {
    expect(await callOk(room, 'destinations.check', { id: wordpress.id })).toEqual({ ok: true, status: 200, message: 'Signed in to WordPress as bientap' });
    expect(wordpress).toEqual({ id: wordpress.id, name: 'Trang WordPress', kind: 'wordpress', url: site.url, username: 'bientap', enabled: true, hasSecret: true });

    const story = await publishedSeed();
    await tick();
    const password = site.applicationPassword;
    const seenByRenderer = JSON.stringify([
      await callOk(room, 'destinations.list', {}),
      await callOk(room, 'outbox.list', {}),
      await callOk(room, 'outbox.health', {}),
      await callOk(room, 'outbox.forArticle', { articleId: story.id }),
    ]);
    expect(seenByRenderer).toContain(wordpress.id);
    expect(seenByRenderer).not.toContain(password);
    expect(readFileSync(join(room.dataDir, 'settings.json'), 'utf8')).not.toContain(password);
    expect(logLines.join('')).not.toContain(password);

    // Editing without a new password keeps the stored one; disabling stops new deliveries.
    await callOk(room, 'destinations.save', { id: wordpress.id, name: 'WordPress Bạc Liêu', url: site.url, username: site.username, enabled: false });
    expect(await callOk(room, 'destinations.check', { id: wordpress.id })).toMatchObject({ ok: true });
    expect(room.newsroom.destinations.enabledIds()).not.toContain(wordpress.id);
  });
});
