import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import sharp from 'sharp';
import type { LibraryPhoto, PhotoImportResult, PhotoLibraryCounts, PhotoPage } from '../../../shared/domain/photo';
import type { PhotoEditor } from '../../../shared/media/photo-access';
import type { Clock } from '../../../shared/clock';
import { createImportGate } from './import-gate';
import { makeRenditions } from './make-renditions';
import { mediaFolders, renditionPath, sweepTempFiles, writeFileAtomically, type RenditionSize } from './media-files';
import { IMPORT_CONCURRENCY } from './photo-limits';
import { createPhotoImporter } from './photo-importer';
import { createPhotoLibrary, type PhotoListOptions, type PhotoPatch } from './photo-library';

export type { RenditionSize } from './media-files';

export interface MediaStore {
  /** Imports a photo's bytes; the same bytes twice give the same photo with `duplicate: true`. */
  importPhoto(bytes: Buffer, fileName: string, importedBy: string | null): Promise<PhotoImportResult>;
  /** A rendition's JPEG bytes (web by default). */
  rendition(id: string, size?: RenditionSize): Promise<{ mimeType: 'image/jpeg'; bytes: Buffer }>;
  get(id: string): LibraryPhoto;
  find(id: string): LibraryPhoto | null;
  list(options: PhotoListOptions): PhotoPage;
  update(id: string, expectedVersion: number, patch: PhotoPatch, editor: PhotoEditor): LibraryPhoto;
  counts(): PhotoLibraryCounts;
}

/**
 * sharp's operation cache keeps recent inputs and outputs for reuse; every photo an import sees is
 * new, so the cache would only hold memory. Set once for the process (it is sharp's global).
 */
sharp.cache(false);

/**
 * Photos, content-addressed: the id is the sha256 of the original bytes, so the same file imported
 * twice is stored once. Originals are kept untouched; a web rendition and a thumbnail are made at
 * import. One gate per store (one store per newsroom, one newsroom per process) bounds decoding for
 * every window and call together.
 */
export function createMediaStore(db: Database, dataDir: string, clock: Clock): MediaStore {
  const folders = mediaFolders(dataDir);
  sweepTempFiles(folders);
  const library = createPhotoLibrary(db, clock);
  const gate = createImportGate(IMPORT_CONCURRENCY);
  const importer = createPhotoImporter({ folders, library, gate });

  /**
   * Photos stored before thumbnails existed get theirs on first request, made from the web
   * rendition (already small, so this is cheap) and kept.
   */
  const thumbnailFromWeb = async (id: string): Promise<Buffer> => {
    const { thumbnail } = await gate.run(async () => makeRenditions(await readFile(renditionPath(folders, id, 'web'))));
    await writeFileAtomically(renditionPath(folders, id, 'thumbnail'), thumbnail);
    return thumbnail;
  };

  return {
    importPhoto: (bytes, fileName, importedBy) => importer.importPhoto(bytes, fileName, importedBy),
    async rendition(id, size = 'web') {
      library.get(id);
      const path = renditionPath(folders, id, size);
      const bytes = size === 'thumbnail' && !existsSync(path) ? await thumbnailFromWeb(id) : await readFile(path);
      return { mimeType: 'image/jpeg', bytes };
    },
    get: (id) => library.get(id),
    find: (id) => library.find(id),
    list: (options) => library.list(options),
    update: (id, expectedVersion, patch, editor) => library.update(id, expectedVersion, patch, editor),
    counts: () => library.counts(),
  };
}
