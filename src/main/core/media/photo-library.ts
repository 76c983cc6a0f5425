import type { Database } from 'better-sqlite3';
import type { LibraryPhoto, PhotoFilters, PhotoLibraryCounts, PhotoPage } from '../../../shared/domain/photo';
import { MAX_PHOTO_PAGE } from '../../../shared/domain/photo';
import { conflictError, forbiddenError, notFoundError } from '../../../shared/errors';
import { mayEditLibraryPhoto, type PhotoEditor } from '../../../shared/media/photo-access';
import { decodeCursor, encodeCursor } from '../../../shared/node/keyset-cursor';
import { appendChange } from '../change-log';
import type { Clock } from '../../../shared/clock';
import { statementCache } from '../db/statement-cache';
import { photoListClauses, photoMatchExpression, type PhotoCursor } from './photo-list-query';
import { PHOTO_COLUMNS, PHOTO_FROM, toLibraryPhoto, type PhotoRow } from './photo-row';
import { photoDay } from './photo-day';
import { createPhotoSearchIndex } from './photo-search-index';
import type { PhotoMetadata } from './metadata/photo-metadata';

export const DEFAULT_PHOTO_PAGE = 60;

/** A photo as the importer hands it over, once its files are on disk: its facts and its file's text. */
export interface NewPhoto extends PhotoMetadata {
  id: string;
  mimeType: string;
  width: number;
  height: number;
  byteSize: number;
  fileName: string;
  importedBy: string | null;
}

/** The fields of a photo the library edits (`media.update`'s patch). */
export interface PhotoPatch {
  caption?: string;
  headline?: string;
  creator?: string;
  credit?: string;
  copyright?: string;
  altText?: string;
  keywords?: string[];
}

export interface PhotoListOptions {
  query?: string | undefined;
  filters?: PhotoFilters | undefined;
  limit?: number | undefined;
  cursor?: string | null | undefined;
}

export interface PhotoLibrary {
  /** Adds a photo; false if a photo with its id is already there (nothing is changed then). */
  insert(photo: NewPhoto): boolean;
  find(id: string): LibraryPhoto | null;
  get(id: string): LibraryPhoto;
  list(options: PhotoListOptions): PhotoPage;
  /** `authorize` sees the photo as stored, inside the transaction, and throws to refuse. */
  /** Applies `mayEditLibraryPhoto` for `editor` inside the update's transaction. */
  update(id: string, expectedVersion: number, patch: PhotoPatch, editor: PhotoEditor): LibraryPhoto;
  counts(): PhotoLibraryCounts;
}

const PATCH_COLUMNS: Record<keyof PhotoPatch, string> = {
  caption: 'caption',
  headline: 'headline',
  creator: 'creator',
  credit: 'credit',
  copyright: 'copyright',
  altText: 'alt_text',
  keywords: 'keywords_json',
};

/**
 * All photo-library SQL: the Kho ảnh grid (search, filters, keyset pages), a photo's own text and
 * its edits (optimistic concurrency like articles), the counts. Every write keeps the search index
 * and the change log in its own transaction.
 */

