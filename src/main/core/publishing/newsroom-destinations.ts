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
 * The destinations a newsroom publishes to. Today: the website folder, laid out by category and
 * slug (`tin-tuc/<slug>.html`), with a ninjs document beside each page and the photos' web
 * renditions under `media/`. HTTP push and WordPress destinations join this map as they are set up.
 */
export function createNewsroomDestinations({ websiteId, siteFolder, media }: NewsroomDestinationOptions): Map<string, Destination> {
  const mediaUrl = (mediaId: string) => new URL(`media/${mediaId}.jpg`, pathToFileURL(join(siteFolder, '/'))).href;
  const website = createWebsiteFolderDestination({
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
  return new Map([[website.id, website]]);
}
