import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SerializedPhotoNode } from '../../../../../shared/editor/serialized-nodes';
import { publishedPhotoFile } from '../../../../../shared/render/published-photo';
import { slugFromHeadline, storySlug } from '../../../../../shared/text/slug';
import { ninjsDocument } from '../../ninjs/ninjs-document';
import type { Destination, PhotoBytes } from '../destination';
import { createWebsiteFolderDestination } from './website-folder';

/** The id of the website-folder destination every newsroom has, with no setup. */
export const WEBSITE_DESTINATION = 'website';

export interface WebsiteDestinationOptions {
  siteFolder: string;
  /** Photos as the story publishes them (web rendition, credits embedded). */
  photo: PhotoBytes;
}

/**
 * The website folder every newsroom publishes to, laid out by category and slug
 * (`tin-tuc/<slug>.html`), with a ninjs document beside each page and the photos' web renditions
 * under `media/`, each carrying the story's caption and credit and the library's creator and
 * copyright in its XMP and IPTC, so the photo keeps its credits wherever it is copied to.
 * The destination registry holds it as its built-in entry, beside the configured ones.
 */
export function createWebsiteDestination({ siteFolder, photo }: WebsiteDestinationOptions): Destination {
  const siteUrl = pathToFileURL(join(siteFolder, '/'));
  const mediaUrl = (_mediaId: string, node: SerializedPhotoNode) => new URL(`media/${publishedPhotoFile(node) ?? ''}`, siteUrl).href;
  return createWebsiteFolderDestination({
    id: WEBSITE_DESTINATION,
    folder: siteFolder,
    pathsFor: ({ article }) => {
      const category = slugFromHeadline(article.category) || 'tin-tuc';
      // A page needs a file name even when the story gives no slug: its id stands in.
      const page = storySlug(article) || article.id;
      return { category, page: `${category}/${page}.html` };
    },
    ninjs: (payload) => ninjsDocument(payload, 'usable', { renditionUrl: mediaUrl }),
    photo,
  });
}
