import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import type { PublicationPayload } from '../../../../../shared/domain/publication-payload';
import { photosInBody } from '../../../../../shared/editor/photos-in-body';
import type { SerializedPhotoNode } from '../../../../../shared/editor/serialized-nodes';
import { containedPath, UnsafePathError } from '../../../../../shared/node/contained-path';
import { publishedPhotoFile } from '../../../../../shared/render/published-photo';
import { removeStaleTempFiles, writeFileAtomic } from '../../atomic-file';
import { articlePage, categoryPage, homePage, SITE_CSS, type SiteEntry } from './site-templates';
import { DeliveryError, type Delivered, type Delivery, type Destination } from '../destination';

export interface WebsiteFolderOptions {
  id: string;
  folder: string;
  /** Where a story's page lives in the site, e.g. `tin-tuc/cum-thi-dua-so-9.html`, and its category's folder. */
  pathsFor(payload: PublicationPayload): { page: string; category: string };
  /** The ninjs document written beside each page (as `<page>.json`). */
  ninjs(payload: PublicationPayload): unknown;
  /**
   * A photo as this story publishes it: the web rendition with the story's caption and credit
   * written into its metadata (JPEG bytes), saved as `media/<publishedPhotoFile>`; null if unknown.
   */
  photo(photo: SerializedPhotoNode): Promise<Uint8Array | null>;
}

/** The site's own record of what it shows, so indexes can be rebuilt and pages removed. */
const MANIFEST = '.newsdesk-site.json';
const HOME_LIMIT = 50;

/**
 * The default destination: a static website in a folder (works with no setup, and the folder can
 * be served by any web server or synced to one). Every file is written atomically, so a reader or
 * a crash never sees half a page; every delivery is idempotent, so a retry simply writes the same
 * files again.
 */
export function createWebsiteFolderDestination(options: WebsiteFolderOptions): Destination {
  const { folder } = options;
  mkdirSync(folder, { recursive: true });
  removeStaleTempFiles(folder);
  // Every file we write or remove is named relative to the site and checked to stay in it: the
  // manifest is a file in a folder others may sync or edit, so its paths are not trusted, and a
  // symbolic link inside the site must not carry a write or a delete elsewhere.
  const inSite = (relativePath: string) => containedPath(folder, relativePath);

  const readManifest = (): Record<string, SiteEntry> => {
    const file = inSite(MANIFEST);
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, SiteEntry>) : {};
  };

  const removePage = (entry: SiteEntry) => {
    rmSync(inSite(entry.path), { force: true });
    rmSync(inSite(`${entry.path}.json`), { force: true });
  };

  const newestFirst = (entries: SiteEntry[]) => [...entries].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));

  /** Category indexes and the home page, from the manifest; the manifest itself goes last. */
  const rebuildIndexes = (manifest: Record<string, SiteEntry>, touchedCategories: Set<string>, siteName: string) => {
    const entries = Object.values(manifest);
    for (const categoryPath of touchedCategories) {
      const inCategory = newestFirst(entries.filter((entry) => entry.categoryPath === categoryPath));
      const indexPath = `${categoryPath}/index.html`;
      if (inCategory.length === 0) rmSync(inSite(indexPath), { force: true });
      else writeFileAtomic(inSite(indexPath), categoryPage(siteName, inCategory[0]!.category, indexPath, inCategory));
    }
    const categories = [...new Map(entries.map((entry) => [entry.categoryPath, entry.category])).entries()]
      .sort(([, a], [, b]) => a.localeCompare(b, 'vi'))
      .map(([path, name]) => ({ name, path: `${path}/index.html` }));
    writeFileAtomic(inSite('index.html'), homePage(siteName, newestFirst(entries).slice(0, HOME_LIMIT), categories));
    writeFileAtomic(inSite('assets/site.css'), SITE_CSS);
    writeFileAtomic(inSite(MANIFEST), JSON.stringify(manifest, null, 1));
  };

  /**
   * Written on every publish, not only when missing: the file name fixes the story's caption and
   * credit, but the library's creator and copyright inside it may have been edited since.
   */
  async function writePhotos(payload: PublicationPayload): Promise<void> {
    for (const photo of photosInBody(payload.article.body)) {
      const file = publishedPhotoFile(photo);
      const bytes = file ? await options.photo(photo) : null;
      if (file && bytes) writeFileAtomic(inSite(`media/${file}`), bytes);
    }
  }

  async function publish(payload: PublicationPayload): Promise<Delivered> {
    const manifest = readManifest();
    const paths = options.pathsFor(payload);
    const previous = manifest[payload.article.id];
    // A path another story already holds gets the id appended, so no story overwrites another.
    const taken = Object.values(manifest).some((entry) => entry.path === paths.page && entry.articleId !== payload.article.id);
    const page = taken ? paths.page.replace(/\.html$/, `-${payload.article.id.slice(-8)}.html`) : paths.page;
    const entry: SiteEntry = {
      articleId: payload.article.id,
      path: page,
      headline: payload.article.headline,
      sapo: payload.article.sapo,
      category: payload.article.category,
      categoryPath: paths.category,
      publishedAt: payload.publishedAt,
    };
    await writePhotos(payload);
    writeFileAtomic(inSite(page), articlePage(payload.newsroomName, entry, payload.html));
    writeFileAtomic(inSite(`${page}.json`), JSON.stringify(options.ninjs(payload), null, 1));
    const touched = new Set([entry.categoryPath]);
    if (previous && previous.path !== page) {
      removePage(previous);
      touched.add(previous.categoryPath);
    }
    manifest[payload.article.id] = entry;
    rebuildIndexes(manifest, touched, payload.newsroomName);
    return { remoteId: page, remoteUrl: page };
  }

  function unpublish(articleId: string, siteName: string): Delivered {
    const manifest = readManifest();
    const entry = manifest[articleId];
    if (!entry) return {};
    removePage(entry);
    delete manifest[articleId];
    rebuildIndexes(manifest, new Set([entry.categoryPath]), siteName);
    return { remoteId: entry.path };
  }

  return {
    id: options.id,
    async deliver(delivery: Delivery): Promise<Delivered> {
      try {
        const payload = delivery.payload as PublicationPayload;
        return delivery.action === 'unpublish'
          ? unpublish(delivery.articleId, payload.newsroomName)
          : await publish(payload);
      } catch (error) {
        // A path out of the site (a tampered manifest, a link elsewhere): trying again cannot help.
        if (error instanceof UnsafePathError) throw new DeliveryError(`Could not write the website folder: ${error.message}`, false);
        // A full disk or a folder that vanished: worth trying again once someone fixes it.
        throw new DeliveryError(`Could not write the website folder: ${error instanceof Error ? error.message : String(error)}`, true);
      }
    },
  };
}
