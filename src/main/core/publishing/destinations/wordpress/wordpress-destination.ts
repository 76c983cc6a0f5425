import type { PublicationPayload } from '../../../../../shared/domain/publication-payload';
import { photosInBody } from '../../../../../shared/editor/photos-in-body';
import { checkDestinationUrl } from '../../destination-url';
import { DeliveryError, type Delivered, type Delivery, type Destination, type PhotoBytes } from '../destination';
import { ensurePhotos } from './media-library';
import { articleMarker, postFields, type PostFields } from './post-fields';
import { termIdsFor } from './taxonomy';
import { createWordPressClient, type WordPressClient, type WordPressSite } from './wordpress-client';

export interface WordPressDestinationOptions extends WordPressSite {
  id: string;
  photo: PhotoBytes;
}

interface Post {
  id: number;
  link: string;
  content?: { raw?: string };
}

/** Unpublished stories become drafts: out of public view, kept (with their id) for a later update. */
const UNPUBLISHED_STATUS = 'draft';

/** The post Newsdesk made for this story, found by its marker, including drafts and private posts. */
async function findPostByMarker(client: WordPressClient, articleId: string): Promise<number | null> {
  const marker = articleMarker(articleId);
  const { body: posts } = await client.request<Post[]>('/wp/v2/posts', {
    query: { search: marker, status: 'any', context: 'edit', per_page: 10, _fields: 'id,link,content' },
  });
  return posts.find((post) => post.content?.raw?.includes(marker))?.id ?? null;
}

/** The remote id an earlier job saved, else the marker search (the crash-between-create-and-save case). */
async function knownPostId(client: WordPressClient, delivery: Delivery): Promise<number | null> {
  const saved = Number(delivery.remoteId);
  if (delivery.remoteId && Number.isInteger(saved) && saved > 0) return saved;
  return findPostByMarker(client, delivery.articleId);
}

/** Updates the post; if someone deleted it on the site, the story is posted again. */
async function savePost(client: WordPressClient, postId: number | null, fields: PostFields): Promise<Post> {
  if (postId !== null) {
    const { status, body } = await client.request<Post>(`/wp/v2/posts/${postId}`, { json: fields, accept: [404, 410] });
    if (status !== 404 && status !== 410) return body;
  }
  return (await client.request<Post>('/wp/v2/posts', { json: fields })).body;
}

async function publish(client: WordPressClient, delivery: Delivery, photo: PhotoBytes): Promise<Delivered> {
  const payload = delivery.payload as PublicationPayload;
  const photos = await ensurePhotos(client, photosInBody(payload.article.body), photo);
  const categoryIds = await termIdsFor(client, 'categories', [payload.article.category]);
  const tagIds = await termIdsFor(client, 'tags', payload.article.keywords);
  const postId = await knownPostId(client, delivery);
  const post = await savePost(client, postId, postFields(payload, { photos, categoryIds, tagIds, serverTime: client.serverTime() }));
  return { remoteId: String(post.id), remoteUrl: post.link };
}

/** Moves the post out of public view, then checks as an anonymous reader that it is really gone. */
async function unpublish(client: WordPressClient, delivery: Delivery): Promise<Delivered> {
  const postId = await knownPostId(client, delivery);
  if (postId === null) return {};
  const { status } = await client.request(`/wp/v2/posts/${postId}`, { json: { status: UNPUBLISHED_STATUS }, accept: [404, 410] });
  if (status === 404 || status === 410) return { remoteId: String(postId) };
  const publicView = await client.request(`/wp/v2/posts/${postId}`, { anonymous: true, accept: [401, 403, 404, 410] });
  if (publicView.status === 200) throw new DeliveryError('WordPress still shows the post to readers after it was moved to drafts', true);
  return { remoteId: String(postId) };
}

/**
 * Publishes to a WordPress site through its REST API, signed in with an application password:
 * photos go to the media library first (the first one is the featured image), the category and
 * keywords become the post's category and tags (created when missing), then the post is created
 * or updated. The post's id is the job's remote id, so later versions and corrections update the
 * same post and unpublishing turns it into a draft.
 */
export function createWordPressDestination(options: WordPressDestinationOptions): Destination {
  checkDestinationUrl(options.siteUrl);
  return {
    id: options.id,
    deliver(delivery) {
      const client = createWordPressClient(options, { idempotencyKey: delivery.idempotencyKey, signal: delivery.signal });
      return delivery.action === 'unpublish' ? unpublish(client, delivery) : publish(client, delivery, options.photo);
    },
  };
}