const toPhotoCursor = ([importedAt, id]: string[]): PhotoCursor => ({ importedAt: importedAt!, id: id! });
export function createPhotoLibrary(db: Database, clock: Clock): PhotoLibrary {
  const searchIndex = createPhotoSearchIndex(db);
  const listQuery = statementCache<PhotoRow>(db);
  const updateQuery = statementCache<never>(db);
  const byId = db.prepare<[string], PhotoRow>(`SELECT ${PHOTO_COLUMNS} FROM ${PHOTO_FROM} WHERE m.id = ?`);
  const insertRow = db.prepare(
    `INSERT INTO media (id, mime_type, width, height, byte_size, file_name, created_at, caption, headline, creator,
       credit, copyright, keywords_json, taken_at, photo_day, city, gps_lat, gps_lon, imported_by, version, updated_at,
       updated_by)
     VALUES (@id, @mimeType, @width, @height, @byteSize, @fileName, @now, @caption, @headline, @creator,
       @credit, @copyright, @keywordsJson, @takenAt, @photoDay, @city, @gpsLat, @gpsLon, @importedBy, 1, @now,
       @importedBy)
     ON CONFLICT (id) DO NOTHING`,
  );
  const countsRow = db.prepare<[], { all_photos: number; uncaptioned: number }>(
    'SELECT all_photos, uncaptioned FROM media_counts WHERE id = 1',
  );

  const find = (id: string): LibraryPhoto | null => {
    const row = byId.get(id);
    return row ? toLibraryPhoto(row) : null;
  };
  const get = (id: string): LibraryPhoto => {
    const photo = find(id);
    if (!photo) throw notFoundError(`Photo ${id} does not exist`);
    return photo;
  };

  const insert = db.transaction((photo: NewPhoto): boolean => {
    const now = clock.now().toISOString();
    const { changes } = insertRow.run({
      ...photo,
      now,
      photoDay: photoDay(photo.takenAt, now),
      keywordsJson: JSON.stringify(photo.keywords),
      gpsLat: photo.gps?.latitude ?? null,
      gpsLon: photo.gps?.longitude ?? null,
    });
    if (changes === 0) return false;
    searchIndex.put(photo.id, photo);
    appendChange(db, { entity: 'media', entityId: photo.id, version: 1, operation: 'create', changedAt: now, data: photo });
    return true;
  });

  const update = db.transaction(
    (id: string, expectedVersion: number, patch: PhotoPatch, editor: PhotoEditor) => {
      const current = get(id);
      if (!mayEditLibraryPhoto(editor, current)) throw forbiddenError(`${editor.username} may not edit photo ${id}`);
      const userId = editor.id;
      if (current.version !== expectedVersion) {
        throw conflictError(`Photo ${id} is at version ${current.version}, not ${expectedVersion}`, current.version);
      }
      const now = clock.now().toISOString();
      const fields = Object.keys(patch) as Array<keyof PhotoPatch>;
      const values = Object.fromEntries(
        fields.map((field) => [field, field === 'keywords' ? JSON.stringify(patch.keywords) : patch[field]]),
      );
      updateQuery(
        `UPDATE media SET ${fields.map((field) => `${PATCH_COLUMNS[field]} = @${field}`).join(', ')},
           version = version + 1, updated_at = @now, updated_by = @userId
         WHERE id = @id`,
      ).run({ ...values, now, userId, id });
      const next = get(id);
      searchIndex.put(id, next);
      appendChange(db, { entity: 'media', entityId: id, version: next.version, operation: 'update', changedAt: now, data: patch });
      return next;
    },
  );

  return {
    insert: (photo) => insert.immediate(photo),
    find,
    get,
    list({ query, filters, limit = DEFAULT_PHOTO_PAGE, cursor }) {
      const size = Math.min(limit, MAX_PHOTO_PAGE);
      const { where, params } = photoListClauses(
        photoMatchExpression(query, filters?.photographer),
        filters,
        cursor ? toPhotoCursor(decodeCursor(cursor, 2)) : null,
      );
      const rows = listQuery(
        `SELECT ${PHOTO_COLUMNS} FROM ${PHOTO_FROM}
         ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY m.created_at DESC, m.id DESC LIMIT ?`,
      ).all(...params, size + 1);
      const page = rows.slice(0, size);
      const last = page.at(-1);
      return {
        items: page.map(toLibraryPhoto),
        // The import time is the grid's sort key.
        nextCursor: rows.length > size && last ? encodeCursor([last.created_at, last.id]) : null,
      };
    },
    update: (id, expectedVersion, patch, editor) => update.immediate(id, expectedVersion, patch, editor),
    counts() {
      const row = countsRow.get();
      return { all: row?.all_photos ?? 0, uncaptioned: row?.uncaptioned ?? 0 };
    },
  };
}
