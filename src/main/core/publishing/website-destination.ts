import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { publishedPhotoFile } from '../../../shared/render/published-photo';
import { slugFromHeadline } from '../../../shared/text/slug';
import type { MediaStore } from '../media/media-store';
import { publishedRendition } from '../media/published-rendition';
import type { Destination } from './destinations/destination';
import { createWebsiteFolderDestination } from './destinations/website-folder';
import { ninjsDocument } from './ninjs/ninjs-document';
import type { SerializedPhotoNode } from '../../../shared/editor/serialized-nodes';

export interface NewsroomDestinationOptions {
  /** The website-folder destination's id (the one every newsroom has). */
  websiteId: string;
  siteFolder: string;
  media: MediaStore;
}

/**
 * The website folder every newsroom publishes to, laid out by category and slug
 * (`tin-tuc/<slug>.html`), with a ninjs document beside each page and the photos' web renditions
 * under `media/`, each carrying the story's caption and credit and the library's creator and
 * copyright in its XMP and IPTC, so the photo keeps its credits wherever it is copied to.
 * Configured destinations (HTTP push) live in `newsroom.destinations`.
 */
export function createWebsiteDestination({ websiteId, siteFolder, media }: NewsroomDestinationOptions): Destination {
  const siteUrl = pathToFileURL(join(siteFolder, '/'));
  const mediaUrl = (_mediaId: string, photo: SerializedPhotoNode) => new URL(`media/${publishedPhotoFile(photo) ?? ''}`, siteUrl).href;
  return createWebsiteFolderDestination({
    id: websiteId,
    folder: siteFolder,
    pathsFor: ({ article }) => {
      const category = slugFromHeadline(article.category) || 'tin-tuc';
      const page = article.slug || slugFromHeadline(article.headline) || article.id;
      return { category, page: `${category}/${page}.html` };
    },
    ninjs: (payload) => ninjsDocument(payload, 'usable', { renditionUrl: mediaUrl }),
    photo: publishedRendition(media),
  });
}
