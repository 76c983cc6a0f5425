import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { slugFromHeadline } from '../../../shared/text/slug';
import type { MediaStore } from '../media/media-store';
import type { Destination } from './destinations/destination';
import { createWebsiteFolderDestination } from './destinations/website-folder';
import { ninjsDocument } from './ninjs/ninjs-document';

export interface NewsroomDestinationOptions {
  /** The website-folder destination's id (the one every newsroom has). */
  websiteId: string;
  siteFolder: string;
  media: MediaStore;
}

/**
 * The website folder every newsroom publishes to, laid out by category and slug
 * (`tin-tuc/<slug>.html`), with a ninjs document beside each page and the photos' web renditions
 * under `media/`. Configured destinations (HTTP push) live in `newsroom.destinations`.
 */
export function createWebsiteDestination({ websiteId, siteFolder, media }: NewsroomDestinationOptions): Destination {
  const mediaUrl = (mediaId: string) => new URL(`media/${mediaId}.jpg`, pathToFileURL(join(siteFolder, '/'))).href;
  return createWebsiteFolderDestination({
    id: websiteId,
    folder: siteFolder,
    pathsFor: ({ article }) => {
      const category = slugFromHeadline(article.category) || 'tin-tuc';
      const page = article.slug || slugFromHeadline(article.headline) || article.id;
      return { category, page: `${category}/${page}.html` };
    },
    ninjs: (payload) => ninjsDocument(payload, 'usable', { renditionUrl: mediaUrl }),
    photo: (mediaId) => {
      try {
        return media.rendition(mediaId).bytes;
      } catch {
        return null;
      }
    },
  });
}
