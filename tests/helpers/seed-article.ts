import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ArticleFields } from '../../src/shared/domain/article';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import type { SerializedPhotoNode } from '../../src/shared/editor/serialized-nodes';

/** The seed article from the shared fixtures (beside the repository, as in CI). */
export interface SeedArticle {
  category: string;
  headline: string;
  sapo: string;
  published_display: string;
  published_at: string;
  body: ({ type: 'paragraph'; text: string } | { type: 'photo'; caption: string; credit: string })[];
  byline: { display: string; role_label: string; authors: { name: string; roles: ('writer' | 'photographer')[] }[] };
  dateline_place: string;
}

export const SHARED_FIXTURES = resolve(import.meta.dirname, '../../../shared/fixtures');

export const loadSeedArticle = (): SeedArticle =>
  JSON.parse(readFileSync(resolve(SHARED_FIXTURES, 'seed-article.json'), 'utf8')) as SeedArticle;

export const SEED_SLUG =
  '6-thang-dau-nam-2024-cum-thi-dua-so-9-lien-hiep-cac-hoi-kh-kt-cac-tinh-nam-song-hau-thuc-hien-dat-hon-50-muc-tieu-cac-nhiem-vu-de-ra';

/** A photo as the editor stores it, for a part of the seed's body. */
export type SeedPhotoNode = (part: { caption: string; credit: string }) => SerializedPhotoNode;

/**
 * The seed article's fields as a reporter would have written them: its paragraphs, each of its
 * photos made by `photoNode` (a test's imported photo), the seed's byline, place and slug.
 */
export function seedArticleFields(photoNode: SeedPhotoNode, extra: { photos?: SerializedPhotoNode[]; keywords?: string[] } = {}): ArticleFields {
  const seed = loadSeedArticle();
  const children = [
    ...seed.body.map((part) => (part.type === 'paragraph' ? bodyFromPlainText(part.text).root.children[0]! : photoNode(part))),
    ...(extra.photos ?? []),
  ];
  return {
    category: seed.category,
    headline: seed.headline,
    sapo: seed.sapo,
    body: { root: { ...bodyFromPlainText('').root, children } },
    bylineLabel: seed.byline.role_label,
    authors: seed.byline.authors,
    place: seed.dateline_place,
    keywords: extra.keywords ?? [],
    slug: SEED_SLUG,
  };
}

/**
 * The seed article's fields with its photo imported into `media` from a real JPEG of the shared
 * fixtures, for tests that need the whole seed in a newsroom before the page opens.
 */
export async function seedArticleWithPhoto(media: {
  importPhoto(bytes: Buffer, fileName: string, importedBy: string | null): Promise<{ photo: { id: string; width: number; height: number } }>;
}): Promise<ArticleFields> {
  const { photo } = await media.importPhoto(readFileSync(resolve(SHARED_FIXTURES, 'photos/IPTC.jpg')), 'IPTC.jpg', null);
  return seedArticleFields((part) => ({
    type: 'photo',
    version: 1,
    mediaId: photo.id,
    caption: part.caption,
    credit: part.credit,
    altText: 'Hội nghị Cụm thi đua số 9',
    width: photo.width,
    height: photo.height,
  }));
}
